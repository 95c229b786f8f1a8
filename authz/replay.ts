import type { Knex } from 'knex';

/**
 * Records the first use of a one-time value (e.g. an SSA's `jti`) in authz.replay. Returns false
 * when the key is already recorded and not yet expired. One statement, so two concurrent requests
 * with the same value cannot both get true; an expired leftover the sweep has not removed yet is
 * taken over rather than reported as a replay.
 */
export async function recordFirstUse(knex: Knex, key: string, expiresAt: Date): Promise<boolean> {
  const result = await knex.raw<{ rowCount: number }>(
    `INSERT INTO authz.replay (key, expires_at) VALUES (?, ?)
     ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, created_at = now()
       WHERE authz.replay.expires_at < now()`,
    [key, expiresAt],
  );
  return result.rowCount === 1;
}

/**
 * Takes back a use recorded by recordFirstUse that did not happen after all (the request it was
 * recorded for was refused), so the value can be used again.
 */
export async function forgetFirstUse(knex: Knex, key: string): Promise<void> {
  await knex.raw('DELETE FROM authz.replay WHERE key = ?', [key]);
}
