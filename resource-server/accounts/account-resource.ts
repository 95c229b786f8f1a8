import type { LedgerAccount } from '../../ledger/index.ts';

/** OBAccount6 (Basic, or Detail with the account's identification). */
export function accountResource(account: LedgerAccount, detail: boolean): Record<string, unknown> {
  return {
    AccountId: account.id,
    Status: account.status,
    Currency: account.currency,
    AccountType: account.accountType,
    AccountSubType: account.accountSubtype,
    ...(account.nickname !== null && { Nickname: account.nickname }),
    OpeningDate: account.openedAt.toISOString(),
    ...(detail && account.sortCode !== null && account.accountNumber !== null && {
      Account: [{ SchemeName: 'UK.OBIE.SortCodeAccountNumber', Identification: `${account.sortCode}${account.accountNumber}`, Name: account.name }],
    }),
  };
}
