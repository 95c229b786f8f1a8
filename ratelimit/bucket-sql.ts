import type { BucketCharge } from './policy.ts';
import { refillPerSecond } from './policy.ts';

/**
 * The one statement that takes a token from each of a request's buckets, atomically per bucket and
 * shared by every instance: a first take inserts a full bucket less one token; later takes refill
 * the row for the time since its last take (never above capacity) and take one token if a whole
 * one is there, else leave it and record the refusal. Concurrent takes of one bucket queue on its
 * row lock, and each reads the row as the one before it left it, so exactly `capacity` takes of a
 * burst succeed. `now()` of a take that waited for the lock may be earlier than the row's last
 * refill: elapsed time is clamped at zero and the refill time never goes back.
 *
 * `charges` is a query yielding `(key text, capacity float8, rate float8)` rows with distinct keys:
 * the arrays of `chargeArrays` for a statement of its own (take-tokens.ts, prepared once whatever
 * the number of buckets), or the token lookup's own row (authz/access-tokens.ts), so the take rides
 * on a round trip the request makes anyway. Returns `key, tokens, allowed` per bucket.
 */
export function takeTokensSql(charges: string): string {
  const elapsed = 'greatest(0, extract(epoch FROM now() - b.refilled_at))';
  const refilled = `least(excluded.capacity, b.tokens + excluded.refill_per_second * ${elapsed})`;
  return `INSERT INTO ratelimit.buckets AS b (key, capacity, refill_per_second, tokens, refilled_at, allowed)
    SELECT c.key, c.capacity, c.rate, c.capacity - 1, now(), true FROM (${charges}) AS c(key, capacity, rate)
    ON CONFLICT (key) DO UPDATE SET
      capacity = excluded.capacity,
      refill_per_second = excluded.refill_per_second,
      tokens = CASE WHEN ${refilled} >= 1 THEN ${refilled} - 1 ELSE ${refilled} END,
      allowed = ${refilled} >= 1,
      refilled_at = greatest(b.refilled_at, now())
    RETURNING b.key, b.tokens, b.allowed`;
}

/** Bindings for `unnest(?::text[], ?::float8[], ?::float8[])`: keys, capacities, refill rates. */
export function chargeArrays(charges: readonly BucketCharge[]): [string[], number[], number[]] {
  return [
    charges.map((c) => c.key),
    charges.map((c) => c.policy.requests),
    charges.map((c) => refillPerSecond(c.policy)),
  ];
}
