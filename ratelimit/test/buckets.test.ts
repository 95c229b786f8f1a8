import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { rateLimitDecision, sweepFullBuckets, takeTokens, type RateLimitPolicy } from '../index.ts';

/**
 * The bucket statement on a real database: exact under concurrency, refill, policy change, sweep.
 */

const HOUR: RateLimitPolicy = { name: 'test', requests: 5, windowSeconds: 3600 };

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database?.drop());

/** Moves a bucket's last refill back, as if that much time had passed. */
async function age(key: string, seconds: number): Promise<void> {
  await database.knex.raw(
    'UPDATE ratelimit.buckets SET refilled_at = refilled_at - make_interval(secs => ?) WHERE key = ?',
    [seconds, key],
  );
}

test('concurrent takes from many connections: exactly the capacity succeeds', async () => {
  const results = await Promise.all(
    Array.from({ length: 40 }, () => takeTokens(database.knex, [{ key: 'burst', policy: HOUR }])),
  );
  assert.equal(results.filter(([state]) => state!.allowed).length, HOUR.requests);
  const decision = rateLimitDecision(results.find(([state]) => !state!.allowed)!);
  assert.equal(decision.allowed, false);
  assert.equal(decision.headers['RateLimit-Policy'], '"test";q=5;w=3600');
  assert.match(decision.headers.RateLimit!, /^"test";r=0;t=\d+$/);
  assert.equal(decision.retryAfterSeconds, 720, 'one token back after a fifth of the hour');
});

test('a bucket refills with time, never above capacity', async () => {
  for (let i = 0; i < HOUR.requests; i += 1)
    await takeTokens(database.knex, [{ key: 'refill', policy: HOUR }]);
  assert.equal(
    (await takeTokens(database.knex, [{ key: 'refill', policy: HOUR }]))[0]!.allowed,
    false,
  );
  await age('refill', 720);
  const [back] = await takeTokens(database.knex, [{ key: 'refill', policy: HOUR }]);
  assert.equal(back!.allowed, true, 'one token back');
  await age('refill', 10 * 3600);
  const [full] = await takeTokens(database.knex, [{ key: 'refill', policy: HOUR }]);
  assert.equal(Math.round(full!.tokens), HOUR.requests - 1, 'capped at capacity, less this take');
});

test('several buckets in one statement: the request passes only if every bucket gives a token', async () => {
  const tight: RateLimitPolicy = { name: 'tight', requests: 1, windowSeconds: 3600 };
  const first = await takeTokens(database.knex, [
    { key: 'pair:a', policy: HOUR },
    { key: 'pair:b', policy: tight },
  ]);
  assert.ok(rateLimitDecision(first).allowed);
  const second = rateLimitDecision(
    await takeTokens(database.knex, [
      { key: 'pair:a', policy: HOUR },
      { key: 'pair:b', policy: tight },
    ]),
  );
  assert.equal(second.allowed, false);
  assert.equal(second.headers['RateLimit-Policy'], '"test";q=5;w=3600, "tight";q=1;w=3600');
  assert.equal(second.headers['Retry-After'], '3600');
});

test('a changed policy applies at the next take', async () => {
  await takeTokens(database.knex, [{ key: 'policy', policy: HOUR }]);
  const [state] = await takeTokens(database.knex, [
    { key: 'policy', policy: { name: 'test', requests: 2, windowSeconds: 3600 } },
  ]);
  assert.equal(state!.allowed, true);
  assert.equal(
    Math.round(state!.tokens),
    1,
    'capacity 2 now: the 4 left are capped at 2, less this take',
  );
});

test('the sweep removes buckets that are full again and keeps the others', async () => {
  await takeTokens(database.knex, [{ key: 'sweep:old', policy: HOUR }]);
  await takeTokens(database.knex, [{ key: 'sweep:recent', policy: HOUR }]);
  await age('sweep:old', 3600);
  assert.ok((await sweepFullBuckets(database.knex)) >= 1);
  const keys = (await database
    .knex('ratelimit.buckets')
    .whereLike('key', 'sweep:%')
    .pluck('key')) as string[];
  assert.deepEqual(keys, ['sweep:recent']);
});
