import type { Knex } from 'knex';

/**
 * Plain FAPI 2.0 consents are described in the authorization request itself (RAR or scope) and
 * created when the customer reaches the consent page; the pushed request's id links the consent to
 * the one authorization it was made for, so a second page load finds it instead of making another.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE openbanking.consents ADD COLUMN authorization_request_id text;
    CREATE UNIQUE INDEX consents_authorization_request_idx ON openbanking.consents (authorization_request_id)
      WHERE authorization_request_id IS NOT NULL;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP INDEX openbanking.consents_authorization_request_idx;
    ALTER TABLE openbanking.consents DROP COLUMN authorization_request_id;
  `);
}
