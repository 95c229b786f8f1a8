import type { Knex } from 'knex';

export type RecordFirstUse = (key: string, expiresAt: Date) => Promise<boolean>;

/** One statement's worth of keys: bounds the SQL text and the time one batch holds its rows. */
const BATCH_KEYS_MAX = 256;

interface Pending {
  key: string;
  expiresAt: Date;
  resolve: (first: boolean) => void;
  reject: (error: unknown) => void;
}

/**
 * recordFirstUse (authz/replay.ts) for busy paths: the one-time values that arrive in the same
 * turn of the event loop (under load, several requests' client assertion and DPoP `jti`s) go to
 * PostgreSQL as one multi-row INSERT, so one round trip and one commit serve them all. Each key
 * still gets the answer a lone insert would give: true for exactly one use of a key, including
 * two uses of one key in the same batch (the second is a replay), and an expired leftover is
 * taken over as unused.
 */
export function batchedFirstUse(knex: Knex): RecordFirstUse {
  let queue: Pending[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    for (let start = 0; start < batch.length; start += BATCH_KEYS_MAX)
      void insert(knex, batch.slice(start, start + BATCH_KEYS_MAX));
  };
  return (key, expiresAt) =>
    new Promise<boolean>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ key, expiresAt, resolve, reject });
    });
}

async function insert(knex: Knex, batch: Pending[]): Promise<void> {
  // A key twice in one statement would make ON CONFLICT touch its row twice, which PostgreSQL
  // refuses: the first occurrence goes to the database, any later one is a replay of it.
  const firsts = new Map<string, Pending>();
  const repeats: Pending[] = [];
  for (const pending of batch) {
    if (firsts.has(pending.key)) repeats.push(pending);
    else firsts.set(pending.key, pending);
  }
  try {
    const rows = [...firsts.values()];
    const { rows: recorded } = await knex
      .raw<{ rows: { key: string }[] }>(
        `INSERT INTO authz.replay (key, expires_at)
         SELECT * FROM unnest(?::text[], ?::timestamptz[])
         ON CONFLICT (key) DO UPDATE SET expires_at = excluded.expires_at, created_at = now()
           WHERE authz.replay.expires_at < now()
         RETURNING key`,
        [rows.map((row) => row.key), rows.map((row) => row.expiresAt)],
      )
      // Prepared once per connection: the statement is the same whatever the batch's size.
      .options({ name: 'authz.record-first-uses' });
    const inserted = new Set(recorded.map((row) => row.key));
    for (const row of rows) row.resolve(inserted.has(row.key));
    for (const repeat of repeats) repeat.resolve(false);
  } catch (error) {
    for (const pending of batch) pending.reject(error);
  }
}
