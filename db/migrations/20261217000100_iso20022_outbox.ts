import type { Knex } from 'knex';

/**
 * ISO 20022 messages out of the ledger (iso20022/): each settlement batch's pacs.008 waits in
 * iso20022.messages until the operator collects it, with one row per payment it carries, whose
 * status the scheme's pacs.002 reports set. A payment the scheme rejects after settlement gets its
 * money back by a reversal transfer and becomes Rejected, keeping its settlement transfer as
 * history: payments_settled allows that one combination.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE SCHEMA iso20022;

    CREATE TABLE iso20022.messages (
      -- GrpHdr/MsgId (Max35Text).
      id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,34}$'),
      message_name text NOT NULL CHECK (message_name IN ('pacs.008.001.09')),
      -- The settlement transfer whose payments it carries: one message per batch, at most.
      settlement_transfer_id text COLLATE "C" NOT NULL CONSTRAINT messages_settlement_transfer_id_key UNIQUE REFERENCES ledger.transfers (id),
      currency char(3) NOT NULL,
      transactions integer NOT NULL CHECK (transactions > 0),
      control_sum_minor bigint NOT NULL CHECK (control_sum_minor > 0),
      xml text NOT NULL,
      status text NOT NULL DEFAULT 'ready' CHECK (status IN ('ready', 'collected')),
      created_at timestamptz NOT NULL,
      collected_at timestamptz,
      CONSTRAINT messages_collected CHECK ((status = 'collected') = (collected_at IS NOT NULL))
    );
    CREATE INDEX messages_ready_idx ON iso20022.messages (created_at) WHERE status = 'ready';

    CREATE TABLE iso20022.message_transactions (
      message_id text COLLATE "C" NOT NULL REFERENCES iso20022.messages (id),
      payment_id text COLLATE "C" NOT NULL CONSTRAINT message_transactions_payment_id_key UNIQUE REFERENCES openbanking.payments (id),
      tx_id text NOT NULL,
      end_to_end_id text NOT NULL,
      instruction_id text NOT NULL,
      amount_minor bigint NOT NULL CHECK (amount_minor > 0),
      -- The latest ISO 20022 transaction status a report gave (ExternalPaymentTransactionStatus1Code).
      status text CHECK (status ~ '^[A-Z]{4}$'),
      reason_code text CHECK (reason_code ~ '^[A-Za-z0-9]{1,35}$'),
      status_report_id text,
      reported_at timestamptz,
      PRIMARY KEY (message_id, payment_id),
      CONSTRAINT message_transactions_tx_id_key UNIQUE (message_id, tx_id)
    );

    -- Reports applied, by their own MsgId: feeding one twice changes nothing the second time.
    CREATE TABLE iso20022.status_reports (
      id text PRIMARY KEY CHECK (char_length(id) BETWEEN 1 AND 35),
      message_name text NOT NULL CHECK (message_name IN ('pacs.002.001.11')),
      original_message_id text COLLATE "C" NOT NULL REFERENCES iso20022.messages (id),
      xml text NOT NULL,
      received_at timestamptz NOT NULL DEFAULT now()
    );

    ALTER TABLE openbanking.payments
      ADD COLUMN reversal_transfer_id text COLLATE "C" CONSTRAINT payments_reversal_transfer_id_key UNIQUE REFERENCES ledger.transfers (id),
      ADD CONSTRAINT payments_reversed CHECK (reversal_transfer_id IS NULL OR status = 'Rejected'),
      DROP CONSTRAINT payments_settled,
      ADD CONSTRAINT payments_settled CHECK (settlement_transfer_id IS NULL
        OR status IN ('AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted')
        OR (status = 'Rejected' AND reversal_transfer_id IS NOT NULL));
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(`
    ALTER TABLE openbanking.payments
      DROP CONSTRAINT payments_settled,
      ADD CONSTRAINT payments_settled CHECK (settlement_transfer_id IS NULL
        OR status IN ('AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted')),
      DROP CONSTRAINT payments_reversed,
      DROP COLUMN reversal_transfer_id;
    DROP SCHEMA iso20022 CASCADE;
  `);
}
