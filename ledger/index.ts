export {
  coversDebit,
  CUSTOMER_ACCOUNTS_MAX,
  findAccountByIdentification,
  getAccount,
  getAccounts,
  lockAccounts,
  listCustomerAccounts,
  openAccount,
} from './accounts.ts';
export type {
  AccountCard,
  AccountKind,
  AccountStatus,
  AccountSubtype,
  AccountType,
  LedgerAccount,
  OpenAccountInput,
} from './accounts.ts';
export { balancesByKind, getAccountBalance, totalsByCurrency } from './balances.ts';
export type { AccountBalance } from './balances.ts';
export {
  AccountNotEnabledError,
  AccountNotFoundError,
  CurrencyMismatchError,
  DuplicateTransferError,
  IdempotencyKeyReusedError,
  InsufficientFundsError,
  InvalidAccountError,
  InvalidAmountError,
  InvalidTransferError,
  LedgerError,
  LedgerInvariantError,
  UnknownCurrencyError,
} from './errors.ts';
export type { InvalidAmountReason, InvalidTransferReason, LedgerErrorCode } from './errors.ts';
export {
  IDEMPOTENCY_KEY_LENGTH_MAX,
  IDEMPOTENCY_WINDOW_SECONDS,
  beginIdempotentOperation,
  completeIdempotentOperation,
  requestSha256,
  sweepExpiredIdempotencyKeys,
} from './idempotency.ts';
export type {
  IdempotencyHandle,
  IdempotencyScope,
  IdempotentRequest,
  IdempotentStart,
} from './idempotency.ts';
export type { JsonObject, JsonValue } from './json.ts';
export { currencyExponent, formatAmount, isSupportedCurrency, parseAmount } from './money.ts';
export type { CurrencyCode } from './money.ts';
export {
  AMOUNT_MINOR_MAX,
  ENTRIES_PER_TRANSFER_MAX,
  METADATA_BYTES_MAX,
  REFERENCE_LENGTH_MAX,
  TRANSFER_KINDS,
  postTransfer,
} from './postings.ts';
export type {
  EntryInput,
  PostedEntry,
  PostedTransfer,
  TransferInput,
  TransferKind,
} from './postings.ts';
export { outgoingPayments } from './outgoing-payments.ts';
export type { OutgoingPayments } from './outgoing-payments.ts';
export { RECONCILIATION_FINDINGS_MAX, reconcileLedger } from './reconciliation.ts';
export type { LedgerReconciliation } from './reconciliation.ts';
export type { Db } from './sql.ts';
export { ENTRIES_PAGE_SIZE_MAX, listAccountEntries } from './statements.ts';
export { postedTransferIds, transferEntries } from './transfers.ts';
export type { TransferEntry } from './transfers.ts';
export type { AccountEntry, EntryPage, EntryQuery } from './statements.ts';
export {
  CLEARING_SUBACCOUNTS,
  OUTBOUND_PAYMENT_ACCOUNTS,
  SYSTEM_ACCOUNTS,
  SYSTEM_ACCOUNT_IDS,
  clearingAccountFor,
} from './system-accounts.ts';
export type { OutboundPaymentAccounts, SystemAccountDefinition } from './system-accounts.ts';
