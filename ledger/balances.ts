import { AccountNotFoundError } from './errors.ts';
import { query, toBigInt, type Db } from './sql.ts';

export interface AccountBalance {
  readonly accountId: string;
  readonly currency: string;
  readonly balanceMinor: bigint;
  /** Number of entries posted to the account; changes with every posting. */
  readonly version: bigint;
}

/** The booked balance, as of the caller's snapshot. */
export async function getAccountBalance(db: Db, accountId: string): Promise<AccountBalance> {
  const [row] = await query<{
    id: string;
    currency: string;
    balance_minor: unknown;
    version: unknown;
  }>(
    db,
    'SELECT id, currency, balance_minor, version FROM ledger.accounts WHERE id = ?',
    [accountId],
    'ledger.get-balance',
  );
  if (!row) throw new AccountNotFoundError([accountId]);
  return {
    accountId: row.id,
    currency: row.currency,
    balanceMinor: toBigInt(row.balance_minor, 'balance_minor'),
    version: toBigInt(row.version, 'version'),
  };
}

/**
 * Sum of balances per currency, over the given accounts or over the whole ledger. Over the whole
 * ledger every total is zero (each transfer sums to zero); over a set of accounts that only trade
 * among themselves the totals never change. One statement, so one consistent snapshot.
 */
export async function totalsByCurrency(
  db: Db,
  accountIds?: readonly string[],
): Promise<Map<string, bigint>> {
  const rows = await query<{ currency: string; total: unknown }>(
    db,
    accountIds
      ? 'SELECT currency, sum(balance_minor)::text AS total FROM ledger.accounts WHERE id = ANY(?::text[]) GROUP BY currency'
      : 'SELECT currency, sum(balance_minor)::text AS total FROM ledger.accounts GROUP BY currency',
    accountIds ? [[...accountIds]] : [],
  );
  return new Map(rows.map((row) => [row.currency, toBigInt(row.total, 'total')]));
}

/**
 * Sum of balances per currency and account kind: what customers hold, and the bank's side of it
 * (funding, clearing, settlement, suspense). The kinds of a currency sum to zero. One statement
 * over every account, for the metrics scrape, never a request.
 */
export async function balancesByKind(
  db: Db,
): Promise<{ currency: string; kind: string; totalMinor: bigint }[]> {
  const rows = await query<{ currency: string; kind: string; total: unknown }>(
    db,
    'SELECT currency, kind, sum(balance_minor)::text AS total FROM ledger.accounts GROUP BY currency, kind',
  );
  return rows.map((row) => ({
    currency: row.currency,
    kind: row.kind,
    totalMinor: toBigInt(row.total, 'total'),
  }));
}
