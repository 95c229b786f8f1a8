import {
  constants,
  createHash,
  createPublicKey,
  verify,
  type JsonWebKey,
  type KeyObject,
} from 'node:crypto';
import type { JWK } from 'jose';
import { InvalidDpopProof } from '../errors.ts';

/** FAPI 2.0 section 5.4: the only signature algorithms, also advertised in `WWW-Authenticate`. */
export const DPOP_ALGS = ['ES256', 'PS256'] as const;

/**
 * How far a proof's `iat` may be from this server's clock, either way (RFC 9449 section 11.1
 * leaves it to the server). 60 s absorbs TPP clock drift and network delay; a proof cannot be
 * replayed inside it because its `jti` is remembered (see `jtiRetentionSeconds`).
 */
export const DPOP_IAT_WINDOW_SECONDS = 60;

/**
 * A `jti` must be remembered while its proof could still pass the `iat` check on any instance:
 * `iat + window`, plus one more window for clock differences between instances and the database.
 */
export function jtiExpiresAt(iat: number): Date {
  return new Date((iat + 2 * DPOP_IAT_WINDOW_SECONDS) * 1000);
}

/** Proofs carry one public key (PS256 at most a few KiB); a larger header is not a proof. */
const PROOF_MAX_CHARS = 8192;
const JTI_MAX_CHARS = 256;

export interface DpopExpectation {
  /** The request's method, as `htm` must state it. */
  method: string;
  /** The URL the TPP called, as `htu` must state it (query and fragment are ignored). */
  url: string;
  /** The access token presented with the proof: `ath` must be its SHA-256. */
  accessToken: string;
  /** Seconds since the epoch. */
  now: number;
}

export interface VerifiedDpopProof {
  /** RFC 7638 thumbprint of the proof's key, to compare with the token's `cnf.jkt`. */
  jkt: string;
  jti: string;
  iat: number;
}

/**
 * RFC 9449 section 4.3 checks of a DPoP proof presented with an access token (section 7.1):
 * one well-formed compact JWT, `typ` dpop+jwt, an allowed asymmetric `alg`, a public `jwk` that
 * verifies the signature, and `htm`, `htu`, `ath`, `iat`, `jti` as expected. The caller checks the
 * key against the token and the `jti` against replay.
 *
 * Verified synchronously with node:crypto: jose's WebCrypto path (a key import, then the signature
 * through libuv's thread pool and several promises) cost more than the signature itself on every
 * resource request (bench/PROFILE.md).
 */
export function verifyDpopProof(proof: string, expected: DpopExpectation): VerifiedDpopProof {
  if (proof.length > PROOF_MAX_CHARS) throw new InvalidDpopProof('the DPoP proof is too large');
  const parts = proof.split('.');
  if (parts.length !== 3 || !parts.every((part) => BASE64URL.test(part)))
    throw new InvalidDpopProof('the DPoP proof is not a compact JWS');
  const [encodedHeader, encodedPayload, encodedSignature] = parts as [string, string, string];
  const header = jsonObject(encodedHeader, 'header');
  const { alg, typ, jwk, crit } = header;
  if (typeof typ !== 'string' || mediaType(typ) !== 'dpop+jwt')
    throw new InvalidDpopProof('the DPoP proof "typ" must be dpop+jwt');
  if (!isDpopAlg(alg))
    throw new InvalidDpopProof(`the DPoP proof "alg" must be one of ${DPOP_ALGS.join(', ')}`);
  // No extension this server understands: RFC 7515 section 4.1.11 says refuse what it would have
  // to.
  if (crit !== undefined)
    throw new InvalidDpopProof('the DPoP proof "crit" header is not supported');
  const { key, jkt } = proofKey(alg, jwk);
  const signature = Buffer.from(encodedSignature, 'base64url');
  const signingInput = Buffer.from(`${encodedHeader}.${encodedPayload}`, 'ascii');
  if (!signatureVerifies(alg, key, signingInput, signature))
    throw new InvalidDpopProof('the DPoP proof signature does not verify');
  const payload = jsonObject(encodedPayload, 'payload');
  const { jti, htm, htu, iat, ath, exp, nbf } = payload;
  if (typeof jti !== 'string' || jti.length === 0 || jti.length > JTI_MAX_CHARS) {
    throw new InvalidDpopProof(
      `the DPoP proof "jti" must be a string of 1 to ${JTI_MAX_CHARS} characters`,
    );
  }
  if (htm !== expected.method)
    throw new InvalidDpopProof(
      `the DPoP proof "htm" does not match the request method ${expected.method}`,
    );
  if (typeof htu !== 'string' || !sameResource(htu, expected.url)) {
    throw new InvalidDpopProof(
      `the DPoP proof "htu" does not match the request URL ${expected.url}`,
    );
  }
  if (ath !== accessTokenHash(expected.accessToken))
    throw new InvalidDpopProof('the DPoP proof "ath" does not match the access token');
  if (
    typeof iat !== 'number' ||
    !Number.isFinite(iat) ||
    Math.abs(iat - expected.now) > DPOP_IAT_WINDOW_SECONDS
  ) {
    throw new InvalidDpopProof(
      `the DPoP proof "iat" must be within ${DPOP_IAT_WINDOW_SECONDS} seconds of the server time`,
    );
  }
  // Optional in a proof, but a proof that says it has expired, or is not valid yet, is not valid.
  if (exp !== undefined && (typeof exp !== 'number' || exp <= expected.now))
    throw new InvalidDpopProof('the DPoP proof has expired ("exp")');
  if (nbf !== undefined && (typeof nbf !== 'number' || nbf > expected.now))
    throw new InvalidDpopProof('the DPoP proof is not valid yet ("nbf")');
  return { jkt, jti, iat };
}

type DpopAlg = (typeof DPOP_ALGS)[number];

const BASE64URL = /^[A-Za-z0-9_-]+$/;

/**
 * ES256 signatures are r || s (RFC 7518 section 3.4); PS256 salts are the hash's length (section
 * 3.5).
 */
const SIGNATURE_OPTIONS: Readonly<
  Record<DpopAlg, { dsaEncoding?: 'ieee-p1363'; padding?: number; saltLength?: number }>
> = {
  ES256: { dsaEncoding: 'ieee-p1363' },
  PS256: { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
};

/** RFC 7518 section 3.5: RSA keys of 2048 bits or more. */
const RSA_MODULUS_BITS_MIN = 2048;

function signatureVerifies(
  alg: DpopAlg,
  key: KeyObject,
  signingInput: Buffer,
  signature: Buffer,
): boolean {
  try {
    return verify('sha256', signingInput, { key, ...SIGNATURE_OPTIONS[alg] }, signature);
  } catch {
    // OpenSSL refuses some malformed signatures (wrong length) instead of answering false.
    return false;
  }
}

function isDpopAlg(alg: unknown): alg is DpopAlg {
  return (DPOP_ALGS as readonly unknown[]).includes(alg);
}

/**
 * RFC 7515 section 4.1.9: `typ` is a media type, `application/` may be left out, case does not
 * matter.
 */
function mediaType(typ: string): string {
  const lower = typ.toLowerCase();
  return lower.startsWith('application/') ? lower.slice('application/'.length) : lower;
}

function jsonObject(encoded: string, part: 'header' | 'payload'): Record<string, unknown> {
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(encoded, 'base64url').toString('utf8'));
  } catch {
    throw new InvalidDpopProof(`the DPoP proof ${part} is not JSON`);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new InvalidDpopProof(`the DPoP proof ${part} is not a JSON object`);
  return value as Record<string, unknown>;
}

/**
 * A TPP signs every proof with the same DPoP key: imported keys are kept, the oldest going first.
 */
const KEYS_MAX = 1000;
const proofKeys = new Map<string, KeyObject>();

/**
 * The proof's public key, checked for the `alg`, and its thumbprint. Kept by alg and thumbprint:
 * the thumbprint's members (RFC 7638) are the whole public key, so a kept key is the one any JWK
 * with that thumbprint would import to, and the checks before the lookup still judge each JWK.
 */
function proofKey(alg: DpopAlg, jwk: unknown): { key: KeyObject; jkt: string } {
  if (typeof jwk !== 'object' || jwk === null || Array.isArray(jwk))
    throw new InvalidDpopProof('the DPoP proof header lacks a "jwk" object');
  const fields = jwk as Readonly<Record<string, unknown>>;
  if ('d' in fields) throw new InvalidDpopProof('the DPoP proof "jwk" must be a public key');
  const kty = alg === 'ES256' ? 'EC' : 'RSA';
  if (fields.kty !== kty || (alg === 'ES256' && fields.crv !== 'P-256'))
    throw new InvalidDpopProof(`the DPoP proof "jwk" is not a key for ${alg}`);
  if (
    (fields.alg !== undefined && fields.alg !== alg) ||
    (fields.use !== undefined && fields.use !== 'sig')
  ) {
    throw new InvalidDpopProof(`the DPoP proof "jwk" is not meant for ${alg} signatures`);
  }
  const jkt = jwkThumbprint(fields as JWK);
  const id = `${alg} ${jkt}`;
  let key = proofKeys.get(id);
  if (!key) {
    key = importPublicKey(fields, kty);
    if (kty === 'RSA' && (key.asymmetricKeyDetails?.modulusLength ?? 0) < RSA_MODULUS_BITS_MIN) {
      throw new InvalidDpopProof(
        `the DPoP proof "jwk" must be an RSA key of at least ${RSA_MODULUS_BITS_MIN} bits`,
      );
    }
    if (proofKeys.size >= KEYS_MAX) proofKeys.delete(proofKeys.keys().next().value!);
    proofKeys.set(id, key);
  }
  return { key, jkt };
}

function importPublicKey(fields: Readonly<Record<string, unknown>>, kty: 'EC' | 'RSA'): KeyObject {
  const members = THUMBPRINT_MEMBERS[kty]!;
  try {
    return createPublicKey({
      key: Object.fromEntries(members.map((member) => [member, fields[member]])) as JsonWebKey,
      format: 'jwk',
    });
  } catch {
    throw new InvalidDpopProof('the DPoP proof "jwk" is not a valid public key');
  }
}

/** RFC 7638 required members, in the lexicographic order the thumbprint's JSON needs. */
const THUMBPRINT_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  EC: ['crv', 'kty', 'x', 'y'],
  RSA: ['e', 'kty', 'n'],
};

/**
 * RFC 7638 SHA-256 thumbprint of the proof's (already verified, so EC or RSA) public key, hashed
 * synchronously: jose's calculateJwkThumbprint goes through WebCrypto's thread pool and a promise,
 * which cost more than the rest of the hash on every resource request (bench/PROFILE.md).
 */
export function jwkThumbprint(jwk: JWK): string {
  const members = THUMBPRINT_MEMBERS[String(jwk.kty)];
  if (!members)
    throw new InvalidDpopProof(`the DPoP proof key type ${String(jwk.kty)} is not supported`);
  const fields = jwk as Readonly<Record<string, unknown>>;
  const canonical: Record<string, unknown> = {};
  for (const member of members) {
    if (typeof fields[member] !== 'string')
      throw new InvalidDpopProof(`the DPoP proof key lacks "${member}"`);
    canonical[member] = fields[member];
  }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

/** RFC 9449 section 4.2: base64url of the SHA-256 of the token's ASCII octets. */
export function accessTokenHash(accessToken: string): string {
  return createHash('sha256').update(accessToken, 'ascii').digest('base64url');
}

/**
 * RFC 9449 section 4.3 item 9: same scheme, host, port and path (URL normalises case and default
 * ports).
 */
function sameResource(htu: string, expected: string): boolean {
  if (!URL.canParse(htu)) return false;
  const actual = new URL(htu);
  const wanted = new URL(expected);
  return (
    actual.protocol === wanted.protocol &&
    actual.host === wanted.host &&
    actual.pathname === wanted.pathname
  );
}
