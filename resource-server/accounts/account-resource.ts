import { maskedPan, openPan } from '../../cards/index.ts';
import type { LedgerAccount } from '../../ledger/index.ts';

/**
 * What the consent lets the account resource show: Basic, Detail, and with Detail the card number
 * (ReadPAN).
 */
export interface AccountView {
  detail: boolean;
  /**
   * The data encryption key when the consent holds ReadPAN: a card account's number is shown in
   * full.
   */
  panKey: Buffer | undefined;
}

/** OBAccount6 (Basic, or Detail with the account's identification). */
export function accountResource(
  account: LedgerAccount,
  view: AccountView,
): Record<string, unknown> {
  return {
    AccountId: account.id,
    Status: account.status,
    Currency: account.currency,
    AccountType: account.accountType,
    AccountSubType: account.accountSubtype,
    ...(account.nickname !== null && { Nickname: account.nickname }),
    OpeningDate: account.openedAt.toISOString(),
    ...(view.detail && identification(account, view.panKey)),
  };
}

/**
 * OBAccount6.Account: sort code and account number, or a card account's number (UK.OBIE.PAN), in
 * full only to a consent with ReadPAN and otherwise masked (OB Account and Transaction API,
 * "Permissions": "ReadPAN ... the full PAN; if not, a masked PAN").
 */
function identification(
  account: LedgerAccount,
  panKey: Buffer | undefined,
): { Account: Record<string, string>[] } | undefined {
  if (account.sortCode !== null && account.accountNumber !== null) {
    return {
      Account: [
        {
          SchemeName: 'UK.OBIE.SortCodeAccountNumber',
          Identification: `${account.sortCode}${account.accountNumber}`,
          Name: account.name,
        },
      ],
    };
  }
  if (account.card) {
    const pan = panKey
      ? openPan(account.card.panSealed, panKey, account.id)
      : maskedPan(account.card.panLast4);
    return { Account: [{ SchemeName: 'UK.OBIE.PAN', Identification: pan, Name: account.name }] };
  }
  return undefined;
}
