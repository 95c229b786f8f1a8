import type { AccessTokenInfo, TokenCharge } from '../../authz/index.ts';
import type { ApiPlans, UsageCounter } from '../../metering/index.ts';
import { rateLimitDecision } from '../../ratelimit/index.ts';
import { InvalidToken, QuotaExceeded, RateLimitExceeded } from '../errors.ts';
import type { ResourceContext, ResourceMiddleware } from '../state.ts';

export type FindAccessToken = (
  token: string,
  charge?: TokenCharge,
) => Promise<AccessTokenInfo | undefined>;

/** The groups of endpoints a TPP's rate limits count (platform/config.ts RATE_LIMITS). */
export type ApiGroup = 'aisp' | 'pisp' | 'cbpii' | 'events';
export type ApiRateLimits = Readonly<Record<ApiGroup, TokenCharge['base']>>;

/**
 * What a TPP's resource API requests are charged against: the base rate limits and the plans; where
 * they are counted.
 */
export interface ApiCharging {
  rateLimits: ApiRateLimits;
  plans: ApiPlans;
  usage: UsageCounter;
}

/**
 * The group of an OB path by its first segment under the version (`/open-banking/v3.1/aisp/...`
 * and `/open-banking/v4.0/aisp/...` alike); events has two resources.
 */
function apiGroup(ctx: ResourceContext): ApiGroup | undefined {
  const segment = ctx.path.split('/', 4)[3];
  if (segment === 'aisp' || segment === 'pisp' || segment === 'cbpii') return segment;
  if (segment === 'events' || segment === 'event-subscriptions') return 'events';
  return undefined;
}

/**
 * The token must be one the authorization server knows as active (not expired, not revoked, its
 * consent not revoked). Expiry is checked here too, so a stale lookup cannot outlive the token. The
 * same lookup charges the client for this endpoint group (one statement, authz/access-tokens.ts):
 * its plan's monthly quota (the month's written count plus what this instance has counted and not
 * written yet) and a token from its bucket. Every answer from here on carries the RateLimit fields;
 * a used-up quota or an empty bucket is 429 with `Retry-After` before anything else runs. A request
 * that passes both is counted in the instance's usage counter, unless the endpoint counts it in its
 * own transaction (`meterHere` false).
 */
export function checkToken(
  findAccessToken: FindAccessToken,
  charging: ApiCharging,
  meterHere: boolean,
): ResourceMiddleware {
  return async (ctx, next) => {
    const credentials = ctx.state.credentials;
    if (!credentials) throw new Error('check-token runs after read-credentials');
    const group = apiGroup(ctx);
    const charge = group && { api: group, base: charging.rateLimits[group], plans: charging.plans };
    const token = await findAccessToken(credentials.token, charge);
    if (!token || token.expiresAt.getTime() <= Date.now()) {
      throw new InvalidToken(credentials.scheme, 'the access token is not active');
    }
    const outcome = token.charge;
    if (outcome) {
      const decision = outcome.bucket && rateLimitDecision([outcome.bucket]);
      if (decision) ctx.set(decision.headers);
      const monthRequests =
        outcome.monthRequests + charging.usage.unwritten(token.clientId, outcome.today.slice(0, 7));
      if (outcome.monthlyQuota !== undefined && monthRequests >= outcome.monthlyQuota) {
        throw new QuotaExceeded(
          outcome.plan,
          outcome.monthlyQuota,
          outcome.quotaResetsInSeconds,
          decision?.headers ?? {},
        );
      }
      if (decision && !decision.allowed)
        throw new RateLimitExceeded(group!, decision.retryAfterSeconds!, decision.headers);
      if (meterHere) charging.usage.count(token.clientId, outcome.today, group!);
    }
    ctx.state.token = token;
    await next();
  };
}
