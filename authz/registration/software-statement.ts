import { createLocalJWKSet, errors as joseErrors, jwtVerify, type JSONWebKeySet } from 'jose';
import { errors } from 'oidc-provider';
import type { SoftwareStatementClaims } from '../../certs/index.ts';

/** RFC 7591 section 3.2.2. */
export class InvalidSoftwareStatement extends errors.CustomOIDCProviderError {
  constructor(description: string) {
    super('invalid_software_statement', description);
  }
}

export interface TrustedDirectory {
  /** The SSA `iss` this directory signs with. */
  issuer: string;
  jwks: JSONWebKeySet;
}

/** FAPI 2.0 section 5.4. */
const SSA_ALGS = ['PS256', 'ES256'];
const SSA_CHARS_MAX = 16_384;
const CLOCK_TOLERANCE_SECONDS = 30;

const REQUIRED_CLAIMS = [
  'jti',
  'iat',
  'software_id',
  'org_id',
  'software_client_name',
  'software_redirect_uris',
  'software_roles',
] as const;

/**
 * Verifies a software statement assertion: signed by a trusted directory with a FAPI algorithm,
 * issued in the past, not expired, carrying the claims registration relies on. Replay is the
 * caller's concern (it needs the database).
 */
export async function verifySoftwareStatement(
  ssa: unknown,
  directory: TrustedDirectory,
): Promise<SoftwareStatementClaims> {
  if (typeof ssa !== 'string' || ssa.length === 0)
    throw new InvalidSoftwareStatement(
      'software_statement is required (a JWT issued by the directory)',
    );
  if (ssa.length > SSA_CHARS_MAX)
    throw new InvalidSoftwareStatement('software_statement is too long');
  let payload: Record<string, unknown>;
  try {
    ({ payload } = await jwtVerify(ssa, createLocalJWKSet(directory.jwks), {
      algorithms: SSA_ALGS,
      issuer: directory.issuer,
      requiredClaims: ['exp', 'iat', 'jti'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    }));
  } catch (error) {
    throw new InvalidSoftwareStatement(`software_statement rejected: ${describe(error)}`);
  }
  for (const claim of REQUIRED_CLAIMS) {
    if (payload[claim] === undefined)
      throw new InvalidSoftwareStatement(`software_statement lacks the ${claim} claim`);
  }
  if ((payload.iat as number) > Date.now() / 1000 + CLOCK_TOLERANCE_SECONDS) {
    throw new InvalidSoftwareStatement('software_statement is issued in the future (iat)');
  }
  const claims = payload as unknown as SoftwareStatementClaims;
  if (
    !Array.isArray(claims.software_redirect_uris) ||
    !claims.software_redirect_uris.every((u) => typeof u === 'string')
  ) {
    throw new InvalidSoftwareStatement(
      'software_statement software_redirect_uris must be an array of URLs',
    );
  }
  if (!Array.isArray(claims.software_roles))
    throw new InvalidSoftwareStatement('software_statement software_roles must be an array');
  if (!claims.software_jwks && !claims.software_jwks_endpoint) {
    throw new InvalidSoftwareStatement(
      'software_statement carries neither software_jwks nor software_jwks_endpoint',
    );
  }
  return claims;
}

function describe(error: unknown): string {
  if (error instanceof joseErrors.JWTExpired) return 'it has expired (exp)';
  if (error instanceof joseErrors.JWSSignatureVerificationFailed)
    return 'its signature does not verify with the directory keys';
  if (error instanceof joseErrors.JWKSNoMatchingKey)
    return 'it is not signed by a key of the trusted directory';
  if (error instanceof joseErrors.JOSEAlgNotAllowed)
    return `its algorithm is not allowed (use ${SSA_ALGS.join(' or ')})`;
  if (error instanceof joseErrors.JWTClaimValidationFailed)
    return `claim ${error.claim} is invalid (${error.reason})`;
  if (error instanceof joseErrors.JOSEError) return 'it is not a valid signed JWT';
  return 'it could not be verified';
}
