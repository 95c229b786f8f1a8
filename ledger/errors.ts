/**
 * Every error the ledger throws on purpose. Callers branch on the class (or the stable `code`) to
 * answer their own wire format, e.g. InsufficientFundsError becomes an OB error at the RS.
 */
export type LedgerErrorCode =
  | 'invalid_amount'
  | 'unknown_currency'
  | 'invalid_transfer'
  | 'invalid_account'
  | 'account_not_found'
  | 'currency_mismatch'
  | 'insufficient_funds'
  | 'account_not_enabled'
  | 'duplicate_transfer'
  | 'idempotency_key_reused'
  | 'invariant_violated';

export class LedgerError extends Error {
  readonly code: LedgerErrorCode;

  constructor(code: LedgerErrorCode, message: string) {
    super(message);
    this.name = new.target.name;
    this.code = code;
  }
}

export type InvalidAmountReason =
  | 'not-a-string'
  | 'format'
  | 'precision'
  | 'negative'
  | 'too-large';

/** A decimal amount that does not match the OB pattern, or has more decimals than its currency. */
export class InvalidAmountError extends LedgerError {
  readonly reason: InvalidAmountReason;

  constructor(reason: InvalidAmountReason, message: string) {
    super('invalid_amount', message);
    this.reason = reason;
  }
}

export class UnknownCurrencyError extends LedgerError {
  readonly currency: string;

  constructor(currency: string) {
    super(
      'unknown_currency',
      `currency ${JSON.stringify(currency)} is not an ISO 4217 code this ledger supports`,
    );
    this.currency = currency;
  }
}

export type InvalidTransferReason =
  | 'reference'
  | 'kind'
  | 'entry-count'
  | 'account-id'
  | 'amount'
  | 'duplicate-account'
  | 'unbalanced'
  | 'metadata'
  | 'transfer-id'
  | 'booked-at';

/** The transfer request itself is malformed; nothing was read or written. */
export class InvalidTransferError extends LedgerError {
  readonly reason: InvalidTransferReason;

  constructor(reason: InvalidTransferReason, message: string) {
    super('invalid_transfer', message);
    this.reason = reason;
  }
}

export class InvalidAccountError extends LedgerError {
  constructor(message: string) {
    super('invalid_account', message);
  }
}

export class AccountNotFoundError extends LedgerError {
  readonly accountIds: readonly string[];

  constructor(accountIds: readonly string[]) {
    super('account_not_found', `no ledger account ${accountIds.join(', ')}`);
    this.accountIds = accountIds;
  }
}

export class CurrencyMismatchError extends LedgerError {
  readonly accountId: string;
  readonly accountCurrency: string;
  readonly entryCurrency: string;

  constructor(accountId: string, accountCurrency: string, entryCurrency: string) {
    super(
      'currency_mismatch',
      `account ${accountId} holds ${accountCurrency}, the entry is in ${entryCurrency}`,
    );
    this.accountId = accountId;
    this.accountCurrency = accountCurrency;
    this.entryCurrency = entryCurrency;
  }
}

/** The debit would take an account that may not go negative below zero. Nothing was written. */
export class InsufficientFundsError extends LedgerError {
  readonly accountId: string;

  constructor(accountId: string) {
    super('insufficient_funds', `account ${accountId} has insufficient funds`);
    this.accountId = accountId;
  }
}

/**
 * The debit would take money from an account that is not enabled (disabled, deleted, ...). Nothing
 * was written.
 */
export class AccountNotEnabledError extends LedgerError {
  readonly accountId: string;

  constructor(accountId: string, status: string) {
    super('account_not_enabled', `account ${accountId} is ${status}: no debit is taken from it`);
    this.accountId = accountId;
  }
}

export class DuplicateTransferError extends LedgerError {
  readonly transferId: string;

  constructor(transferId: string) {
    super('duplicate_transfer', `transfer ${transferId} already exists`);
    this.transferId = transferId;
  }
}

/** The idempotency key was used, within its window, for a request with a different body. */
export class IdempotencyKeyReusedError extends LedgerError {
  readonly operation: string;

  constructor(operation: string) {
    super(
      'idempotency_key_reused',
      `the idempotency key was already used for a different ${operation} request`,
    );
    this.operation = operation;
  }
}

/** Something that must never happen did: a bug. The caller's transaction must roll back. */
export class LedgerInvariantError extends LedgerError {
  constructor(message: string) {
    super('invariant_violated', `ledger invariant violated: ${message}`);
  }
}

export function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new LedgerInvariantError(message);
}
