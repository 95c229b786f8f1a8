import { randomUUID } from 'node:crypto';
import {
  AccountNotFoundError,
  CurrencyMismatchError,
  DuplicateTransferError,
  InsufficientFundsError,
  InvalidTransferError,
  assert,
} from './errors.ts';
import type { JsonObject } from './json.ts';
import { currencyExponent } from './money.ts';
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

/** Two legs for a payment, a few more for fees or splits; never an unbounded list under row locks. */
export const ENTRIES_PER_TRANSFER_MAX = 8;
/** Per entry. Balances are int8: even ENTRIES_PER_TRANSFER_MAX maximal amounts stay far from overflow. */
export const AMOUNT_MINOR_MAX = 10n ** 17n;
/** OB RemittanceInformation.Unstructured is 140 characters; Reference is shorter. */
export const REFERENCE_LENGTH_MAX = 140;
/** Serialised JSON; the column's own CHECK allows for jsonb's wider text form. */
export const METADATA_BYTES_MAX = 4096;

export interface EntryInput {
  readonly accountId: string;
  /** Stated by the caller and checked against the account, so a EUR amount never lands in a GBP account. */
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

interface PlannedEntry extends EntryInput {
  readonly balanceAfterMinor: bigint;
  readonly accountVersion: bigint;
}

/**
 * Posts one balanced transfer: locks the accounts in ascending id order, refuses to take an
 * account that may not go negative below zero, writes the transfer and its entries (each with the
 * balance after it) and moves the balances. Runs inside `db` when it is a transaction, so that the
 * caller's other writes (idempotency row, payment, consent) commit or roll back with it.
 * Throws before writing anything on invalid input, unknown accounts, currency mismatch or
 * insufficient funds; the database rejects at commit anything that slipped through.
 */
export async function postTransfer(db: Db, input: TransferInput): Promise<PostedTransfer> {
  const transfer = validateTransfer(input);
  return inTransaction(db, (trx) => post(trx, transfer));
}

async function post(trx: Knex.Transaction, transfer: ValidTransfer): Promise<PostedTransfer> {
  const planned = await lockAndPlan(trx, transfer.entries);
  if (transfer.bookedAt) await assertBookable(trx, transfer.bookedAt, planned);

  const [inserted] = await query<{ created_at: Date }>(
    trx,
    `INSERT INTO ledger.transfers (id, kind, reference, metadata, created_at)
     VALUES (?, ?, ?, ?::jsonb, coalesce(?::timestamptz, clock_timestamp()))
     ON CONFLICT (id) DO NOTHING
     RETURNING created_at`,
    [transfer.transferId, transfer.kind, transfer.reference, transfer.metadataJson, transfer.bookedAt ?? null],
  );
  if (!inserted) throw new DuplicateTransferError(transfer.transferId);

  const entryRows = await query<{
    id: unknown;
    account_id: string;
    currency: string;
    amount_minor: unknown;
    balance_after_minor: unknown;
    account_version: unknown;
  }>(
    trx,
    `INSERT INTO ledger.entries (transfer_id, account_id, currency, amount_minor, balance_after_minor, account_version)
     SELECT ?, v.account_id, v.currency, v.amount_minor, v.balance_after_minor, v.account_version
     FROM unnest(?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[])
       WITH ORDINALITY AS v(account_id, currency, amount_minor, balance_after_minor, account_version, position)
     ORDER BY v.position
     RETURNING id, account_id, currency, amount_minor, balance_after_minor, account_version`,
    [
      transfer.transferId,
      planned.map((entry) => entry.accountId),
      planned.map((entry) => entry.currency),
      planned.map((entry) => entry.amountMinor.toString()),
      planned.map((entry) => entry.balanceAfterMinor.toString()),
      planned.map((entry) => entry.accountVersion.toString()),
    ],
  );

  const accountRows = await query<{ id: string; balance_minor: unknown; version: unknown }>(
    trx,
    `UPDATE ledger.accounts a
     SET balance_minor = v.balance_after_minor, version = v.account_version, updated_at = clock_timestamp()
     FROM unnest(?::text[], ?::bigint[], ?::bigint[]) AS v(id, balance_after_minor, account_version)
     WHERE a.id = v.id AND a.version = v.account_version - 1
     RETURNING a.id, a.balance_minor, a.version`,
    [
      planned.map((entry) => entry.accountId),
      planned.map((entry) => entry.balanceAfterMinor.toString()),
      planned.map((entry) => entry.accountVersion.toString()),
    ],
  );

  // Postconditions: what was written is exactly what was planned.
  assert(entryRows.length === planned.length, `transfer ${transfer.transferId}: ${entryRows.length} entries written, ${planned.length} planned`);
  assert(accountRows.length === planned.length, `transfer ${transfer.transferId}: ${accountRows.length} accounts moved, ${planned.length} planned`);
  const writtenEntries = new Map(entryRows.map((row) => [row.account_id, row]));
  const movedAccounts = new Map(accountRows.map((row) => [row.id, row]));
  const entries = planned.map((entry): PostedEntry => {
    const row = writtenEntries.get(entry.accountId);
    const account = movedAccounts.get(entry.accountId);
    assert(row && account, `transfer ${transfer.transferId}: account ${entry.accountId} not written`);
    const posted: PostedEntry = {
      entryId: toBigInt(row.id, 'entries.id'),
      accountId: row.account_id,
      currency: row.currency,
      amountMinor: toBigInt(row.amount_minor, 'amount_minor'),
      balanceAfterMinor: toBigInt(row.balance_after_minor, 'balance_after_minor'),
      accountVersion: toBigInt(row.account_version, 'account_version'),
    };
    assert(
      posted.currency === entry.currency &&
        posted.amountMinor === entry.amountMinor &&
        posted.balanceAfterMinor === entry.balanceAfterMinor &&
        posted.accountVersion === entry.accountVersion,
      `transfer ${transfer.transferId}: entry for ${entry.accountId} differs from the plan`,
    );
    assert(
      toBigInt(account.balance_minor, 'balance_minor') === entry.balanceAfterMinor &&
        toBigInt(account.version, 'version') === entry.accountVersion,
      `transfer ${transfer.transferId}: account ${entry.accountId} did not move to its planned balance`,
    );
    return posted;
  });
  assertBalanced(entries, transfer.transferId);

  return {
    transferId: transfer.transferId,
    kind: transfer.kind,
    reference: transfer.reference,
    bookedAt: inserted.created_at,
    entries,
  };
}

/**
 * Locks every account of the transfer, in ascending id order in one statement: the lock rows are
 * taken as the sorted rows stream out, so all writers queue in the same order and cannot deadlock.
 * NO KEY UPDATE is enough (key columns never change) and does not block foreign-key checks.
 */
async function lockAndPlan(trx: Knex.Transaction, entries: readonly EntryInput[]): Promise<PlannedEntry[]> {
  const accountIds = entries.map((entry) => entry.accountId).sort(compareIds);
  const locked = await query<{
    id: string;
    currency: string;
    allow_negative_balance: boolean;
    balance_minor: unknown;
    version: unknown;
  }>(
    trx,
    `SELECT id, currency, allow_negative_balance, balance_minor, version
     FROM ledger.accounts WHERE id = ANY(?::text[])
     ORDER BY id
     FOR NO KEY UPDATE`,
    [accountIds],
  );
  const accounts = new Map(locked.map((row) => [row.id, row]));
  const missing = accountIds.filter((id) => !accounts.has(id));
  if (missing.length > 0) throw new AccountNotFoundError(missing);
  assert(locked.length === accountIds.length, 'locked more accounts than requested');

  return entries.map((entry): PlannedEntry => {
    const account = accounts.get(entry.accountId);
    assert(account, `account ${entry.accountId} not locked`);
    if (account.currency !== entry.currency) {
      throw new CurrencyMismatchError(entry.accountId, account.currency, entry.currency);
    }
    const balanceAfterMinor = toBigInt(account.balance_minor, 'balance_minor') + entry.amountMinor;
    if (!account.allow_negative_balance && balanceAfterMinor < 0n) {
      throw new InsufficientFundsError(entry.accountId);
    }
    return { ...entry, balanceAfterMinor, accountVersion: toBigInt(account.version, 'version') + 1n };
  });
}

async function assertBookable(trx: Knex.Transaction, bookedAt: Date, planned: readonly PlannedEntry[]): Promise<void> {
  const [check] = await query<{ not_future: boolean; after_latest: boolean }>(
    trx,
    `SELECT ?::timestamptz <= clock_timestamp() AS not_future,
            coalesce(bool_and(e.created_at <= ?::timestamptz), true) AS after_latest
     FROM ledger.entries e
     JOIN unnest(?::text[], ?::bigint[]) AS v(account_id, account_version)
       ON e.account_id = v.account_id AND e.account_version = v.account_version`,
    [
      bookedAt,
      bookedAt,
      planned.map((entry) => entry.accountId),
      planned.map((entry) => (entry.accountVersion - 1n).toString()),
    ],
  );
  assert(check, 'booking time check returned no row');
  if (!check.not_future) throw new InvalidTransferError('booked-at', 'bookedAt lies in the future');
  if (!check.after_latest) {
    throw new InvalidTransferError('booked-at', 'bookedAt precedes the latest entry of an account in the transfer');
  }
}

function validateTransfer(input: TransferInput): ValidTransfer {
  if (!(TRANSFER_KINDS as readonly string[]).includes(input.kind)) {
    throw new InvalidTransferError('kind', `transfer kind must be one of ${TRANSFER_KINDS.join(', ')}`);
  }
  if (typeof input.reference !== 'string' || input.reference.trim() === '' || [...input.reference].length > REFERENCE_LENGTH_MAX) {
    throw new InvalidTransferError('reference', `reference must be 1 to ${REFERENCE_LENGTH_MAX} characters`);
  }
  const count = input.entries.length;
  if (count < 2 || count > ENTRIES_PER_TRANSFER_MAX) {
    throw new InvalidTransferError('entry-count', `a transfer has 2 to ${ENTRIES_PER_TRANSFER_MAX} entries, got ${count}`);
  }
  const accountIds = new Set<string>();
  const sums = new Map<string, bigint>();
  for (const entry of input.entries) {
    if (typeof entry.accountId !== 'string' || !ID_PATTERN.test(entry.accountId)) {
      throw new InvalidTransferError('account-id', `account id must match ${ID_PATTERN}`);
    }
    if (accountIds.has(entry.accountId)) {
      throw new InvalidTransferError('duplicate-account', `account ${entry.accountId} appears twice; net its entries into one`);
    }
    accountIds.add(entry.accountId);
    currencyExponent(entry.currency);
    const amount = entry.amountMinor;
    if (typeof amount !== 'bigint' || amount === 0n || amount > AMOUNT_MINOR_MAX || amount < -AMOUNT_MINOR_MAX) {
      throw new InvalidTransferError('amount', `each entry's amountMinor is a nonzero bigint within ±${AMOUNT_MINOR_MAX}`);
    }
    sums.set(entry.currency, (sums.get(entry.currency) ?? 0n) + amount);
  }
  for (const [currency, sum] of sums) {
    if (sum !== 0n) throw new InvalidTransferError('unbalanced', `entries sum to ${sum} minor units of ${currency}, not zero`);
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
  if (input.bookedAt !== undefined && !(input.bookedAt instanceof Date && Number.isFinite(input.bookedAt.getTime()))) {
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
  for (const entry of entries) sums.set(entry.currency, (sums.get(entry.currency) ?? 0n) + entry.amountMinor);
  for (const [currency, sum] of sums) assert(sum === 0n, `transfer ${transferId} posted unbalanced in ${currency}`);
}
