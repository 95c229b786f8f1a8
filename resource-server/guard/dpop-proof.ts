import { createHash } from 'node:crypto';
import { EmbeddedJWK, errors, jwtVerify, type JWK } from 'jose';
import { InvalidDpopProof } from '../errors.ts';
import { importedKeys } from '../imported-keys.ts';

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
 * one well-formed JWT, `typ` dpop+jwt, an allowed asymmetric `alg`, a public `jwk` that verifies
 * the signature, and `htm`, `htu`, `ath`, `iat`, `jti` as expected. The caller checks the key
 * against the token and the `jti` against replay.
 */
export async function verifyDpopProof(proof: string, expected: DpopExpectation): Promise<VerifiedDpopProof> {
  if (proof.length > PROOF_MAX_CHARS) throw new InvalidDpopProof('the DPoP proof is too large');
  let verified: Awaited<ReturnType<typeof jwtVerify>>;
  try {
    verified = await jwtVerify(proof, embeddedKey, {
      typ: 'dpop+jwt',
      algorithms: [...DPOP_ALGS],
      requiredClaims: ['jti', 'htm', 'htu', 'iat', 'ath'],
      // iat is judged below with this server's window; jose would only look at exp/nbf.
      currentDate: new Date(expected.now * 1000),
    });
  } catch (error) {
    if (error instanceof errors.JOSEError) throw new InvalidDpopProof(`invalid DPoP proof: ${error.message}`);
    throw error;
  }
  const { payload, protectedHeader } = verified;
  const { jti, htm, htu, iat, ath } = payload as Record<string, unknown>;
  if (typeof jti !== 'string' || jti.length === 0 || jti.length > JTI_MAX_CHARS) {
    throw new InvalidDpopProof(`the DPoP proof "jti" must be a string of 1 to ${JTI_MAX_CHARS} characters`);
  }
  if (htm !== expected.method) throw new InvalidDpopProof(`the DPoP proof "htm" does not match the request method ${expected.method}`);
  if (typeof htu !== 'string' || !sameResource(htu, expected.url)) {
    throw new InvalidDpopProof(`the DPoP proof "htu" does not match the request URL ${expected.url}`);
  }
  if (ath !== accessTokenHash(expected.accessToken)) throw new InvalidDpopProof('the DPoP proof "ath" does not match the access token');
  if (typeof iat !== 'number' || !Number.isFinite(iat) || Math.abs(iat - expected.now) > DPOP_IAT_WINDOW_SECONDS) {
    throw new InvalidDpopProof(`the DPoP proof "iat" must be within ${DPOP_IAT_WINDOW_SECONDS} seconds of the server time`);
  }
  return { jkt: jwkThumbprint(protectedHeader.jwk as JWK), jti, iat };
}

/** A TPP signs every proof with the same DPoP key: imported keys are kept (resource-server/imported-keys.ts). */
const IMPORTED_KEYS_MAX = 1000;
const proofKeys = importedKeys<Awaited<ReturnType<typeof EmbeddedJWK>>>(IMPORTED_KEYS_MAX);

const embeddedKey: typeof EmbeddedJWK = (protectedHeader, token) => {
  // Compact proofs have no unprotected header; anything else is left to EmbeddedJWK alone.
  if (!protectedHeader || token?.header) return EmbeddedJWK(protectedHeader, token);
  return proofKeys.get(String(protectedHeader.alg), protectedHeader.jwk, () => EmbeddedJWK(protectedHeader, token));
};

/** RFC 7638 required members, in the lexicographic order the thumbprint's JSON needs. */
const THUMBPRINT_MEMBERS: Readonly<Record<string, readonly string[]>> = { EC: ['crv', 'kty', 'x', 'y'], RSA: ['e', 'kty', 'n'] };

/**
 * RFC 7638 SHA-256 thumbprint of the proof's (already verified, so EC or RSA) public key, hashed
 * synchronously: jose's calculateJwkThumbprint goes through WebCrypto's thread pool and a promise,
 * which cost more than the rest of the hash on every resource request (bench/PROFILE.md).
 */
export function jwkThumbprint(jwk: JWK): string {
  const members = THUMBPRINT_MEMBERS[String(jwk.kty)];
  if (!members) throw new InvalidDpopProof(`the DPoP proof key type ${String(jwk.kty)} is not supported`);
  const fields = jwk as Readonly<Record<string, unknown>>;
  const canonical: Record<string, unknown> = {};
  for (const member of members) {
    if (typeof fields[member] !== 'string') throw new InvalidDpopProof(`the DPoP proof key lacks "${member}"`);
    canonical[member] = fields[member];
  }
  return createHash('sha256').update(JSON.stringify(canonical)).digest('base64url');
}

/** RFC 9449 section 4.2: base64url of the SHA-256 of the token's ASCII octets. */
export function accessTokenHash(accessToken: string): string {
  return createHash('sha256').update(accessToken, 'ascii').digest('base64url');
}

/** RFC 9449 section 4.3 item 9: same scheme, host, port and path (URL normalises case and default ports). */
function sameResource(htu: string, expected: string): boolean {
  if (!URL.canParse(htu)) return false;
  const actual = new URL(htu);
  const wanted = new URL(expected);
  return actual.protocol === wanted.protocol && actual.host === wanted.host && actual.pathname === wanted.pathname;
}
