import { refillPerSecond, type BucketState } from './policy.ts';

/** What the buckets of a request decided, and the headers every answer to it carries. */
export interface RateLimitDecision {
  allowed: boolean;
  /** `RateLimit-Policy` and `RateLimit` always; `Retry-After` with a refusal. */
  headers: Record<string, string>;
  /** Whole seconds until every refusing bucket holds a token again (refusals only). */
  retryAfterSeconds: number | undefined;
}

/**
 * The IETF RateLimit header fields (draft-ietf-httpapi-ratelimit-headers-10): `RateLimit-Policy`
 * lists each policy the request was counted against (`q` requests per `w` seconds), `RateLimit`
 * its state now (`r` requests left, `t` seconds until the bucket is full again). A request passes
 * only if every bucket gave it a token; `Retry-After` (RFC 9110 section 10.2.3) is when the
 * slowest refusing bucket has a whole token again.
 */
export function rateLimitDecision(states: readonly BucketState[]): RateLimitDecision {
  const policies = states.map(
    ({ policy }) => `"${policy.name}";q=${policy.requests};w=${policy.windowSeconds}`,
  );
  const current = states.map(({ policy, tokens }) => {
    const remaining = Math.max(0, Math.floor(tokens));
    const untilFull = Math.max(0, Math.ceil((policy.requests - tokens) / refillPerSecond(policy)));
    return `"${policy.name}";r=${remaining};t=${untilFull}`;
  });
  const refused = states.filter((state) => !state.allowed);
  const headers: Record<string, string> = {
    'RateLimit-Policy': policies.join(', '),
    RateLimit: current.join(', '),
  };
  if (refused.length === 0) return { allowed: true, headers, retryAfterSeconds: undefined };
  const retryAfterSeconds = Math.max(
    1,
    ...refused.map(({ policy, tokens }) => Math.ceil((1 - tokens) / refillPerSecond(policy))),
  );
  headers['Retry-After'] = String(retryAfterSeconds);
  return { allowed: false, headers, retryAfterSeconds };
}
