import { totalsByCurrency } from './balances.ts';
import { assert } from './errors.ts';
import { query, toBigInt, type Db } from './sql.ts';

/** Findings listed per kind; more than this means something systemic, and the count says so. */
export const RECONCILIATION_FINDINGS_MAX = 100;

export interface LedgerReconciliation {
  readonly accounts: bigint;
  readonly transfers: bigint;
  readonly entries: bigint;
  /** Sum of all balances per currency: zero in a double-entry ledger. */
  readonly totalsByCurrency: ReadonlyMap<string, bigint>;
  /** Accounts whose balance or version disagrees with their entries. */
  readonly accountsOutOfBalance: readonly string[];
  /** Transfers with fewer than two entries or entries that do not sum to zero per currency. */
  readonly unbalancedTransfers: readonly string[];
  readonly ok: boolean;
}

/**
 * Recomputes everything from the entries: the check to run after a bench, a migration or an
 * incident. Reads the whole ledger; run it in a REPEATABLE READ transaction for one snapshot.
 */
export async function reconcileLedger(db: Db): Promise<LedgerReconciliation> {
  const [counts] = await query<{ accounts: unknown; transfers: unknown; entries: unknown }>(
    db,
    `SELECT (SELECT count(*) FROM ledger.accounts) AS accounts,
            (SELECT count(*) FROM ledger.transfers) AS transfers,
            (SELECT count(*) FROM ledger.entries) AS entries`,
  );
  assert(counts, 'count query returned no row');
  const accountsOutOfBalance = await query<{ id: string }>(
    db,
    `SELECT a.id FROM ledger.accounts a
     LEFT JOIN (
       SELECT account_id, sum(amount_minor) AS total, count(*) AS entries, max(account_version) AS latest
       FROM ledger.entries GROUP BY account_id
     ) e ON e.account_id = a.id
     WHERE a.balance_minor <> coalesce(e.total, 0)
        OR a.version <> coalesce(e.entries, 0)
        OR a.version <> coalesce(e.latest, 0)
        OR EXISTS (SELECT 1 FROM ledger.entries l
                   WHERE l.account_id = a.id AND l.account_version = a.version AND l.balance_after_minor <> a.balance_minor)
     ORDER BY a.id LIMIT ?`,
    [RECONCILIATION_FINDINGS_MAX],
  );
  const unbalancedTransfers = await query<{ id: string }>(
    db,
    `SELECT t.id FROM ledger.transfers t
     WHERE (SELECT count(*) FROM ledger.entries e WHERE e.transfer_id = t.id) < 2
        OR EXISTS (SELECT 1 FROM ledger.entries e WHERE e.transfer_id = t.id
                   GROUP BY e.currency HAVING sum(e.amount_minor) <> 0)
     ORDER BY t.id LIMIT ?`,
    [RECONCILIATION_FINDINGS_MAX],
  );
  const totals = await totalsByCurrency(db);
  return {
    accounts: toBigInt(counts.accounts, 'accounts'),
    transfers: toBigInt(counts.transfers, 'transfers'),
    entries: toBigInt(counts.entries, 'entries'),
    totalsByCurrency: totals,
    accountsOutOfBalance: accountsOutOfBalance.map((row) => row.id),
    unbalancedTransfers: unbalancedTransfers.map((row) => row.id),
    ok:
      accountsOutOfBalance.length === 0 &&
      unbalancedTransfers.length === 0 &&
      [...totals.values()].every((total) => total === 0n),
  };
}
