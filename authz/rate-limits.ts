import { createHash } from 'node:crypto';
import { decodeJwt } from 'jose';
import type { Knex } from 'knex';
import type { Context, Middleware } from 'koa';
import {
  rateLimitDecision,
  takeTokens,
  type BucketCharge,
  type RateLimitDecision,
  type RateLimitPolicy,
} from '../ratelimit/index.ts';
import { formBodyTooLarge, readFormBody } from './form-body.ts';
import { ROUTES } from './routes.ts';

export interface AuthorizationRateLimits {
  token: RateLimitPolicy | undefined;
  par: RateLimitPolicy | undefined;
  registration: RateLimitPolicy | undefined;
}

/**
 * A bucket key for a value that is personal data (an address, a username) or arbitrary request
 * text: its digest, so the key has a fixed length and no such value is stored.
 */
export function hashedKey(kind: string, value: string): string {
  return `${kind}:${createHash('sha256').update(value).digest('base64url')}`;
}

/**
 * The client a token or PAR request names, before oidc-provider authenticates it: `client_id`, or
 * the `sub` of a `private_key_jwt` client assertion (unverified: only a bucket is chosen by it).
 */
function namedClientId(body: Record<string, unknown>): string | undefined {
  if (typeof body.client_id === 'string' && body.client_id !== '') return body.client_id;
  if (typeof body.client_assertion !== 'string') return undefined;
  try {
    const { sub } = decodeJwt(body.client_assertion);
    return typeof sub === 'string' && sub !== '' ? sub : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Rate limits of the authorization server's TPP endpoints, in front of oidc-provider: token and
 * PAR per client and address, registration (and its RFC 7592 management) per address. The client
 * is the one the request names, which is known before any signature is checked (checking first
 * would spend the work the limit is there to save), so the bucket is the client *at this address*:
 * naming another TPP's client id spends only the namer's own bucket. A request naming no client
 * is counted by address. Refusals are OAuth-style JSON (RFC 6749 section 5.2 shape; OAuth defines
 * no code for it), every answer carries the RateLimit fields.
 */
export function limitTppEndpoints(knex: Knex, limits: AuthorizationRateLimits): Middleware {
  return async (ctx, next) => {
    const charge = await chargeOf(ctx, limits);
    if (charge === 'too-large') return formBodyTooLarge(ctx);
    if (!charge) return next();
    const decision = rateLimitDecision(await takeTokens(knex, [charge]));
    if (!decision.allowed)
      return refuse(ctx, decision, 'too many requests to this endpoint from this client');
    ctx.set(decision.headers);
    return next();
  };
}

async function chargeOf(
  ctx: Context,
  limits: AuthorizationRateLimits,
): Promise<BucketCharge | 'too-large' | undefined> {
  const address = ctx.request.ip;
  if (ctx.path === ROUTES.registration || ctx.path.startsWith(`${ROUTES.registration}/`)) {
    return (
      limits.registration && {
        key: hashedKey('as:registration:address', address),
        policy: limits.registration,
      }
    );
  }
  const endpoint =
    ctx.path === ROUTES.token
      ? 'token'
      : ctx.path === ROUTES.pushed_authorization_request
        ? 'par'
        : undefined;
  const policy = endpoint && limits[endpoint];
  if (!policy || ctx.method !== 'POST') return undefined;
  let clientId: string | undefined;
  if (ctx.is('application/x-www-form-urlencoded')) {
    const body = await readFormBody(ctx);
    if (!body) return 'too-large';
    clientId = namedClientId(body);
  }
  // Hashed: a named client id is whatever the request sent (any length, any character).
  const key = clientId
    ? hashedKey(`as:${endpoint}:client-address`, `${clientId}\u0000${address}`)
    : hashedKey(`as:${endpoint}:address`, address);
  return { key, policy };
}

/** 429 with `Retry-After` and the RateLimit fields, the error as oidc-provider would write one. */
function refuse(ctx: Context, decision: RateLimitDecision, description: string): void {
  ctx.status = 429;
  ctx.set(decision.headers);
  ctx.set('cache-control', 'no-store');
  ctx.body = {
    error: 'too_many_requests',
    error_description: `${description}; retry after ${decision.retryAfterSeconds} s`,
  };
}
