import type { Knex } from 'knex';

/**
 * The AIS reads of payment orders (/scheduled-payments, /standing-orders) ask for one kind of order
 * paying from the consent's accounts, in id order for paging: an index on exactly that, so the
 * read does not scan every order the bank holds.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE INDEX payment_orders_debtor_account_idx
      ON openbanking.payment_orders (debtor_account_id, kind, id);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(String.raw`DROP INDEX openbanking.payment_orders_debtor_account_idx;`);
}
