import type { PermissionRule } from '../guard/index.ts';

/**
 * OB Account and Transaction API permissions (v3.1.11 "Permissions" table): what each endpoint
 * needs, and which permissions widen what it returns.
 */

export const ACCOUNTS_RULE: PermissionRule = [['ReadAccountsBasic', 'ReadAccountsDetail']];
export const BALANCES_RULE: PermissionRule = [['ReadBalances']];
/** The transaction clusters a "which transactions" permission refines, and the refinements. */
export const TRANSACTION_VIEWS: readonly string[] = [
  'ReadTransactionsBasic',
  'ReadTransactionsDetail',
];
export const TRANSACTION_DIRECTIONS: readonly string[] = [
  'ReadTransactionsCredits',
  'ReadTransactionsDebits',
];
export const TRANSACTIONS_RULE: PermissionRule = [TRANSACTION_VIEWS, TRANSACTION_DIRECTIONS];

export const SCHEDULED_PAYMENTS_RULE: PermissionRule = [
  ['ReadScheduledPaymentsBasic', 'ReadScheduledPaymentsDetail'],
];
export const STANDING_ORDERS_RULE: PermissionRule = [
  ['ReadStandingOrdersBasic', 'ReadStandingOrdersDetail'],
];

/** Detail adds the creditor's account to a scheduled payment or standing order. */
export const SCHEDULED_PAYMENTS_DETAIL = 'ReadScheduledPaymentsDetail';
export const STANDING_ORDERS_DETAIL = 'ReadStandingOrdersDetail';

/** Detail adds the account's identifiers (scheme, number, name) to the account resource. */
export const ACCOUNTS_DETAIL = 'ReadAccountsDetail';

/** With Detail: a card account's full number instead of the masked one. */
export const READ_PAN = 'ReadPAN';

/** Detail adds narrative, running balance, merchant and counterparty to each transaction. */
const TRANSACTIONS_DETAIL = 'ReadTransactionsDetail';

export interface TransactionView {
  detail: boolean;
  credits: boolean;
  debits: boolean;
}

export function transactionView(permissions: readonly string[]): TransactionView {
  return {
    detail: permissions.includes(TRANSACTIONS_DETAIL),
    credits: permissions.includes('ReadTransactionsCredits'),
    debits: permissions.includes('ReadTransactionsDebits'),
  };
}
