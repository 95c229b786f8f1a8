import { createHash, randomUUID } from 'node:crypto';
import { exportJWK, SignJWT } from 'jose';

/**
 * A DPoP proof (RFC 9449 section 4) built by hand, so the negative tests can send what a client
 * library never would (Fapi2DPoPNegativeConditions): a reused jti, a wrong `ath` or `htm`, a stale
 * `iat`, another key.
 */
export interface ProofClaims {
  readonly htm: string;
  readonly htu: string;
  /** The access token the proof is presented with (`ath` is its SHA-256). */
  readonly accessToken?: string;
  readonly jti?: string;
  readonly iatOffsetSeconds?: number;
  /** Claim changes after the defaults, e.g. a wrong `ath`. */
  readonly override?: Record<string, unknown>;
}

export function accessTokenHash(accessToken: string): string {
  return createHash('sha256').update(accessToken).digest('base64url');
}

/**
 * The JWS algorithm of a DPoP key pair: ES256 (P-256), PS256 (RSA-PSS) or RS256 (RSASSA-PKCS1-v1_5,
 * which FAPI refuses).
 */
function algorithmOf(keys: CryptoKeyPair): string {
  const { name } = keys.privateKey.algorithm;
  return name === 'ECDSA' ? 'ES256' : name === 'RSA-PSS' ? 'PS256' : 'RS256';
}

export async function dpopProof(keys: CryptoKeyPair, claims: ProofClaims): Promise<string> {
  const jwk = await exportJWK(keys.publicKey);
  return new SignJWT({
    jti: claims.jti ?? randomUUID(),
    htm: claims.htm,
    htu: claims.htu,
    iat: Math.floor(Date.now() / 1000) + (claims.iatOffsetSeconds ?? 0),
    ...(claims.accessToken !== undefined && { ath: accessTokenHash(claims.accessToken) }),
    ...claims.override,
  })
    .setProtectedHeader({ alg: algorithmOf(keys), typ: 'dpop+jwt', jwk })
    .sign(keys.privateKey);
}
