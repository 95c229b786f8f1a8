import type { Knex } from 'knex';

/**
 * Domestic scheduled payments and standing orders (issue 17). The TPP's submission makes a payment
 * order (OB DomesticScheduledPaymentId / DomesticStandingOrderId), one per consent: it records
 * what the customer authorised and which instalment is due next, and when. Each execution on its
 * date is a row of openbanking.payments of the order's kind, moving money like a domestic payment
 * and settled with them; (order, execution date) is unique, so a retried or concurrent execution
 * run pays an instalment at most once. A standing order's consent has many payments, so the
 * single-use index no longer covers its kind (the order's own consent_id is unique instead).
 * Event notifications name the new resources by their OB types (`http://openbanking.org.uk/rty`).
 */
const ORDER_KINDS = `('domestic-scheduled-payment', 'domestic-standing-order')`;

/**
 * The OB resource types these kinds raise events about. 'domestic-vrp-consent' too: the outbox
 * names a consent's type after its kind, and a VRP consent's OB type is that one.
 */
const EVENT_RESOURCE_TYPES = [
  'domestic-scheduled-payment-consent',
  'domestic-scheduled-payment',
  'domestic-standing-order-consent',
  'domestic-standing-order',
  'domestic-vrp-consent',
];

/**
 * Rewrites the event deliveries' resource type check with `change` applied to the types it
 * allows now (read from the catalogue, so another migration's additions are kept).
 */
async function changeEventResourceTypes(
  knex: Knex,
  change: (types: string[]) => string[],
): Promise<void> {
  const { rows } = await knex.raw<{ rows: { definition: string }[] }>(
    `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint
     WHERE conrelid = 'openbanking.event_deliveries'::regclass AND conname = 'event_deliveries_resource_type_check'`,
  );
  const allowed = [...(rows[0]?.definition ?? '').matchAll(/'([a-z-]+)'/g)].map((m) => m[1]!);
  if (allowed.length === 0) throw new Error('event_deliveries_resource_type_check not found');
  const types = [...new Set(change(allowed))];
  if (!types.every((type) => /^[a-z-]+$/.test(type))) throw new Error('unexpected resource type');
  await knex.raw(`ALTER TABLE openbanking.event_deliveries
    DROP CONSTRAINT event_deliveries_resource_type_check,
    ADD CONSTRAINT event_deliveries_resource_type_check CHECK (resource_type IN (${types.map((type) => `'${type}'`).join(', ')}))`);
}

export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE TABLE openbanking.payment_orders (
      id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$'),
      kind text NOT NULL CHECK (kind IN ${ORDER_KINDS}),
      consent_id text COLLATE "C" NOT NULL CONSTRAINT payment_orders_consent_id_key UNIQUE
        REFERENCES openbanking.consents (id),
      client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 512),
      status text NOT NULL CHECK (status IN ('InitiationPending', 'InitiationCompleted', 'InitiationFailed', 'Cancelled')),
      status_updated_at timestamptz NOT NULL DEFAULT now(),
      -- The Initiation as authorised and submitted: the schedule is computed from it.
      initiation jsonb NOT NULL CHECK (jsonb_typeof(initiation) = 'object'),
      debtor_account_id text COLLATE "C" NOT NULL REFERENCES ledger.accounts (id),
      -- The instalment to pay next (1 = the first) and when it is due; no due time once the
      -- order has made its last payment or stopped.
      next_instalment integer NOT NULL DEFAULT 1 CHECK (next_instalment >= 1),
      next_due_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT payment_orders_due CHECK (next_due_at IS NULL OR status IN ('InitiationPending', 'InitiationCompleted'))
    );
    CREATE INDEX payment_orders_client_id_idx ON openbanking.payment_orders (client_id);
    CREATE INDEX payment_orders_due_idx ON openbanking.payment_orders (next_due_at) WHERE next_due_at IS NOT NULL;

    ALTER TABLE openbanking.payments
      ADD COLUMN order_id text COLLATE "C" REFERENCES openbanking.payment_orders (id),
      ADD COLUMN execution_date date,
      ADD CONSTRAINT payments_order CHECK ((kind IN ${ORDER_KINDS}) = (order_id IS NOT NULL)
        AND (order_id IS NULL) = (execution_date IS NULL));
    CREATE UNIQUE INDEX payments_order_execution_key ON openbanking.payments (order_id, execution_date)
      WHERE order_id IS NOT NULL;
    DROP INDEX openbanking.payments_single_use_consent_key;
    CREATE UNIQUE INDEX payments_single_use_consent_key ON openbanking.payments (consent_id)
      WHERE kind IN ('domestic-payment', 'domestic-scheduled-payment');
  `);
  await changeEventResourceTypes(knex, (types) => [...types, ...EVENT_RESOURCE_TYPES]);
}

export async function down(knex: Knex): Promise<void> {
  await changeEventResourceTypes(knex, (types) =>
    types.filter((type) => !EVENT_RESOURCE_TYPES.includes(type)),
  );
  await knex.raw(String.raw`
    DROP INDEX openbanking.payments_single_use_consent_key;
    CREATE UNIQUE INDEX payments_single_use_consent_key ON openbanking.payments (consent_id)
      WHERE kind IN ('domestic-payment', 'domestic-scheduled-payment', 'domestic-standing-order');
    DROP INDEX openbanking.payments_order_execution_key;
    ALTER TABLE openbanking.payments
      DROP CONSTRAINT payments_order,
      DROP COLUMN execution_date,
      DROP COLUMN order_id;
    DROP TABLE openbanking.payment_orders;
  `);
}
