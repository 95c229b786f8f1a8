import type { Knex } from 'knex';

/**
 * When the expiry job (events/tasks/expire-consents.ts) revoked an expired consent's grant and its
 * tokens. Expired consents keep their status (OB has no "Expired"), so without this mark the job
 * would look at every consent that ever expired on every run; the partial index holds only the
 * ones still to do, so a run costs what it revokes, not the history.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE openbanking.consents ADD COLUMN grant_revoked_at timestamptz;
    CREATE INDEX consents_grant_expiry_idx ON openbanking.consents (expires_at)
      WHERE grant_id IS NOT NULL AND grant_revoked_at IS NULL AND expires_at IS NOT NULL;
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP INDEX openbanking.consents_grant_expiry_idx;
    ALTER TABLE openbanking.consents DROP COLUMN grant_revoked_at;
  `);
}
