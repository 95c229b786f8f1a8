import type { Knex } from 'knex';

/**
 * Double-entry ledger. The database itself keeps the invariants, so that no code path (a bug, a
 * hand-written SQL fix, a future service) can break them:
 *
 * - an account's balance changes only together with one entry that records the change; entries
 *   form a gap-free chain per account (account_version 1, 2, 3, ...), each storing the balance
 *   after it, so balance_minor always equals the sum of the account's entries;
 * - every transfer has at least two entries that sum to zero per currency, checked at commit by a
 *   deferred constraint trigger (the entries are inserted after their transfer);
 * - an entry's currency is its account's currency (composite foreign key);
 * - entries can only be added in the transaction that created their transfer, and transfers and
 *   entries can never be updated or deleted: a mistake is corrected by a reversing transfer.
 *
 * Ids are ASCII and collated "C" so that "ascending id order", used to lock accounts without
 * deadlocks, is the same byte order in SQL and in JavaScript.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE SCHEMA ledger;

    CREATE TABLE ledger.accounts (
      id text COLLATE "C" PRIMARY KEY
        CONSTRAINT accounts_id_format CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
      kind text NOT NULL CHECK (kind IN ('customer', 'clearing', 'settlement', 'funding', 'suspense')),
      customer_id text COLLATE "C" REFERENCES authz.customers (id),
      currency char(3) NOT NULL CHECK (currency ~ '^[A-Z]{3}$'),
      name text NOT NULL CHECK (char_length(name) BETWEEN 1 AND 350),
      nickname text CHECK (char_length(nickname) BETWEEN 1 AND 70),
      account_type text CHECK (account_type IN ('Business', 'Personal')),
      account_subtype text CHECK (account_subtype IN
        ('ChargeCard', 'CreditCard', 'CurrentAccount', 'EMoney', 'Loan', 'Mortgage', 'PrePaidCard', 'Savings')),
      status text NOT NULL DEFAULT 'Enabled' CHECK (status IN ('Deleted', 'Disabled', 'Enabled', 'Pending', 'ProForma')),
      sort_code char(6) CHECK (sort_code ~ '^[0-9]{6}$'),
      account_number char(8) CHECK (account_number ~ '^[0-9]{8}$'),
      allow_negative_balance boolean NOT NULL,
      balance_minor bigint NOT NULL DEFAULT 0,
      version bigint NOT NULL DEFAULT 0 CHECK (version >= 0),
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CONSTRAINT accounts_id_currency_key UNIQUE (id, currency),
      CONSTRAINT accounts_identification_key UNIQUE (sort_code, account_number),
      CONSTRAINT accounts_identification_pair CHECK ((sort_code IS NULL) = (account_number IS NULL)),
      CONSTRAINT accounts_overdraft CHECK (allow_negative_balance OR balance_minor >= 0),
      CONSTRAINT accounts_customer_owned CHECK ((kind = 'customer') = (customer_id IS NOT NULL)),
      CONSTRAINT accounts_customer_details CHECK (kind <> 'customer' OR (
        account_type IS NOT NULL AND account_subtype IS NOT NULL AND sort_code IS NOT NULL))
    );
    CREATE INDEX accounts_customer_id_idx ON ledger.accounts (customer_id) WHERE customer_id IS NOT NULL;

    CREATE TABLE ledger.transfers (
      id text COLLATE "C" PRIMARY KEY
        CONSTRAINT transfers_id_format CHECK (id ~ '^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$'),
      kind text NOT NULL CHECK (kind IN ('opening-balance', 'card-payment', 'inbound-payment',
        'internal-transfer', 'domestic-payment', 'settlement', 'reversal')),
      reference text NOT NULL CHECK (char_length(reference) BETWEEN 1 AND 140),
      metadata jsonb NOT NULL DEFAULT '{}'
        CHECK (jsonb_typeof(metadata) = 'object' AND octet_length(metadata::text) <= 8192),
      -- The booking time; copied onto the transfer's entries.
      created_at timestamptz NOT NULL DEFAULT clock_timestamp(),
      -- Set by trigger: the writing transaction, so that entries can be added only by it.
      created_xid xid8 NOT NULL
    );

    CREATE TABLE ledger.entries (
      -- Never cache this sequence: per-account entry order must follow id order.
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
      transfer_id text COLLATE "C" NOT NULL REFERENCES ledger.transfers (id),
      account_id text COLLATE "C" NOT NULL,
      currency char(3) NOT NULL,
      amount_minor bigint NOT NULL CONSTRAINT entries_amount_nonzero CHECK (amount_minor <> 0),
      balance_after_minor bigint NOT NULL,
      account_version bigint NOT NULL CHECK (account_version > 0),
      created_at timestamptz NOT NULL,
      CONSTRAINT entries_account_currency_fkey FOREIGN KEY (account_id, currency) REFERENCES ledger.accounts (id, currency),
      CONSTRAINT entries_transfer_account_key UNIQUE (transfer_id, account_id),
      CONSTRAINT entries_account_version_key UNIQUE (account_id, account_version)
    );
    CREATE INDEX entries_account_booked_idx ON ledger.entries (account_id, created_at, id);

    CREATE FUNCTION ledger.accounts_guard() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF TG_OP = 'INSERT' THEN
        IF NEW.balance_minor <> 0 OR NEW.version <> 0 THEN
          RAISE EXCEPTION 'ledger: account % must open with balance 0 and version 0; money arrives only through entries', NEW.id
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NEW;
      END IF;
      IF NEW.id <> OLD.id OR NEW.currency <> OLD.currency OR NEW.kind <> OLD.kind THEN
        RAISE EXCEPTION 'ledger: id, currency and kind of account % are immutable', OLD.id
          USING ERRCODE = 'check_violation';
      END IF;
      IF NEW.balance_minor <> OLD.balance_minor OR NEW.version <> OLD.version THEN
        IF NEW.version <> OLD.version + 1 OR NOT EXISTS (
          SELECT 1 FROM ledger.entries e
          WHERE e.account_id = NEW.id AND e.account_version = NEW.version
            AND e.balance_after_minor = NEW.balance_minor
            AND e.amount_minor = NEW.balance_minor - OLD.balance_minor
        ) THEN
          RAISE EXCEPTION 'ledger: balance of account % changes only with its entry for version %', OLD.id, OLD.version + 1
            USING ERRCODE = 'check_violation';
        END IF;
      END IF;
      RETURN NEW;
    END $$;
    CREATE TRIGGER accounts_guard BEFORE INSERT OR UPDATE ON ledger.accounts
      FOR EACH ROW EXECUTE FUNCTION ledger.accounts_guard();

    CREATE FUNCTION ledger.transfers_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.created_xid := pg_current_xact_id();
      RETURN NEW;
    END $$;
    CREATE TRIGGER transfers_before_insert BEFORE INSERT ON ledger.transfers
      FOR EACH ROW EXECUTE FUNCTION ledger.transfers_before_insert();

    CREATE FUNCTION ledger.entries_before_insert() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      transfer_xid xid8;
      transfer_booked_at timestamptz;
      current_balance bigint;
      current_version bigint;
    BEGIN
      SELECT t.created_xid, t.created_at INTO transfer_xid, transfer_booked_at
      FROM ledger.transfers t WHERE t.id = NEW.transfer_id;
      IF transfer_xid IS DISTINCT FROM pg_current_xact_id() THEN
        RAISE EXCEPTION 'ledger: entries of transfer % can only be written by the transaction that created it', NEW.transfer_id
          USING ERRCODE = 'check_violation';
      END IF;
      SELECT a.balance_minor, a.version INTO current_balance, current_version
      FROM ledger.accounts a WHERE a.id = NEW.account_id
      FOR NO KEY UPDATE;
      IF NOT FOUND THEN
        RAISE EXCEPTION 'ledger: account % does not exist', NEW.account_id
          USING ERRCODE = 'foreign_key_violation';
      END IF;
      IF NEW.account_version <> current_version + 1 OR NEW.balance_after_minor <> current_balance + NEW.amount_minor THEN
        RAISE EXCEPTION 'ledger: entry for account % must be version % with balance after %',
          NEW.account_id, current_version + 1, current_balance + NEW.amount_minor
          USING ERRCODE = 'check_violation';
      END IF;
      NEW.created_at := transfer_booked_at;
      RETURN NEW;
    END $$;
    CREATE TRIGGER entries_before_insert BEFORE INSERT ON ledger.entries
      FOR EACH ROW EXECUTE FUNCTION ledger.entries_before_insert();

    CREATE FUNCTION ledger.transfers_check_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      entry_count bigint;
      unbalanced_currency text;
      stale_account text;
    BEGIN
      SELECT count(*) INTO entry_count FROM ledger.entries e WHERE e.transfer_id = NEW.id;
      IF entry_count < 2 THEN
        RAISE EXCEPTION 'ledger: transfer % has % entries; a transfer needs at least two', NEW.id, entry_count
          USING ERRCODE = 'check_violation';
      END IF;
      SELECT e.currency INTO unbalanced_currency
      FROM ledger.entries e WHERE e.transfer_id = NEW.id
      GROUP BY e.currency HAVING sum(e.amount_minor) <> 0
      LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'ledger: entries of transfer % do not sum to zero in %', NEW.id, unbalanced_currency
          USING ERRCODE = 'check_violation';
      END IF;
      SELECT e.account_id INTO stale_account
      FROM ledger.entries e JOIN ledger.accounts a ON a.id = e.account_id
      WHERE e.transfer_id = NEW.id AND a.version < e.account_version
      LIMIT 1;
      IF FOUND THEN
        RAISE EXCEPTION 'ledger: balance of account % was not updated for its entry in transfer %', stale_account, NEW.id
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER transfers_balanced AFTER INSERT ON ledger.transfers
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION ledger.transfers_check_balanced();

    CREATE FUNCTION ledger.reject_change() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'ledger: % is append-only (% refused); correct a mistake with a reversing transfer', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'integrity_constraint_violation';
    END $$;
    CREATE TRIGGER transfers_immutable BEFORE UPDATE OR DELETE ON ledger.transfers
      FOR EACH ROW EXECUTE FUNCTION ledger.reject_change();
    CREATE TRIGGER transfers_no_truncate BEFORE TRUNCATE ON ledger.transfers
      FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_change();
    CREATE TRIGGER entries_immutable BEFORE UPDATE OR DELETE ON ledger.entries
      FOR EACH ROW EXECUTE FUNCTION ledger.reject_change();
    CREATE TRIGGER entries_no_truncate BEFORE TRUNCATE ON ledger.entries
      FOR EACH STATEMENT EXECUTE FUNCTION ledger.reject_change();

    -- One row per (client, operation, key). A row is inserted "in-progress" and completed with
    -- the response in the same transaction as the work it guards (checked at commit), so a
    -- committed row always holds the response a retry gets back.
    CREATE TABLE ledger.idempotency_keys (
      client_id text NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 512),
      operation text NOT NULL CHECK (operation ~ '^[a-z][a-z0-9.-]{0,63}$'),
      key text NOT NULL CHECK (char_length(key) BETWEEN 1 AND 40),
      request_sha256 char(64) NOT NULL CHECK (request_sha256 ~ '^[0-9a-f]{64}$'),
      status text NOT NULL CHECK (status IN ('in-progress', 'completed')),
      response jsonb,
      created_at timestamptz NOT NULL DEFAULT now(),
      completed_at timestamptz,
      PRIMARY KEY (client_id, operation, key),
      CONSTRAINT idempotency_keys_completion CHECK ((status = 'completed') = (response IS NOT NULL AND completed_at IS NOT NULL))
    );
    CREATE INDEX idempotency_keys_created_at_idx ON ledger.idempotency_keys (created_at);

    CREATE FUNCTION ledger.idempotency_keys_check_completed() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      IF EXISTS (
        SELECT 1 FROM ledger.idempotency_keys k
        WHERE k.client_id = NEW.client_id AND k.operation = NEW.operation AND k.key = NEW.key
          AND k.status <> 'completed'
      ) THEN
        RAISE EXCEPTION 'ledger: idempotent operation % was begun but not completed in its transaction', NEW.operation
          USING ERRCODE = 'check_violation';
      END IF;
      RETURN NULL;
    END $$;
    CREATE CONSTRAINT TRIGGER idempotency_keys_completed AFTER INSERT OR UPDATE ON ledger.idempotency_keys
      DEFERRABLE INITIALLY DEFERRED
      FOR EACH ROW EXECUTE FUNCTION ledger.idempotency_keys_check_completed();
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP SCHEMA ledger CASCADE');
}
