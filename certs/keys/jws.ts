import type { SigningKey } from './types.ts';

/** Bytes are signed as they are; an object is signed as its JSON text (a JWT claims set). */
export type JwsPayload = Uint8Array | Record<string, unknown>;

/**
 * RFC 7515 compact serialisation, signed by a key behind the key provider. Built by hand because
 * jose only signs with a CryptoKey or KeyObject it holds, and an HSM key is neither.
 * `alg` and `kid` always come from the key, whatever the caller's header says.
 */
export async function signCompactJws(
  key: SigningKey,
  header: Record<string, unknown>,
  payload: JwsPayload,
): Promise<string> {
  const { encodedHeader, encodedPayload, signature } = await signJws(key, header, payload);
  return `${encodedHeader}.${encodedPayload}.${signature}`;
}

/**
 * RFC 7515 Appendix F: the same signature with the payload left out (`header..signature`), as the
 * OB `x-jws-signature` header carries it; the verifier re-inserts the base64url body it received.
 */
export async function signDetachedJws(
  key: SigningKey,
  header: Record<string, unknown>,
  payload: JwsPayload,
): Promise<string> {
  const { encodedHeader, signature } = await signJws(key, header, payload);
  return `${encodedHeader}..${signature}`;
}

async function signJws(key: SigningKey, header: Record<string, unknown>, payload: JwsPayload) {
  // RFC 7797 unencoded payloads change the signing input; only the standard form is produced here.
  if (header.b64 !== undefined && header.b64 !== true) {
    throw new TypeError('JWS "b64": false (RFC 7797) is not supported');
  }
  const payloadBytes =
    payload instanceof Uint8Array ? payload : Buffer.from(JSON.stringify(payload), 'utf8');
  const encodedHeader = Buffer.from(
    JSON.stringify({ ...header, alg: key.alg, kid: key.kid }),
    'utf8',
  ).toString('base64url');
  const encodedPayload = Buffer.from(payloadBytes).toString('base64url');
  const signature = await key.sign(Buffer.from(`${encodedHeader}.${encodedPayload}`, 'ascii'));
  return { encodedHeader, encodedPayload, signature: Buffer.from(signature).toString('base64url') };
}
