import type { Db } from './sql.ts';

/**
 * What an account has paid out through the payment APIs lately: what payment limits are counted on.
 */
export interface OutgoingPayments {
  /** Sum of its domestic-payment debits since midnight, UK time. */
  todayMinor: bigint;
  /** Its domestic-payment debits in the last `windowSeconds`. */
  recentCount: number;
}

/** The bank's day, for daily limits: a UK bank's customer's day. */
const BANK_TIME_ZONE = 'Europe/London';

/**
 * The outgoing domestic payments of each account (one statement, by the account's booked-entries
 * index). In a transaction that has posted to an account, this counts that posting too, and the
 * account's row lock (postTransfer) keeps any other payment from it out until the transaction ends,
 * so a check made here holds when the transaction commits.
 */
export async function outgoingPayments(
  db: Db,
  accountIds: readonly string[],
  windowSeconds: number,
): Promise<Map<string, OutgoingPayments>> {
  const usage = new Map<string, OutgoingPayments>(
    accountIds.map((id) => [id, { todayMinor: 0n, recentCount: 0 }]),
  );
  if (accountIds.length === 0) return usage;
  const { rows } = await db
    .raw<{ rows: { account_id: string; today_minor: string; recent_count: number }[] }>(
      `WITH bounds AS (SELECT date_trunc('day', now(), '${BANK_TIME_ZONE}') AS day_start, now() - make_interval(secs => ?::float8) AS window_start)
       SELECT e.account_id,
              coalesce(sum(-e.amount_minor) FILTER (WHERE e.created_at >= b.day_start), 0)::text AS today_minor,
              (count(*) FILTER (WHERE e.created_at >= b.window_start))::int AS recent_count
       FROM bounds b
       JOIN ledger.entries e ON e.account_id = ANY(?::text[]) AND e.amount_minor < 0 AND e.created_at >= least(b.day_start, b.window_start)
       JOIN ledger.transfers t ON t.id = e.transfer_id AND t.kind = 'domestic-payment'
       GROUP BY e.account_id`,
      [windowSeconds, [...accountIds]],
    )
    .options({ name: 'ledger.outgoing-payments' });
  for (const row of rows)
    usage.set(row.account_id, {
      todayMinor: BigInt(row.today_minor),
      recentCount: row.recent_count,
    });
  return usage;
}
