import type { Knex } from 'knex';

/**
 * Settlement runs in batches (events/tasks/settle-payments.ts): one clearing -> scheme settlement
 * transfer settles many payments, so settlement_transfer_id is shared and no longer unique. The
 * index serves "which payments did this settlement transfer settle".
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE openbanking.payments DROP CONSTRAINT payments_settlement_transfer_id_key;
    CREATE INDEX payments_settlement_transfer_id_idx ON openbanking.payments (settlement_transfer_id)
      WHERE settlement_transfer_id IS NOT NULL;
  `);
}

/** Fails while any transfer settles more than one payment: those would have to be split first. */
export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP INDEX openbanking.payments_settlement_transfer_id_idx;
    ALTER TABLE openbanking.payments ADD CONSTRAINT payments_settlement_transfer_id_key UNIQUE (settlement_transfer_id);
  `);
}
