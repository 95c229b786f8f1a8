/**
 * A token bucket: `requests` tokens when full, refilled evenly over `windowSeconds` (so a client
 * may burst `requests` at once, then go on at `requests / windowSeconds` per second). The same two
 * numbers are the `q` and `w` of the IETF `RateLimit-Policy` header.
 */
export interface RateLimitPolicy {
  /** Names the policy in the RateLimit headers, e.g. "aisp". */
  name: string;
  requests: number;
  windowSeconds: number;
}

/** One bucket to take a token from: what it limits (its key) under which policy. */
export interface BucketCharge {
  key: string;
  policy: RateLimitPolicy;
}

/** A bucket after a take. */
export interface BucketState {
  policy: RateLimitPolicy;
  /** Tokens left after this take (fractional: the bucket refills continuously). */
  tokens: number;
  /** Whether this take got its token. */
  allowed: boolean;
}

export const refillPerSecond = (policy: RateLimitPolicy): number =>
  policy.requests / policy.windowSeconds;
