import type { Knex } from 'knex';

/**
 * Card accounts (issue 15): an account identified by a card number (OB scheme UK.OBIE.PAN) instead
 * of a sort code and account number. The number is never stored: `pan_token` names the card,
 * `pan_sealed` is the number under AES-256-GCM with the data encryption key (cards/pan.ts), and
 * `pan_last4` is what may be shown. A customer account has one identification or the other.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    ALTER TABLE ledger.accounts
      ADD COLUMN pan_token text COLLATE "C" CONSTRAINT accounts_pan_token_key UNIQUE CHECK (pan_token ~ '^tok_[A-Za-z0-9_-]{24}$'),
      ADD COLUMN pan_sealed text CHECK (pan_sealed ~ '^v1\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$'),
      ADD COLUMN pan_last4 char(4) CHECK (pan_last4 ~ '^[0-9]{4}$'),
      ADD CONSTRAINT accounts_pan_complete CHECK ((pan_token IS NULL) = (pan_sealed IS NULL) AND (pan_token IS NULL) = (pan_last4 IS NULL)),
      ADD CONSTRAINT accounts_one_identification CHECK (sort_code IS NULL OR pan_token IS NULL),
      DROP CONSTRAINT accounts_customer_details,
      ADD CONSTRAINT accounts_customer_details CHECK (kind <> 'customer' OR (
        account_type IS NOT NULL AND account_subtype IS NOT NULL AND (sort_code IS NOT NULL OR pan_token IS NOT NULL)));
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    ALTER TABLE ledger.accounts
      DROP CONSTRAINT accounts_customer_details,
      ADD CONSTRAINT accounts_customer_details CHECK (kind <> 'customer' OR (
        account_type IS NOT NULL AND account_subtype IS NOT NULL AND sort_code IS NOT NULL)),
      DROP CONSTRAINT accounts_one_identification,
      DROP CONSTRAINT accounts_pan_complete,
      DROP COLUMN pan_last4,
      DROP COLUMN pan_sealed,
      DROP COLUMN pan_token;
  `);
}
