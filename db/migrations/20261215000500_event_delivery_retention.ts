import type { Knex } from 'knex';

/**
 * Finished event deliveries (delivered, rejected by the TPP, or dead-lettered) are purged after
 * the retention period (openbanking/event-deliveries.ts purgeFinishedDeliveries): this index
 * finds them by age without reading the pending ones.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    `CREATE INDEX event_deliveries_finished_idx ON openbanking.event_deliveries (created_at) WHERE status <> 'pending'`,
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP INDEX openbanking.event_deliveries_finished_idx');
}
