import type { Knex } from 'knex';

/**
 * Usage counts in shards (metering/, issue 11): with one row per TPP, API and day, every payment of
 * a TPP updated the same row inside its transaction and held it until the commit, so a TPP's
 * payments queued on it one after another (5.9 ms per payment under load, bench --pg-stats), as
 * resource requests did in the token lookup. Each count now goes to one of 16 rows chosen at
 * random; a day's count is the sum of its shards.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    ALTER TABLE metering.usage ADD COLUMN shard smallint NOT NULL DEFAULT 0 CHECK (shard BETWEEN 0 AND 15);
    ALTER TABLE metering.usage DROP CONSTRAINT usage_pkey;
    ALTER TABLE metering.usage ADD PRIMARY KEY (client_id, day, api, shard);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE TEMPORARY TABLE usage_totals ON COMMIT DROP AS
      SELECT client_id, day, api, sum(requests)::bigint AS requests FROM metering.usage GROUP BY client_id, day, api;
    DELETE FROM metering.usage;
    ALTER TABLE metering.usage DROP CONSTRAINT usage_pkey;
    ALTER TABLE metering.usage DROP COLUMN shard;
    ALTER TABLE metering.usage ADD PRIMARY KEY (client_id, day, api);
    INSERT INTO metering.usage (client_id, day, api, requests) SELECT client_id, day, api, requests FROM usage_totals;
  `);
}
