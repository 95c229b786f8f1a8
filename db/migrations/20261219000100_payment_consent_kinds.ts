import type { Knex } from 'knex';

/**
 * The payment consents beyond the single immediate payment (issue 17): scheduled payments and
 * standing orders (each consumed by its one submission, like a domestic payment) and domestic
 * variable recurring payments (authorised once, then paid against many times until revoked or
 * expired). Every payment consent carries the Initiation and Risk it was created with.
 *
 * A payment names its kind: a VRP consent and a standing order consent have many payments, every
 * other payment consent exactly one, which the unique index keeps.
 */
const PAYMENT_KINDS = `('domestic-payment', 'domestic-scheduled-payment', 'domestic-standing-order', 'domestic-vrp')`;
const SINGLE_USE_KINDS = `('domestic-payment', 'domestic-scheduled-payment', 'domestic-standing-order')`;

export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    ALTER TABLE openbanking.consents
      DROP CONSTRAINT consents_kind_check,
      DROP CONSTRAINT consents_status,
      DROP CONSTRAINT consents_initiation,
      ADD CONSTRAINT consents_kind_check CHECK (kind IN ('account-access', 'funds-confirmation', ${PAYMENT_KINDS.slice(1)}),
      ADD CONSTRAINT consents_status CHECK (CASE
        WHEN kind IN ${SINGLE_USE_KINDS} THEN status IN ('AwaitingAuthorisation', 'Authorised', 'Consumed', 'Rejected')
        ELSE status IN ('AwaitingAuthorisation', 'Authorised', 'Rejected', 'Revoked') END),
      ADD CONSTRAINT consents_initiation CHECK ((kind IN ${PAYMENT_KINDS}) = (initiation IS NOT NULL)
        AND (kind NOT IN ${PAYMENT_KINDS} OR risk IS NOT NULL));

    ALTER TABLE openbanking.payments
      ADD COLUMN kind text NOT NULL DEFAULT 'domestic-payment' CHECK (kind IN ${PAYMENT_KINDS}),
      DROP CONSTRAINT payments_consent_id_key;
    CREATE UNIQUE INDEX payments_single_use_consent_key ON openbanking.payments (consent_id)
      WHERE kind IN ${SINGLE_USE_KINDS};
    CREATE INDEX payments_consent_id_idx ON openbanking.payments (consent_id);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    DROP INDEX openbanking.payments_consent_id_idx;
    DROP INDEX openbanking.payments_single_use_consent_key;
    ALTER TABLE openbanking.payments
      DROP COLUMN kind,
      ADD CONSTRAINT payments_consent_id_key UNIQUE (consent_id);
    ALTER TABLE openbanking.consents
      DROP CONSTRAINT consents_kind_check,
      DROP CONSTRAINT consents_status,
      DROP CONSTRAINT consents_initiation,
      ADD CONSTRAINT consents_kind_check CHECK (kind IN ('account-access', 'domestic-payment', 'funds-confirmation')),
      ADD CONSTRAINT consents_status CHECK (CASE kind
        WHEN 'domestic-payment' THEN status IN ('AwaitingAuthorisation', 'Authorised', 'Consumed', 'Rejected')
        ELSE status IN ('AwaitingAuthorisation', 'Authorised', 'Rejected', 'Revoked') END),
      ADD CONSTRAINT consents_initiation CHECK ((kind = 'domestic-payment') = (initiation IS NOT NULL)
        AND (kind <> 'domestic-payment' OR risk IS NOT NULL));
  `);
}
