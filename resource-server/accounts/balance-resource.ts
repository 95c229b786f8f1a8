import { formatAmount, type LedgerAccount } from '../../ledger/index.ts';

/**
 * OBReadBalance1 items of one account. The ledger books every posting at once (a payment leaves
 * the account when it is accepted, settlement moves only the bank's own money), so the booked
 * and available intraday balances are the same ledger balance.
 */
export function balanceResources(account: LedgerAccount, asOf: Date): Record<string, unknown>[] {
  return (['InterimAvailable', 'InterimBooked'] as const).map((type) => ({
    AccountId: account.id,
    ...signedAmount(account.balanceMinor, account.currency),
    Type: type,
    DateTime: asOf.toISOString(),
  }));
}

/** OB carries the magnitude and the sign apart: Credit for zero and above, Debit below. */
export function signedAmount(
  minor: bigint,
  currency: string,
): { CreditDebitIndicator: 'Credit' | 'Debit'; Amount: { Amount: string; Currency: string } } {
  return {
    CreditDebitIndicator: minor < 0n ? 'Debit' : 'Credit',
    Amount: { Amount: formatAmount(minor < 0n ? -minor : minor, currency), Currency: currency },
  };
}
