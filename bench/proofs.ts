import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, generateKeyPair, importJWK, SignJWT, type CryptoKey, type JWK } from 'jose';

/** A TPP's private key ready to sign, with the header fields a verifier selects it by. */
export interface SigningKey {
  key: CryptoKey;
  alg: string;
  kid?: string;
}

/** A DPoP key pair: the private half signs proofs, the public JWK rides in their header. */
export interface DpopKey extends SigningKey {
  publicKey: CryptoKey;
  publicJwk: JWK;
}

export async function importSigningKey(jwk: JWK): Promise<SigningKey> {
  if (!jwk.alg) throw new Error('the signing JWK has no alg');
  return { key: (await importJWK(jwk, jwk.alg)) as CryptoKey, alg: jwk.alg, kid: jwk.kid };
}

/** A fresh ES256 DPoP key, as a TPP makes one per client (RFC 9449). */
export async function newDpopKey(): Promise<DpopKey> {
  const { privateKey, publicKey } = await generateKeyPair('ES256');
  return { key: privateKey, alg: 'ES256', publicKey, publicJwk: await exportJWK(publicKey) };
}

/**
 * RFC 7523 client assertion for `private_key_jwt`; FAPI 2.0 wants the issuer as audience. Each
 * carries a new `jti`, so the server's replay check does its real work on every request.
 */
export function clientAssertion(
  signer: SigningKey,
  clientId: string,
  audience: string,
  lifetimeSeconds: number,
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  return new SignJWT({})
    .setProtectedHeader({ alg: signer.alg, ...(signer.kid && { kid: signer.kid }) })
    .setIssuer(clientId)
    .setSubject(clientId)
    .setAudience(audience)
    .setJti(randomUUID())
    .setIssuedAt(now)
    .setNotBefore(now)
    .setExpirationTime(now + lifetimeSeconds)
    .sign(signer.key);
}

export interface DpopRequest {
  method: string;
  url: string;
  /** Set on resource requests (RFC 9449 section 4.2 `ath`), absent at the token endpoint. */
  accessToken?: string;
}

/** RFC 9449 DPoP proof with a new `jti`. */
export function dpopProof(dpop: DpopKey, request: DpopRequest): Promise<string> {
  return new SignJWT({
    htm: request.method,
    htu: request.url,
    ...(request.accessToken && {
      ath: createHash('sha256').update(request.accessToken, 'ascii').digest('base64url'),
    }),
  })
    .setProtectedHeader({ alg: dpop.alg, typ: 'dpop+jwt', jwk: dpop.publicJwk })
    .setJti(randomUUID())
    .setIssuedAt()
    .sign(dpop.key);
}
