import type { Knex } from 'knex';
import { listAccountEntries, type AccountEntry, type LedgerAccount } from '../../ledger/index.ts';
import { FieldInvalid } from '../errors.ts';
import type { TransactionView } from './permissions.ts';
import { QUERY_PAGE, type PageCursor } from './transaction-query.ts';
import { visible } from './transaction-resource.ts';

/** Transactions per response; more come through Links.Next. */
export const TRANSACTIONS_PAGE_SIZE = 100;

/**
 * Ledger reads one response may make while filtering out entries the consent hides (credits or
 * debits only). Reaching it ends the page early, with a Next link that resumes the scan.
 */
const SCAN_BATCHES_MAX = 10;

export interface TransactionPage {
  entries: AccountEntry[];
  next: PageCursor | undefined;
}

/**
 * One page of the visible entries of these accounts in the booking period, account by account
 * (in the given order), each account in booking order. The cursor is a position in that walk, so
 * a page is stable while new entries are booked.
 */
export async function transactionPage(
  knex: Knex,
  accounts: readonly LedgerAccount[],
  period: { from?: Date; to?: Date } | undefined,
  start: PageCursor | undefined,
  view: TransactionView,
): Promise<TransactionPage> {
  const entries: AccountEntry[] = [];
  let index = start ? accounts.findIndex((account) => account.id === start.accountId) : 0;
  if (index < 0)
    throw new FieldInvalid(
      `${QUERY_PAGE} names an account this request does not cover`,
      QUERY_PAGE,
    );
  if (!period) return { entries, next: undefined };
  let after = start?.afterVersion ?? 0n;
  for (let batch = 0; index < accounts.length; batch += 1) {
    const accountId = accounts[index]!.id;
    if (batch === SCAN_BATCHES_MAX) return { entries, next: { accountId, afterVersion: after } };
    const read = await listAccountEntries(knex, {
      accountId,
      ...(period.from && { bookedFrom: period.from }),
      ...(period.to && { bookedTo: period.to }),
      afterVersion: after,
      limit: TRANSACTIONS_PAGE_SIZE,
    });
    for (const [position, entry] of read.entries.entries()) {
      after = entry.accountVersion;
      if (!visible(entry, view)) continue;
      entries.push(entry);
      if (entries.length === TRANSACTIONS_PAGE_SIZE) {
        const more =
          position < read.entries.length - 1 ||
          read.nextAfterVersion !== undefined ||
          index < accounts.length - 1;
        return { entries, next: more ? { accountId, afterVersion: after } : undefined };
      }
    }
    if (read.nextAfterVersion === undefined) {
      index += 1;
      after = 0n;
    }
  }
  return { entries, next: undefined };
}
