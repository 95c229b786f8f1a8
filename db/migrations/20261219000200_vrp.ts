import type { Knex } from 'knex';

/** The event resource types before VRP (20261210000100_event_outbox); VRP adds its consent and payment. */
const EVENT_RESOURCE_TYPES = `'account-access-consent', 'domestic-payment-consent', 'funds-confirmation-consent', 'domestic-payment'`;

/**
 * Domestic variable recurring payments (issue 17). A VRP consent keeps the control parameters the
 * customer approved (OBDomesticVRPControlParameters, as sent after validation); every payment on
 * it is checked against them. A VRP payment keeps its own Risk (each payment sends one); its
 * `initiation` column holds the payment's Instruction, which has the members settlement and the
 * pacs.008 read of any payment (InstructedAmount, CreditorAccount, the identifications,
 * RemittanceInformation). The period sums of a consent's payments read the partial index. Event
 * notifications name VRP consents and payments (domestic-vrp-consent, domestic-vrp).
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE openbanking.consents
      ADD COLUMN control_parameters jsonb CHECK (jsonb_typeof(control_parameters) = 'object'),
      ADD CONSTRAINT consents_control_parameters CHECK ((kind = 'domestic-vrp') = (control_parameters IS NOT NULL));
    ALTER TABLE openbanking.payments
      ADD COLUMN risk jsonb CHECK (jsonb_typeof(risk) = 'object'),
      ADD CONSTRAINT payments_vrp_risk CHECK (kind <> 'domestic-vrp' OR risk IS NOT NULL);
    CREATE INDEX payments_vrp_period_idx ON openbanking.payments (consent_id, created_at)
      WHERE kind = 'domestic-vrp' AND status <> 'Rejected';
    ALTER TABLE openbanking.event_deliveries
      DROP CONSTRAINT event_deliveries_resource_type_check,
      ADD CONSTRAINT event_deliveries_resource_type_check CHECK (resource_type IN (${EVENT_RESOURCE_TYPES}, 'domestic-vrp-consent', 'domestic-vrp'));
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE openbanking.event_deliveries
      DROP CONSTRAINT event_deliveries_resource_type_check,
      ADD CONSTRAINT event_deliveries_resource_type_check CHECK (resource_type IN (${EVENT_RESOURCE_TYPES}));
    DROP INDEX openbanking.payments_vrp_period_idx;
    ALTER TABLE openbanking.payments DROP CONSTRAINT payments_vrp_risk, DROP COLUMN risk;
    ALTER TABLE openbanking.consents DROP CONSTRAINT consents_control_parameters, DROP COLUMN control_parameters;
  `);
}
