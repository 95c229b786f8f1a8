/**
 * Compact and detached JWS with node:crypto alone (RFC 7515), PS256 and ES256 only: the least a
 * server must do to check a client assertion, a DPoP proof, an access token or an OB message
 * signature, and to sign a token or a response. No JOSE library, so the floor measures the
 * cryptography and not a library's checks. Signing and verifying take the callback form of
 * node:crypto, which runs them on libuv's thread pool as WebCrypto does for the platform.
 */
import {
  constants,
  createHash,
  createPublicKey,
  sign,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import { promisify } from 'node:util';

export type Alg = 'PS256' | 'ES256';

const signAsync = promisify(sign);
const verifyAsync = promisify(verify);

/** RFC 7518 section 3.5 (salt as long as the hash) and 3.4 (r || s, not DER). */
function keyOptions(alg: Alg, key: KeyObject) {
  return alg === 'PS256'
    ? {
        key,
        padding: constants.RSA_PKCS1_PSS_PADDING,
        saltLength: constants.RSA_PSS_SALTLEN_DIGEST,
      }
    : { key, dsaEncoding: 'ieee-p1363' as const };
}

export function isAlg(value: unknown): value is Alg {
  return value === 'PS256' || value === 'ES256';
}

export interface DecodedJws {
  header: Record<string, unknown>;
  payload: Record<string, unknown>;
  signingInput: string;
  signature: Buffer;
}

/**
 * Splits and parses a compact JWS; undefined when it is not three base64url parts of JSON objects.
 */
export function decodeCompact(jws: string): DecodedJws | undefined {
  const parts = jws.split('.');
  if (parts.length !== 3) return undefined;
  const header = jsonObject(parts[0]!);
  const payload = jsonObject(parts[1]!);
  if (!header || !payload) return undefined;
  return {
    header,
    payload,
    signingInput: `${parts[0]}.${parts[1]}`,
    signature: Buffer.from(parts[2]!, 'base64url'),
  };
}

export function jsonObject(base64url: string): Record<string, unknown> | undefined {
  try {
    const value: unknown = JSON.parse(Buffer.from(base64url, 'base64url').toString('utf8'));
    return typeof value === 'object' && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}

export function verifySignature(
  alg: Alg,
  key: KeyObject,
  signingInput: string,
  signature: Buffer,
): Promise<boolean> {
  return verifyAsync('sha256', Buffer.from(signingInput), keyOptions(alg, key), signature);
}

export async function signCompact(
  alg: Alg,
  key: KeyObject,
  header: Record<string, unknown>,
  payload: Record<string, unknown>,
): Promise<string> {
  const signingInput = `${base64url(JSON.stringify({ ...header, alg }))}.${base64url(JSON.stringify(payload))}`;
  const signature = await signAsync('sha256', Buffer.from(signingInput), keyOptions(alg, key));
  return `${signingInput}.${signature.toString('base64url')}`;
}

/** RFC 7515 Appendix F: the payload left out of the serialisation, as OB's x-jws-signature is. */
export async function signDetached(
  alg: Alg,
  key: KeyObject,
  header: Record<string, unknown>,
  body: Uint8Array,
): Promise<string> {
  const protectedHeader = base64url(JSON.stringify({ ...header, alg }));
  const signature = await signAsync(
    'sha256',
    Buffer.from(`${protectedHeader}.${Buffer.from(body).toString('base64url')}`),
    keyOptions(alg, key),
  );
  return `${protectedHeader}..${signature.toString('base64url')}`;
}

export function base64url(text: string): string {
  return Buffer.from(text, 'utf8').toString('base64url');
}

/** RFC 7638: SHA-256 of the required members in lexicographic order. */
export function jwkThumbprint(jwk: JsonWebKey): string {
  const members =
    jwk.kty === 'EC'
      ? { crv: jwk.crv, kty: jwk.kty, x: jwk.x, y: jwk.y }
      : { e: jwk.e, kty: jwk.kty, n: jwk.n };
  return createHash('sha256').update(JSON.stringify(members)).digest('base64url');
}

/**
 * Public keys by the JWK as sent: a client signs with the same few keys, so each is imported once.
 */
export function publicKeyCache(keysMax: number): (jwk: unknown) => KeyObject | undefined {
  const keys = new Map<string, KeyObject>();
  return (jwk) => {
    if (typeof jwk !== 'object' || jwk === null || 'd' in jwk) return undefined;
    const id = JSON.stringify(jwk);
    let key = keys.get(id);
    if (!key) {
      try {
        key = createPublicKey({ key: jwk as JsonWebKey, format: 'jwk' });
      } catch {
        return undefined;
      }
      if (keys.size >= keysMax) keys.delete(keys.keys().next().value!);
      keys.set(id, key);
    }
    return key;
  };
}
