import { errors } from 'oidc-provider';

/**
 * The claims request parameter (OIDC Core 5.5) as the intent and acr checks read it from the
 * stored authorization parameters (JSON text). oidc-provider has validated it already; a value
 * that does not parse here names nothing.
 */

export interface ClaimRequest {
  essential?: boolean;
  value?: unknown;
  values?: unknown;
}

export interface ClaimsRequest {
  id_token?: Record<string, ClaimRequest | null>;
  userinfo?: Record<string, ClaimRequest | null>;
}

/** The parameter arrives as JSON text (form or request object alike); at most this long. */
const CLAIMS_CHARS_MAX = 4096;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(value: string): ClaimsRequest {
  if (value.length > CLAIMS_CHARS_MAX) throw new errors.InvalidRequest(`the claims parameter is longer than ${CLAIMS_CHARS_MAX} characters`);
  let claims: unknown;
  try {
    claims = JSON.parse(value);
  } catch {
    throw new errors.InvalidRequest('could not parse the claims parameter JSON');
  }
  if (!isObject(claims)) throw new errors.InvalidRequest('claims parameter should be a JSON object');
  if (claims.userinfo === undefined && claims.id_token === undefined) throw new errors.InvalidRequest('claims parameter should have userinfo or id_token properties');
  for (const member of ['id_token', 'userinfo'] as const) {
    const requested = claims[member];
    if (requested === undefined) continue;
    if (!isObject(requested)) throw new errors.InvalidRequest(`claims.${member} should be an object`);
    for (const [claim, request] of Object.entries(requested)) {
      if (request !== null && !isObject(request)) throw new errors.InvalidRequest(`claims.${member}.${claim} should be null or an object`);
    }
  }
  return claims as ClaimsRequest;
}

/** The claims request of validated authorization parameters (undefined when there is none). */
export function claimsRequest(params: Record<string, unknown>): ClaimsRequest | undefined {
  const value = params.claims;
  if (typeof value !== 'string') return undefined;
  try {
    return parse(value);
  } catch {
    return undefined;
  }
}
