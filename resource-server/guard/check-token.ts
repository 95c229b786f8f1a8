import type { AccessTokenInfo, TokenCharge } from '../../authz/index.ts';
import { rateLimitDecision } from '../../ratelimit/index.ts';
import { API_PREFIX } from '../api.ts';
import { InvalidToken, RateLimitExceeded } from '../errors.ts';
import type { ResourceContext, ResourceMiddleware } from '../state.ts';

export type FindAccessToken = (token: string, charge?: TokenCharge) => Promise<AccessTokenInfo | undefined>;

/** The groups of endpoints a TPP's rate limits count (platform/config.ts RATE_LIMITS). */
export type ApiGroup = 'aisp' | 'pisp' | 'cbpii' | 'events';
export type ApiRateLimits = Readonly<Record<ApiGroup, TokenCharge['policy'] | undefined>>;

/** The group of an OB path by its first segment under the API prefix; events has two resources. */
function apiGroup(ctx: ResourceContext): ApiGroup | undefined {
  const segment = ctx.path.slice(API_PREFIX.length + 1).split('/', 1)[0];
  if (segment === 'aisp' || segment === 'pisp' || segment === 'cbpii') return segment;
  if (segment === 'events' || segment === 'event-subscriptions') return 'events';
  return undefined;
}

/**
 * The token must be one the authorization server knows as active (not expired, not revoked, its
 * consent not revoked). Expiry is checked here too, so a stale lookup cannot outlive the token.
 * The same lookup takes a token from the client's bucket for this endpoint group (one statement,
 * authz/access-tokens.ts): every answer from here on carries the RateLimit fields, and an empty
 * bucket is 429 with `Retry-After` before anything else runs.
 */
export function checkToken(findAccessToken: FindAccessToken, rateLimits: ApiRateLimits): ResourceMiddleware {
  return async (ctx, next) => {
    const credentials = ctx.state.credentials;
    if (!credentials) throw new Error('check-token runs after read-credentials');
    const group = apiGroup(ctx);
    const policy = group && rateLimits[group];
    const token = await findAccessToken(credentials.token, policy ? { keyPrefix: `rs:${group}:`, policy } : undefined);
    if (!token || token.expiresAt.getTime() <= Date.now()) {
      throw new InvalidToken(credentials.scheme, 'the access token is not active');
    }
    if (token.bucket) {
      const decision = rateLimitDecision([token.bucket]);
      ctx.set(decision.headers);
      if (!decision.allowed) throw new RateLimitExceeded(group!, decision.retryAfterSeconds!, decision.headers);
    }
    ctx.state.token = token;
    await next();
  };
}
