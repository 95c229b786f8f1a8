import { randomUUID } from 'node:crypto';
import {
  AccountNotEnabledError,
  AccountNotFoundError,
  CurrencyMismatchError,
  DuplicateTransferError,
  InsufficientFundsError,
  InvalidTransferError,
  LedgerInvariantError,
  assert,
} from './errors.ts';
import type { JsonObject } from './json.ts';
import { currencyExponent } from './money.ts';
import { CLEARING_SUBACCOUNTS } from './system-accounts.ts';
import { ID_PATTERN, compareIds, inTransaction, query, toBigInt, type Db } from './sql.ts';
import type { Knex } from 'knex';

export const TRANSFER_KINDS = [
  'opening-balance',
  'card-payment',
  'inbound-payment',
  'internal-transfer',
  'domestic-payment',
  'settlement',
  'reversal',
] as const;
export type TransferKind = (typeof TRANSFER_KINDS)[number];

/**
 * Two legs for a payment, a few more for fees or splits, and a settlement that folds a currency's
 * clearing sub-accounts (CLEARING_SUBACCOUNTS of them) into its scheme account; never an unbounded
 * list under row locks.
 */
export const ENTRIES_PER_TRANSFER_MAX = CLEARING_SUBACCOUNTS + 1;
/**
 * Per entry. Balances are int8: even ENTRIES_PER_TRANSFER_MAX maximal amounts stay far from
 * overflow.
 */
export const AMOUNT_MINOR_MAX = 10n ** 17n;
/** OB RemittanceInformation.Unstructured is 140 characters; Reference is shorter. */
export const REFERENCE_LENGTH_MAX = 140;
/** Serialised JSON; the column's own CHECK allows for jsonb's wider text form. */
export const METADATA_BYTES_MAX = 4096;

export interface EntryInput {
  readonly accountId: string;
  /**
   * Stated by the caller and checked against the account, so a EUR amount never lands in a GBP
   * account.
   */
  readonly currency: string;
  /** Positive credits the account, negative debits it. */
  readonly amountMinor: bigint;
}

export interface TransferInput {
  readonly kind: TransferKind;
  readonly reference: string;
  readonly entries: readonly EntryInput[];
  /** Shown with the entries, e.g. `{ counterparty: { name } }`. */
  readonly metadata?: JsonObject;
  /** Default: a random UUID. A caller-derived id makes a second posting of the same thing fail. */
  readonly transferId?: string;
  /**
   * Default: the database clock, read after the accounts are locked, so each account's entries are
   * in booking order. Set only to load history; it may not lie in the future, nor before the latest
   * entry of any account involved.
   */
  readonly bookedAt?: Date;
}

export interface PostedEntry {
  readonly entryId: bigint;
  readonly accountId: string;
  readonly currency: string;
  readonly amountMinor: bigint;
  readonly balanceAfterMinor: bigint;
  readonly accountVersion: bigint;
}

export interface PostedTransfer {
  readonly transferId: string;
  readonly kind: TransferKind;
  readonly reference: string;
  readonly bookedAt: Date;
  /** In the order of the input entries. */
  readonly entries: readonly PostedEntry[];
}

interface ValidTransfer {
  readonly transferId: string;
  readonly kind: TransferKind;
  readonly reference: string;
  readonly metadataJson: string;
  readonly entries: readonly EntryInput[];
  readonly bookedAt: Date | undefined;
}

/**
 * Posts one balanced transfer: locks the accounts in ascending id order, refuses to take from an
 * account that is not enabled or that may not go negative below zero, writes the transfer and its
 * entries (each with the balance after it) and moves the balances. Runs inside `db` when it is a
 * transaction, so that the caller's other writes (idempotency row, payment, consent) commit or roll
 * back with it. Throws before writing anything on invalid input, unknown accounts, currency
 * mismatch or insufficient funds; the database rejects at commit anything that slipped through.
 */
export async function postTransfer(db: Db, input: TransferInput): Promise<PostedTransfer> {
  const transfer = validateTransfer(input);
  return inTransaction(db, (trx) => post(trx, transfer));
}

/**
 * The whole posting in one statement, one round trip, so the accounts stay locked for as short a
 * time as the database allows. Each step feeds the next, which orders them: the accounts are
 * locked in id order (`locked`), the plan computed from the locked rows (`planned`), and only if
 * every check passes (`verdict`) are the transfer, then its entries, then the balances written.
 * Otherwise nothing is written and the rows say why. The ledger's triggers check every entry and
 * balance update as they would for separate statements (their queries see what this statement
 * wrote before them), and the balanced-transfer check runs at commit.
 */
const POST_TRANSFER = `
  WITH params AS (
    SELECT ?::timestamptz AS booked_at
  ), input AS (
    SELECT * FROM unnest(?::text[], ?::text[], ?::bigint[]) WITH ORDINALITY AS v(account_id, currency, amount_minor, position)
  ), locked AS (
    SELECT id, currency, status, allow_negative_balance, balance_minor, version
    FROM ledger.accounts WHERE id = ANY(?::text[])
    ORDER BY id
    FOR NO KEY UPDATE
  ), planned AS (
    SELECT v.position, v.account_id, v.currency, v.amount_minor, l.currency AS account_currency, l.status AS account_status,
           -- Money leaves only an enabled account; a disabled one may still be credited (a refund).
           l.status = 'Enabled' OR v.amount_minor >= 0 AS enabled_ok,
           l.balance_minor + v.amount_minor AS balance_after_minor, l.version + 1 AS account_version,
           l.allow_negative_balance OR l.balance_minor + v.amount_minor >= 0 AS funds_ok,
           -- Only history loads name a booking time: it may not precede the account's latest entry.
           -- That entry may be newer than this statement's snapshot (it waited for the lock): then
           -- it is not seen, and the load is refused rather than judged blind.
           CASE WHEN params.booked_at IS NULL THEN true
                ELSE coalesce((SELECT e.created_at <= params.booked_at FROM ledger.entries e
                               WHERE e.account_id = l.id AND e.account_version = l.version), l.version = 0) END AS after_latest
    FROM input v JOIN locked l ON l.id = v.account_id CROSS JOIN params
  ), verdict AS (
    SELECT count(*) = ? AND coalesce(bool_and(account_currency = currency AND enabled_ok AND funds_ok AND after_latest), false)
             AND coalesce(params.booked_at <= clock_timestamp(), true) AS ok,
           coalesce(params.booked_at <= clock_timestamp(), true) AS not_future
    FROM planned CROSS JOIN params GROUP BY params.booked_at
  ), transfer AS (
    INSERT INTO ledger.transfers (id, kind, reference, metadata, created_at)
    SELECT ?, ?, ?, ?::jsonb, coalesce(params.booked_at, clock_timestamp()) FROM verdict CROSS JOIN params WHERE verdict.ok
    ON CONFLICT (id) DO NOTHING
    RETURNING id, created_at
  ), entries AS (
    INSERT INTO ledger.entries (transfer_id, account_id, currency, amount_minor, balance_after_minor, account_version)
    SELECT t.id, p.account_id, p.currency, p.amount_minor, p.balance_after_minor, p.account_version
    FROM transfer t CROSS JOIN planned p
    ORDER BY p.position
    RETURNING id, account_id, currency, amount_minor, balance_after_minor, account_version
  ), moved AS (
    UPDATE ledger.accounts a
    SET balance_minor = e.balance_after_minor, version = e.account_version, updated_at = clock_timestamp()
    FROM entries e
    -- Not also "AND a.version = ...": this statement's snapshot may predate the version locked
    -- above, and an UPDATE never rechecks rows its snapshot excludes. accounts_guard refuses any
    -- version but the next one, and the result is checked against the plan.
    WHERE a.id = e.account_id
    RETURNING a.id, a.balance_minor, a.version
  )
  SELECT p.account_id, p.account_currency, p.account_status, p.enabled_ok, p.funds_ok, p.after_latest,
         (SELECT ok FROM verdict) AS ok, (SELECT not_future FROM verdict) AS not_future,
         (SELECT created_at FROM transfer) AS booked_at,
         e.id AS entry_id, e.currency AS entry_currency, e.amount_minor AS entry_amount_minor,
         e.balance_after_minor AS entry_balance_after_minor, e.account_version AS entry_account_version,
         m.balance_minor AS moved_balance_minor, m.version AS moved_version
  FROM planned p
  LEFT JOIN entries e ON e.account_id = p.account_id
  LEFT JOIN moved m ON m.id = p.account_id
  ORDER BY p.position`;

interface PostingRow {
  account_id: string;
  account_currency: string;
  account_status: string;
  enabled_ok: boolean;
  funds_ok: boolean;
  after_latest: boolean;
  ok: boolean;
  not_future: boolean;
  booked_at: Date | null;
  entry_id: unknown;
  entry_currency: string | null;
  entry_amount_minor: unknown;
  entry_balance_after_minor: unknown;
  entry_account_version: unknown;
  moved_balance_minor: unknown;
  moved_version: unknown;
}

async function post(trx: Knex.Transaction, transfer: ValidTransfer): Promise<PostedTransfer> {
  const { entries } = transfer;
  const rows = await query<PostingRow>(
    trx,
    POST_TRANSFER,
    [
      transfer.bookedAt ?? null,
      entries.map((entry) => entry.accountId),
      entries.map((entry) => entry.currency),
      entries.map((entry) => entry.amountMinor.toString()),
      entries.map((entry) => entry.accountId).sort(compareIds),
      entries.length,
      transfer.transferId,
      transfer.kind,
      transfer.reference,
      transfer.metadataJson,
    ],
    'ledger.post-transfer',
  );
  const bookedAt = rows[0]?.ok ? rows[0].booked_at : refusal(transfer, rows);
  if (!bookedAt) throw new DuplicateTransferError(transfer.transferId);

  // Postconditions: what was written is exactly what was planned, and the balances moved to it.
  assert(
    rows.length === entries.length,
    `transfer ${transfer.transferId}: ${rows.length} accounts planned, ${entries.length} entries asked for`,
  );
  const posted = rows.map((row, index): PostedEntry => {
    const entry = entries[index]!;
    assert(
      row.account_id === entry.accountId && row.entry_id !== null,
      `transfer ${transfer.transferId}: account ${entry.accountId} not written`,
    );
    const written: PostedEntry = {
      entryId: toBigInt(row.entry_id, 'entries.id'),
      accountId: row.account_id,
      currency: row.entry_currency ?? '',
      amountMinor: toBigInt(row.entry_amount_minor, 'amount_minor'),
      balanceAfterMinor: toBigInt(row.entry_balance_after_minor, 'balance_after_minor'),
      accountVersion: toBigInt(row.entry_account_version, 'account_version'),
    };
    assert(
      written.currency === entry.currency && written.amountMinor === entry.amountMinor,
      `transfer ${transfer.transferId}: entry for ${entry.accountId} differs from the plan`,
    );
    assert(
      row.moved_balance_minor !== null &&
        toBigInt(row.moved_balance_minor, 'balance_minor') === written.balanceAfterMinor &&
        toBigInt(row.moved_version, 'version') === written.accountVersion,
      `transfer ${transfer.transferId}: account ${entry.accountId} did not move to its planned balance`,
    );
    return written;
  });
  assertBalanced(posted, transfer.transferId);
  return {
    transferId: transfer.transferId,
    kind: transfer.kind,
    reference: transfer.reference,
    bookedAt,
    entries: posted,
  };
}

/** Why the posting statement wrote nothing, as the error for the first problem in entry order. */
function refusal(transfer: ValidTransfer, rows: readonly PostingRow[]): never {
  const found = new Map(rows.map((row) => [row.account_id, row]));
  const missing = transfer.entries.map((entry) => entry.accountId).filter((id) => !found.has(id));
  if (missing.length > 0) throw new AccountNotFoundError(missing.sort(compareIds));
  for (const entry of transfer.entries) {
    const account = found.get(entry.accountId)!;
    if (account.account_currency !== entry.currency)
      throw new CurrencyMismatchError(entry.accountId, account.account_currency, entry.currency);
    if (!account.enabled_ok)
      throw new AccountNotEnabledError(entry.accountId, account.account_status);
    if (!account.funds_ok) throw new InsufficientFundsError(entry.accountId);
  }
  if (!rows[0]!.not_future)
    throw new InvalidTransferError('booked-at', 'bookedAt lies in the future');
  if (rows.some((row) => !row.after_latest))
    throw new InvalidTransferError(
      'booked-at',
      'bookedAt precedes the latest entry of an account in the transfer',
    );
  throw new LedgerInvariantError(`transfer ${transfer.transferId}: refused without a reason`);
}

function validateTransfer(input: TransferInput): ValidTransfer {
  if (!(TRANSFER_KINDS as readonly string[]).includes(input.kind)) {
    throw new InvalidTransferError(
      'kind',
      `transfer kind must be one of ${TRANSFER_KINDS.join(', ')}`,
    );
  }
  if (
    typeof input.reference !== 'string' ||
    input.reference.trim() === '' ||
    [...input.reference].length > REFERENCE_LENGTH_MAX
  ) {
    throw new InvalidTransferError(
      'reference',
      `reference must be 1 to ${REFERENCE_LENGTH_MAX} characters`,
    );
  }
  const count = input.entries.length;
  if (count < 2 || count > ENTRIES_PER_TRANSFER_MAX) {
    throw new InvalidTransferError(
      'entry-count',
      `a transfer has 2 to ${ENTRIES_PER_TRANSFER_MAX} entries, got ${count}`,
    );
  }
  const accountIds = new Set<string>();
  const sums = new Map<string, bigint>();
  for (const entry of input.entries) {
    if (typeof entry.accountId !== 'string' || !ID_PATTERN.test(entry.accountId)) {
      throw new InvalidTransferError('account-id', `account id must match ${ID_PATTERN}`);
    }
    if (accountIds.has(entry.accountId)) {
      throw new InvalidTransferError(
        'duplicate-account',
        `account ${entry.accountId} appears twice; net its entries into one`,
      );
    }
    accountIds.add(entry.accountId);
    currencyExponent(entry.currency);
    const amount = entry.amountMinor;
    if (
      typeof amount !== 'bigint' ||
      amount === 0n ||
      amount > AMOUNT_MINOR_MAX ||
      amount < -AMOUNT_MINOR_MAX
    ) {
      throw new InvalidTransferError(
        'amount',
        `each entry's amountMinor is a nonzero bigint within ±${AMOUNT_MINOR_MAX}`,
      );
    }
    sums.set(entry.currency, (sums.get(entry.currency) ?? 0n) + amount);
  }
  for (const [currency, sum] of sums) {
    if (sum !== 0n)
      throw new InvalidTransferError(
        'unbalanced',
        `entries sum to ${sum} minor units of ${currency}, not zero`,
      );
  }

  const metadata = input.metadata ?? {};
  if (typeof metadata !== 'object' || metadata === null || Array.isArray(metadata)) {
    throw new InvalidTransferError('metadata', 'metadata must be a JSON object');
  }
  const metadataJson = JSON.stringify(metadata);
  if (Buffer.byteLength(metadataJson) > METADATA_BYTES_MAX) {
    throw new InvalidTransferError('metadata', `metadata exceeds ${METADATA_BYTES_MAX} bytes`);
  }

  const transferId = input.transferId ?? randomUUID();
  if (typeof transferId !== 'string' || !ID_PATTERN.test(transferId)) {
    throw new InvalidTransferError('transfer-id', `transfer id must match ${ID_PATTERN}`);
  }
  if (
    input.bookedAt !== undefined &&
    !(input.bookedAt instanceof Date && Number.isFinite(input.bookedAt.getTime()))
  ) {
    throw new InvalidTransferError('booked-at', 'bookedAt must be a valid Date');
  }

  return {
    transferId,
    kind: input.kind,
    reference: input.reference,
    metadataJson,
    entries: input.entries,
    bookedAt: input.bookedAt,
  };
}

function assertBalanced(entries: readonly PostedEntry[], transferId: string): void {
  const sums = new Map<string, bigint>();
  for (const entry of entries)
    sums.set(entry.currency, (sums.get(entry.currency) ?? 0n) + entry.amountMinor);
  for (const [currency, sum] of sums)
    assert(sum === 0n, `transfer ${transferId} posted unbalanced in ${currency}`);
}
