import type { Knex } from 'knex';

/**
 * Domestic variable recurring payments (issue 17). A VRP consent keeps the control parameters the
 * customer approved (OBDomesticVRPControlParameters, as sent after validation); every payment on
 * it is checked against them. A VRP payment keeps its own Risk (each payment sends one); its
 * `initiation` column holds the payment's Instruction, which has the members settlement and the
 * pacs.008 read of any payment (InstructedAmount, CreditorAccount, the identifications,
 * RemittanceInformation). The period sums of a consent's payments read the partial index.
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
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    DROP INDEX openbanking.payments_vrp_period_idx;
    ALTER TABLE openbanking.payments DROP CONSTRAINT payments_vrp_risk, DROP COLUMN risk;
    ALTER TABLE openbanking.consents DROP CONSTRAINT consents_control_parameters, DROP COLUMN control_parameters;
  `);
}
