import { query, toBigInt, type Db } from './sql.ts';

/** An entry of a posted transfer: what it moved on one account (negative is a debit). */
export interface TransferEntry {
  readonly transferId: string;
  readonly accountId: string;
  readonly amountMinor: bigint;
}

/** The entries the transfers of `transferIds` posted to the accounts of `accountIds`. */
export async function transferEntries(
  db: Db,
  transferIds: readonly string[],
  accountIds: readonly string[],
): Promise<TransferEntry[]> {
  const rows = await query<{ transfer_id: string; account_id: string; amount_minor: unknown }>(
    db,
    `SELECT transfer_id, account_id, amount_minor FROM ledger.entries
     WHERE transfer_id = ANY(?::text[]) AND account_id = ANY(?::text[])`,
    [[...transferIds], [...accountIds]],
  );
  return rows.map((row) => ({
    transferId: row.transfer_id,
    accountId: row.account_id,
    amountMinor: toBigInt(row.amount_minor, 'entry amount'),
  }));
}

/** Which of `transferIds` are posted. */
export async function postedTransferIds(
  db: Db,
  transferIds: readonly string[],
): Promise<Set<string>> {
  const rows = await query<{ id: string }>(
    db,
    'SELECT id FROM ledger.transfers WHERE id = ANY(?::text[])',
    [[...transferIds]],
  );
  return new Set(rows.map((row) => row.id));
}
