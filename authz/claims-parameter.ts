import { errors, type KoaContextWithOIDC } from 'oidc-provider';

/**
 * The claims request parameter (OIDC Core 5.5), read by the platform instead of oidc-provider.
 * oidc-provider takes it only together with the `openid` scope, but the UK profile names the
 * intent in `claims.id_token.openbanking_intent_id` in its plain OAuth variant too (no id token is
 * issued then). It is registered as an extra authorization parameter (configuration.ts), checked
 * here as strictly as oidc-provider would, and read by the intent and acr checks. It selects no
 * claims: every claim the bank has (`sub`, `acr`, `openbanking_intent_id`) comes with `openid`.
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

/** oidc-provider `extraParams` validator: refuses a malformed claims parameter at PAR and authorization. */
export function validateClaimsParameter(_ctx: KoaContextWithOIDC, value: string | undefined): void {
  if (value !== undefined) parse(value);
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
