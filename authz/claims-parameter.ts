import { decodeJwt } from 'jose';
import type { Middleware } from 'koa';
import { errors, type KoaContextWithOIDC } from 'oidc-provider';
import { formBodyTooLarge, readFormBody } from './form-body.ts';

/**
 * The claims request parameter (OIDC Core 5.5), read by the platform rather than oidc-provider.
 * oidc-provider takes it only together with the `openid` scope, but the UK profile names the intent
 * in `claims.id_token.openbanking_intent_id` in its plain OAuth variant too (the OpenID conformance
 * suite's UK plain-OAuth variants send exactly that; no id token is issued then). So
 * oidc-provider's claims parameter is off (configuration.ts), and the parameter travels as follows:
 *  - in a signed request object (JAR), as the object's `claims` member: oidc-provider verified the
 *    object at PAR and keeps it, and the arrival checks read it from there;
 *  - as a form parameter of PAR, renamed to `CLAIMS_PARAM` before oidc-provider parses the body
 *    (it takes an already parsed body, its documented fallback), an extra parameter it stores.
 * It is validated here (malformed: `invalid_request`), and read by the intent and acr checks. It
 * selects no claims: every claim the bank has (`sub`, `acr`, `openbanking_intent_id`) comes with
 * `openid`, so discovery still says `claims_parameter_supported`.
 */

/** The authorization parameter the claims request is kept under (oidc-provider `extraParams`). */
export const CLAIMS_PARAM = 'openbanking_claims';

export interface ClaimRequest {
  essential?: boolean;
  value?: unknown;
  values?: unknown;
}

export interface ClaimsRequest {
  id_token?: Record<string, ClaimRequest | null>;
  userinfo?: Record<string, ClaimRequest | null>;
}

/** JSON text at most this long; oidc-provider's own body limit for PAR as a whole. */
const CLAIMS_CHARS_MAX = 4096;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function parse(value: string): ClaimsRequest {
  if (value.length > CLAIMS_CHARS_MAX)
    throw new errors.InvalidRequest(
      `the claims parameter is longer than ${CLAIMS_CHARS_MAX} characters`,
    );
  let claims: unknown;
  try {
    claims = JSON.parse(value);
  } catch {
    throw new errors.InvalidRequest('could not parse the claims parameter JSON');
  }
  if (!isObject(claims))
    throw new errors.InvalidRequest('claims parameter should be a JSON object');
  if (claims.userinfo === undefined && claims.id_token === undefined)
    throw new errors.InvalidRequest('claims parameter should have userinfo or id_token properties');
  for (const member of ['id_token', 'userinfo'] as const) {
    const requested = claims[member];
    if (requested === undefined) continue;
    if (!isObject(requested))
      throw new errors.InvalidRequest(`claims.${member} should be an object`);
    for (const [claim, request] of Object.entries(requested)) {
      if (request !== null && !isObject(request))
        throw new errors.InvalidRequest(`claims.${member}.${claim} should be null or an object`);
    }
  }
  return claims as ClaimsRequest;
}

/** oidc-provider `extraParams` validator: a malformed form claims parameter is refused at PAR. */
export function validateClaimsParameter(_ctx: KoaContextWithOIDC, value: string | undefined): void {
  if (value !== undefined) parse(value);
}

/**
 * The claims request of an authorization arriving at the authorization endpoint, from the pushed
 * request (form parameter or request object member), kept in the parameters so the interaction
 * stores it. Throws `invalid_request` when it is malformed (a request object's is first seen here).
 */
export function arrivingClaims(ctx: KoaContextWithOIDC): ClaimsRequest | undefined {
  const params = ctx.oidc.params as Record<string, unknown>;
  if (params[CLAIMS_PARAM] === undefined) {
    const pushed = (ctx.oidc.entities as { PushedAuthorizationRequest?: { request?: string } })
      .PushedAuthorizationRequest?.request;
    const claims = pushed ? decodeJwt(pushed).claims : undefined;
    if (claims !== undefined)
      params[CLAIMS_PARAM] = typeof claims === 'string' ? claims : JSON.stringify(claims);
  }
  const value = params[CLAIMS_PARAM];
  return typeof value === 'string' ? parse(value) : undefined;
}

/**
 * The claims request of stored authorization parameters (an interaction's); undefined when none or
 * malformed.
 */
export function claimsRequest(params: Record<string, unknown>): ClaimsRequest | undefined {
  const value = params[CLAIMS_PARAM];
  if (typeof value !== 'string') return undefined;
  try {
    return parse(value);
  } catch {
    return undefined;
  }
}

/**
 * Before oidc-provider reads a form-encoded PAR body: `claims` becomes `CLAIMS_PARAM`, and a
 * client's own `CLAIMS_PARAM` is dropped (it is the bank's name, not a parameter a client sends).
 */
export function renameFormClaims(path: string): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'POST' || ctx.path !== path || !ctx.is('application/x-www-form-urlencoded'))
      return next();
    const body = await readFormBody(ctx);
    if (!body) return formBodyTooLarge(ctx);
    delete body[CLAIMS_PARAM];
    if (body.claims !== undefined) {
      body[CLAIMS_PARAM] = body.claims;
      delete body.claims;
    }
    return next();
  };
}
