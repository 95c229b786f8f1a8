import { formatAmount, type LedgerAccount } from '../../ledger/index.ts';

/**
 * How amounts, dates and accounts are written on the customer's pages: British English, London
 * time, account numbers masked to their last four digits everywhere.
 */

const DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'Europe/London' });
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  dateStyle: 'long',
  timeStyle: 'short',
  timeZone: 'Europe/London',
});
const TIME = new Intl.DateTimeFormat('en-GB', { timeStyle: 'short', timeZone: 'Europe/London' });

export const formatDate = (date: Date): string => DATE.format(date);
export const formatDateTime = (date: Date): string => DATE_TIME.format(date);
export const formatTime = (date: Date): string => TIME.format(date);

/**
 * 123456n GBP -> "£1,234.56". Exact: the digits come from the ledger's decimal string, never a
 * float.
 */
export function formatMoney(minor: bigint, currency: string): string {
  const sign = minor < 0n ? '\u2212' : '';
  const [whole, fraction] = formatAmount(minor < 0n ? -minor : minor, currency).split('.') as [
    string,
    string?,
  ];
  const grouped = BigInt(whole).toLocaleString('en-GB');
  return `${sign}${currencySymbol(currency)}${grouped}${fraction === undefined ? '' : `.${fraction}`}`;
}

function currencySymbol(currency: string): string {
  const part = new Intl.NumberFormat('en-GB', { style: 'currency', currency })
    .formatToParts(0)
    .find((p) => p.type === 'currency');
  const symbol = part?.value ?? currency;
  // A bare code reads better with a space: "CHF 10.00" rather than "CHF10.00".
  return /^[A-Z]{3}$/.test(symbol) ? `${symbol}\u00a0` : symbol;
}

export function maskIdentifier(identifier: string): string {
  return `\u2022\u2022\u2022\u2022${identifier.replace(/\s+/g, '').slice(-4)}`;
}

/** "12-34-56" */
export function formatSortCode(sortCode: string): string {
  return sortCode.replace(/^(\d{2})(\d{2})(\d{2})$/, '$1-$2-$3');
}

export interface AccountView {
  readonly id: string;
  /** "Everyday (Current account)" */
  readonly label: string;
  /** "Sort code 12-34-56, account ••••0001" */
  readonly identification: string;
  readonly balance: string;
}

export function accountView(account: LedgerAccount): AccountView {
  const type =
    account.accountSubtype === 'Savings'
      ? 'Savings account'
      : account.accountSubtype === 'CurrentAccount'
        ? 'Current account'
        : account.accountSubtype === 'CreditCard'
          ? 'Credit card'
          : 'Account';
  return {
    id: account.id,
    label: account.nickname ? `${account.nickname} (${type})` : type,
    identification:
      account.sortCode && account.accountNumber
        ? `Sort code ${formatSortCode(account.sortCode)}, account ${maskIdentifier(account.accountNumber)}`
        : account.card
          ? `Card ending ${account.card.panLast4}`
          : `Account ${maskIdentifier(account.id)}`,
    balance: formatMoney(account.balanceMinor, account.currency),
  };
}
