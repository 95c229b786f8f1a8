import type { Knex } from 'knex';

/**
 * Deletes buckets that have refilled to capacity: a full bucket and no bucket answer a take the
 * same (a first take inserts a full bucket), so this only reclaims rows of clients, addresses and
 * usernames not seen lately. A take that refills a row while this runs is safe: PostgreSQL checks
 * the condition again on the row the take left, which is no longer full. Bounded per run.
 */
export async function sweepFullBuckets(
  knex: Knex,
  options: { batchSize?: number; batchesMax?: number } = {},
): Promise<number> {
  const batchSize = options.batchSize ?? 1000;
  const batchesMax = options.batchesMax ?? 100;
  const full =
    'b.tokens + b.refill_per_second * extract(epoch FROM now() - b.refilled_at) >= b.capacity';
  let deleted = 0;
  for (let batch = 0; batch < batchesMax; batch += 1) {
    const result = await knex.raw<{ rowCount: number }>(
      `DELETE FROM ratelimit.buckets b WHERE b.key IN (SELECT b.key FROM ratelimit.buckets b WHERE ${full} LIMIT ?) AND ${full}`,
      [batchSize],
    );
    deleted += result.rowCount;
    if (result.rowCount < batchSize) break;
  }
  return deleted;
}
