import type { Knex } from 'knex';

/**
 * Token buckets of the rate limiter (ratelimit/, issue 15), shared by every instance on the
 * database. One row per bucket (a TPP and an endpoint group, an address, a username); a request
 * takes a token with one INSERT ... ON CONFLICT DO UPDATE, which refills the bucket for the time
 * since its last take and records whether the take succeeded.
 *
 * - UNLOGGED: a bucket is worth nothing after a crash (it starts full again), so its updates write
 *   no WAL and a request that only touched buckets commits without waiting for a WAL flush.
 * - capacity and refill_per_second are the policy in force at the last take, kept on the row so the
 *   UPSERT's conflict branch can read them from `excluded` (a changed limit applies at once).
 * - fillfactor 50: every take rewrites its row; free room on the page keeps those updates HOT.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE SCHEMA IF NOT EXISTS ratelimit;
    CREATE UNLOGGED TABLE ratelimit.buckets (
      key text COLLATE "C" PRIMARY KEY CHECK (char_length(key) BETWEEN 1 AND 400),
      capacity double precision NOT NULL CHECK (capacity >= 1),
      refill_per_second double precision NOT NULL CHECK (refill_per_second > 0),
      tokens double precision NOT NULL,
      refilled_at timestamptz NOT NULL,
      allowed boolean NOT NULL
    ) WITH (fillfactor = 50);
    -- The sweep removes buckets that have been full for a while (ratelimit/sweep.ts).
    CREATE INDEX buckets_refilled_at_idx ON ratelimit.buckets (refilled_at);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP SCHEMA ratelimit CASCADE');
}
