import type { Knex } from 'knex';

/**
 * The payment endpoint writes the payment row before it posts the payment's ledger transfer
 * (resource-server/payments/submit-payment.ts), so that the shared outbound clearing account stays
 * locked only while the money moves. The row names the transfer by its pre-chosen id; the foreign
 * key is checked at commit instead, so a payment still never commits without its transfer.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(
    'ALTER TABLE openbanking.payments ALTER CONSTRAINT payments_ledger_transfer_id_fkey DEFERRABLE INITIALLY DEFERRED',
  );
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(
    'ALTER TABLE openbanking.payments ALTER CONSTRAINT payments_ledger_transfer_id_fkey NOT DEFERRABLE',
  );
}
