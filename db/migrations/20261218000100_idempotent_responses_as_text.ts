import type { Knex } from 'knex';

/**
 * A stored idempotent response is the exact text the first request was answered with (the bytes
 * its signature covers), so it is text, not a JSON string wrapped in jsonb. Rows written before
 * hold either a JSON string (the answer's text) or a JSON value; both become that text.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE ledger.idempotency_keys ALTER COLUMN response TYPE text
      USING CASE WHEN jsonb_typeof(response) = 'string' THEN response #>> '{}' ELSE response::text END
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    'ALTER TABLE ledger.idempotency_keys ALTER COLUMN response TYPE jsonb USING to_jsonb(response)',
  );
}
