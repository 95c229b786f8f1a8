import type { Knex } from 'knex';

/**
 * Open Banking resources (UK OB v3.1.11). Status columns allow exactly the values the API can
 * report for the resource's kind: an expired consent keeps its status and is recognised by
 * expires_at, as in the OB specification, which has no "Expired" status.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE SCHEMA openbanking;

    CREATE TABLE openbanking.consents (
      id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
      kind text NOT NULL CHECK (kind IN ('account-access', 'domestic-payment', 'funds-confirmation')),
      client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 512),
      status text NOT NULL,
      status_updated_at timestamptz NOT NULL DEFAULT now(),
      permissions text[],
      expires_at timestamptz,
      transaction_from timestamptz,
      transaction_to timestamptz,
      -- The request's own objects, kept as sent (after validation) so responses echo them exactly.
      initiation jsonb CHECK (jsonb_typeof(initiation) = 'object'),
      risk jsonb CHECK (jsonb_typeof(risk) = 'object'),
      authorisation jsonb CHECK (jsonb_typeof(authorisation) = 'object'),
      sca_support_data jsonb CHECK (jsonb_typeof(sca_support_data) = 'object'),
      read_refund_account text CHECK (read_refund_account IN ('Yes', 'No')),
      -- Funds confirmation: the DebtorAccount identification the TPP asked about.
      debtor_account jsonb CHECK (jsonb_typeof(debtor_account) = 'object'),
      -- Set at authorisation: who authorised, which accounts (AISP) or which account pays / is
      -- checked (PISP, CBPII), and the oidc-provider grant whose tokens die with the consent.
      customer_id text COLLATE "C" REFERENCES authz.customers (id),
      account_ids text[] COLLATE "C",
      debtor_account_id text COLLATE "C" REFERENCES ledger.accounts (id),
      grant_id text,
      created_at timestamptz NOT NULL DEFAULT now(),
      authorised_at timestamptz,
      CONSTRAINT consents_status CHECK (CASE kind
        WHEN 'domestic-payment' THEN status IN ('AwaitingAuthorisation', 'Authorised', 'Consumed', 'Rejected')
        ELSE status IN ('AwaitingAuthorisation', 'Authorised', 'Rejected', 'Revoked') END),
      CONSTRAINT consents_permissions CHECK ((kind = 'account-access') = (permissions IS NOT NULL)
        AND (permissions IS NULL OR cardinality(permissions) > 0)),
      CONSTRAINT consents_initiation CHECK ((kind = 'domestic-payment') = (initiation IS NOT NULL)
        AND (kind <> 'domestic-payment' OR risk IS NOT NULL)),
      CONSTRAINT consents_transaction_range CHECK (transaction_from IS NULL OR transaction_to IS NULL OR transaction_from <= transaction_to),
      CONSTRAINT consents_authorised CHECK (status NOT IN ('Authorised', 'Consumed') OR (
        customer_id IS NOT NULL AND authorised_at IS NOT NULL AND CASE kind
          WHEN 'account-access' THEN cardinality(account_ids) > 0
          ELSE debtor_account_id IS NOT NULL END))
    );
    CREATE INDEX consents_client_id_idx ON openbanking.consents (client_id);
    CREATE INDEX consents_customer_id_idx ON openbanking.consents (customer_id) WHERE customer_id IS NOT NULL;
    CREATE INDEX consents_grant_id_idx ON openbanking.consents (grant_id) WHERE grant_id IS NOT NULL;
    CREATE INDEX consents_expiry_idx ON openbanking.consents (expires_at)
      WHERE expires_at IS NOT NULL AND status IN ('AwaitingAuthorisation', 'Authorised');

    CREATE TABLE openbanking.payments (
      id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$'),
      consent_id text COLLATE "C" NOT NULL CONSTRAINT payments_consent_id_key UNIQUE REFERENCES openbanking.consents (id),
      client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 512),
      status text NOT NULL CHECK (status IN ('AcceptedCreditSettlementCompleted', 'AcceptedSettlementCompleted',
        'AcceptedSettlementInProcess', 'AcceptedWithoutPosting', 'Pending', 'Rejected')),
      status_updated_at timestamptz NOT NULL DEFAULT now(),
      initiation jsonb NOT NULL CHECK (jsonb_typeof(initiation) = 'object'),
      debtor_account_id text COLLATE "C" NOT NULL REFERENCES ledger.accounts (id),
      -- Customer -> outbound clearing, posted with the payment; clearing -> scheme settlement,
      -- posted by the settlement job (at most once: unique).
      ledger_transfer_id text COLLATE "C" UNIQUE REFERENCES ledger.transfers (id),
      settlement_transfer_id text COLLATE "C" UNIQUE REFERENCES ledger.transfers (id),
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT payments_posted CHECK (status NOT IN ('AcceptedSettlementInProcess', 'AcceptedSettlementCompleted',
        'AcceptedCreditSettlementCompleted') OR ledger_transfer_id IS NOT NULL),
      CONSTRAINT payments_settled CHECK (settlement_transfer_id IS NULL
        OR status IN ('AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted'))
    );
    CREATE INDEX payments_client_id_idx ON openbanking.payments (client_id);
    CREATE INDEX payments_unsettled_idx ON openbanking.payments (created_at) WHERE status = 'AcceptedSettlementInProcess';

    -- OB Event Notification API: at most one subscription per TPP.
    CREATE TABLE openbanking.event_subscriptions (
      id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$'),
      client_id text NOT NULL CONSTRAINT event_subscriptions_client_id_key UNIQUE CHECK (char_length(client_id) BETWEEN 1 AND 512),
      callback_url text CHECK (callback_url ~ '^https://' AND char_length(callback_url) <= 2048),
      version text NOT NULL CHECK (char_length(version) BETWEEN 1 AND 10),
      event_types text[] NOT NULL DEFAULT '{}',
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- One security event token per row: pushed to the subscription's callback with retries, or
    -- collected and acknowledged through the aggregated polling endpoint.
    CREATE TABLE openbanking.event_deliveries (
      -- The SET's jti.
      id text COLLATE "C" PRIMARY KEY CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$'),
      client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 512),
      subscription_id text COLLATE "C" REFERENCES openbanking.event_subscriptions (id) ON DELETE SET NULL,
      event_type text NOT NULL CHECK (event_type ~ '^urn:[a-z0-9:._-]+$'),
      -- The SET claims ("events", subject, txn, toe); signed when delivered, with the current key.
      claims jsonb NOT NULL CHECK (jsonb_typeof(claims) = 'object'),
      status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'delivered', 'failed')),
      attempts integer NOT NULL DEFAULT 0 CHECK (attempts >= 0),
      next_attempt_at timestamptz,
      last_attempt_at timestamptz,
      last_error text CHECK (char_length(last_error) <= 1000),
      delivered_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT event_deliveries_delivered CHECK ((status = 'delivered') = (delivered_at IS NOT NULL))
    );
    CREATE INDEX event_deliveries_client_pending_idx ON openbanking.event_deliveries (client_id, created_at) WHERE status = 'pending';
    CREATE INDEX event_deliveries_due_idx ON openbanking.event_deliveries (next_attempt_at) WHERE status = 'pending';
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP SCHEMA openbanking CASCADE');
}
