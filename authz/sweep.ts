import type { Knex } from 'knex';

export interface SweepOptions {
  /** Rows deleted per statement: short statements keep locks and WAL bursts small. */
  batchSize?: number;
  /** Bounds one run; whatever is left is taken by the next run. */
  batchesMax?: number;
}

export interface SweepResult {
  payloads: number;
  replay: number;
}

/**
 * Deletes the authorization server's expired rows (tokens, codes, sessions, replay markers).
 * Nothing reads them any more: the adapter and the replay checks ignore expired rows, so the
 * sweep only reclaims space and can run on any schedule. Deletes by primary key so it also runs
 * on PostgreSQL-compatible databases without `ctid`.
 */
export async function sweepExpired(knex: Knex, options: SweepOptions = {}): Promise<SweepResult> {
  const batchSize = options.batchSize ?? 1000;
  const batchesMax = options.batchesMax ?? 100;
  return {
    payloads: await inBatches(batchSize, batchesMax, () =>
      knex.raw(
        `DELETE FROM authz.oidc_payloads WHERE (kind, id) IN (
           SELECT kind, id FROM authz.oidc_payloads WHERE expires_at < now() LIMIT ?)`,
        [batchSize],
      ),
    ),
    replay: await inBatches(batchSize, batchesMax, () =>
      knex.raw(
        `DELETE FROM authz.replay WHERE key IN (
           SELECT key FROM authz.replay WHERE expires_at < now() LIMIT ?)`,
        [batchSize],
      ),
    ),
  };
}

async function inBatches(
  batchSize: number,
  batchesMax: number,
  deleteBatch: () => Promise<{ rowCount: number }>,
): Promise<number> {
  let deleted = 0;
  for (let batch = 0; batch < batchesMax; batch += 1) {
    const { rowCount } = await deleteBatch();
    deleted += rowCount;
    if (rowCount < batchSize) break;
  }
  return deleted;
}
