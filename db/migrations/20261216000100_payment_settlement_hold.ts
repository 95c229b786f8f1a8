import type { Knex } from 'knex';

/**
 * A payment the bank's screening holds (resource-server/payments/screening.ts) stays in process
 * until this time: settlement runs (events/tasks/settle-payments.ts) leave it out of their batches
 * until then, and its own settlement job is queued for it. Null: settled with the next batch.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE openbanking.payments ADD COLUMN settle_not_before timestamptz');
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('ALTER TABLE openbanking.payments DROP COLUMN settle_not_before');
}
