import { assert } from './errors.ts';
import type { JsonObject } from './json.ts';
import type { TransferKind } from './postings.ts';
import { query, toBigInt, type Db } from './sql.ts';

export const ENTRIES_PAGE_SIZE_MAX = 500;

export interface AccountEntry {
  readonly entryId: bigint;
  readonly transferId: string;
  readonly kind: TransferKind;
  readonly reference: string;
  readonly metadata: JsonObject;
  readonly accountId: string;
  readonly currency: string;
  /** Positive: credit to the account; negative: debit. */
  readonly amountMinor: bigint;
  readonly balanceAfterMinor: bigint;
  /** The entry's place in the account's history (1, 2, 3, ...): the paging cursor. */
  readonly accountVersion: bigint;
  readonly bookedAt: Date;
}

export interface EntryQuery {
  readonly accountId: string;
  /** Inclusive. */
  readonly bookedFrom?: Date;
  /** Inclusive. */
  readonly bookedTo?: Date;
  /** Continue after this accountVersion (the previous page's `nextAfterVersion`). */
  readonly afterVersion?: bigint;
  readonly limit: number;
}

export interface EntryPage {
  readonly entries: readonly AccountEntry[];
  /** Set when more entries match: pass it back as `afterVersion`. */
  readonly nextAfterVersion?: bigint;
}

/**
 * An account's entries in booking order. Booking order is version order: postings lock the account
 * and book at the database clock (or a checked history time), so paging by version is stable
 * even while new entries arrive.
 */
export async function listAccountEntries(db: Db, request: EntryQuery): Promise<EntryPage> {
  assert(
    Number.isSafeInteger(request.limit) &&
      request.limit >= 1 &&
      request.limit <= ENTRIES_PAGE_SIZE_MAX,
    `page size must be 1 to ${ENTRIES_PAGE_SIZE_MAX}`,
  );
  const rows = await query<{
    id: unknown;
    transfer_id: string;
    kind: TransferKind;
    reference: string;
    metadata: JsonObject;
    account_id: string;
    currency: string;
    amount_minor: unknown;
    balance_after_minor: unknown;
    account_version: unknown;
    created_at: Date;
  }>(
    db,
    `SELECT e.id, e.transfer_id, t.kind, t.reference, t.metadata, e.account_id, e.currency, e.amount_minor,
            e.balance_after_minor, e.account_version, e.created_at
     FROM ledger.entries e JOIN ledger.transfers t ON t.id = e.transfer_id
     WHERE e.account_id = ?
       AND e.account_version > ?::bigint
       AND e.created_at >= coalesce(?::timestamptz, '-infinity')
       AND e.created_at <= coalesce(?::timestamptz, 'infinity')
     ORDER BY e.account_version
     LIMIT ?`,
    [
      request.accountId,
      (request.afterVersion ?? 0n).toString(),
      request.bookedFrom ?? null,
      request.bookedTo ?? null,
      request.limit + 1,
    ],
    'ledger.list-account-entries',
  );
  const entries = rows.slice(0, request.limit).map(
    (row): AccountEntry => ({
      entryId: toBigInt(row.id, 'entries.id'),
      transferId: row.transfer_id,
      kind: row.kind,
      reference: row.reference,
      metadata: row.metadata,
      accountId: row.account_id,
      currency: row.currency,
      amountMinor: toBigInt(row.amount_minor, 'amount_minor'),
      balanceAfterMinor: toBigInt(row.balance_after_minor, 'balance_after_minor'),
      accountVersion: toBigInt(row.account_version, 'account_version'),
      bookedAt: row.created_at,
    }),
  );
  const last = entries.at(-1);
  return rows.length > request.limit && last
    ? { entries, nextAfterVersion: last.accountVersion }
    : { entries };
}
