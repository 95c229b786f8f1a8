export { takeTokensSql } from './bucket-sql.ts';
export { rateLimitDecision } from './headers.ts';
export type { RateLimitDecision } from './headers.ts';
export { takeTokens } from './take-tokens.ts';
export type { BucketCharge, BucketState, RateLimitPolicy } from './policy.ts';
export { sweepFullBuckets } from './sweep.ts';
