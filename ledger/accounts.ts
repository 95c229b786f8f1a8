import { randomUUID } from 'node:crypto';
import { currencyExponent } from './money.ts';
import { InvalidAccountError } from './errors.ts';
import { ID_PATTERN, query, toBigInt, type Db } from './sql.ts';

export type AccountKind = 'customer' | 'clearing' | 'settlement' | 'funding' | 'suspense';
export type AccountType = 'Business' | 'Personal';
export type AccountSubtype =
  | 'ChargeCard'
  | 'CreditCard'
  | 'CurrentAccount'
  | 'EMoney'
  | 'Loan'
  | 'Mortgage'
  | 'PrePaidCard'
  | 'Savings';
export type AccountStatus = 'Deleted' | 'Disabled' | 'Enabled' | 'Pending' | 'ProForma';

export interface OpenAccountInput {
  /** Default: a random UUID. */
  readonly id?: string;
  readonly kind: AccountKind;
  readonly currency: string;
  readonly name: string;
  /** Required for, and only for, kind 'customer'. */
  readonly customerId?: string;
  readonly nickname?: string;
  readonly accountType?: AccountType;
  readonly accountSubtype?: AccountSubtype;
  readonly sortCode?: string;
  readonly accountNumber?: string;
  /**
   * A card account's number, already tokenised and sealed (cards/pan.ts): the ledger never sees it.
   */
  readonly card?: AccountCard;
  /** Default: customer accounts may not go below zero, the bank's own accounts may. */
  readonly allowNegativeBalance?: boolean;
  /** Default: now. Loading existing accounts keeps their opening date. */
  readonly openedAt?: Date;
}

/** A card account's identification as stored: a token, the sealed number, its last four digits. */
export interface AccountCard {
  readonly panToken: string;
  readonly panSealed: string;
  readonly panLast4: string;
}

export interface LedgerAccount {
  readonly id: string;
  readonly kind: AccountKind;
  readonly customerId: string | null;
  readonly currency: string;
  readonly name: string;
  readonly nickname: string | null;
  readonly accountType: AccountType | null;
  readonly accountSubtype: AccountSubtype | null;
  readonly status: AccountStatus;
  readonly sortCode: string | null;
  readonly accountNumber: string | null;
  /** Card accounts (identified by PAN) only. */
  readonly card: AccountCard | null;
  readonly allowNegativeBalance: boolean;
  readonly balanceMinor: bigint;
  readonly version: bigint;
  readonly openedAt: Date;
}

interface AccountRow {
  id: string;
  kind: AccountKind;
  customer_id: string | null;
  currency: string;
  name: string;
  nickname: string | null;
  account_type: AccountType | null;
  account_subtype: AccountSubtype | null;
  status: AccountStatus;
  sort_code: string | null;
  account_number: string | null;
  pan_token: string | null;
  pan_sealed: string | null;
  pan_last4: string | null;
  allow_negative_balance: boolean;
  balance_minor: unknown;
  version: unknown;
  created_at: Date;
}

const COLUMNS = `id, kind, customer_id, currency, name, nickname, account_type, account_subtype, status,
  sort_code, account_number, pan_token, pan_sealed, pan_last4, allow_negative_balance, balance_minor, version, created_at`;

/** Opens an account at balance zero; money arrives only through transfers. */
export async function openAccount(db: Db, input: OpenAccountInput): Promise<LedgerAccount> {
  const id = input.id ?? randomUUID();
  if (!ID_PATTERN.test(id)) throw new InvalidAccountError(`account id must match ${ID_PATTERN}`);
  currencyExponent(input.currency);
  const [row] = await query<AccountRow>(
    db,
    `INSERT INTO ledger.accounts (id, kind, customer_id, currency, name, nickname, account_type, account_subtype,
       sort_code, account_number, pan_token, pan_sealed, pan_last4, allow_negative_balance, created_at, updated_at)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?::timestamptz, now()), now())
     RETURNING ${COLUMNS}`,
    [
      id,
      input.kind,
      input.customerId ?? null,
      input.currency,
      input.name,
      input.nickname ?? null,
      input.accountType ?? null,
      input.accountSubtype ?? null,
      input.sortCode ?? null,
      input.accountNumber ?? null,
      input.card?.panToken ?? null,
      input.card?.panSealed ?? null,
      input.card?.panLast4 ?? null,
      input.allowNegativeBalance ?? input.kind !== 'customer',
      input.openedAt ?? null,
    ],
  );
  return toAccount(row!);
}

/**
 * Whether the account could pay `amountMinor` now, the one rule every funds confirmation answers
 * with: it is enabled, and the ledger's own debit rule holds (the balance stays at or above zero
 * unless the account may go negative, as an overdraft or a credit card may).
 */
export function coversDebit(account: LedgerAccount, amountMinor: bigint): boolean {
  return (
    account.status === 'Enabled' &&
    (account.allowNegativeBalance || account.balanceMinor >= amountMinor)
  );
}

export async function getAccount(db: Db, accountId: string): Promise<LedgerAccount | undefined> {
  const [row] = await query<AccountRow>(
    db,
    `SELECT ${COLUMNS} FROM ledger.accounts WHERE id = ?`,
    [accountId],
    'ledger.get-account',
  );
  return row && toAccount(row);
}

/** The accounts of `accountIds` that exist, in no particular order. */
export async function getAccounts(db: Db, accountIds: readonly string[]): Promise<LedgerAccount[]> {
  const rows = await query<AccountRow>(
    db,
    `SELECT ${COLUMNS} FROM ledger.accounts WHERE id = ANY(?::text[])`,
    [[...accountIds]],
  );
  return rows.map(toAccount);
}

/**
 * The accounts of `accountIds` that exist, locked FOR UPDATE in id order (the order postings lock
 * in).
 */
export async function lockAccounts(
  db: Db,
  accountIds: readonly string[],
): Promise<LedgerAccount[]> {
  const rows = await query<AccountRow>(
    db,
    `SELECT ${COLUMNS} FROM ledger.accounts WHERE id = ANY(?::text[]) ORDER BY id FOR UPDATE`,
    [[...accountIds]],
  );
  return rows.map(toAccount);
}

/** The account a UK sort code and account number (SortCodeAccountNumber scheme) identify. */
export async function findAccountByIdentification(
  db: Db,
  sortCode: string,
  accountNumber: string,
): Promise<LedgerAccount | undefined> {
  const [row] = await query<AccountRow>(
    db,
    `SELECT ${COLUMNS} FROM ledger.accounts WHERE sort_code = ? AND account_number = ?`,
    [sortCode, accountNumber],
  );
  return row && toAccount(row);
}

/** A customer's accounts, oldest first. A customer holds a handful; the limit is a guard. */
export const CUSTOMER_ACCOUNTS_MAX = 100;

export async function listCustomerAccounts(db: Db, customerId: string): Promise<LedgerAccount[]> {
  const rows = await query<AccountRow>(
    db,
    `SELECT ${COLUMNS} FROM ledger.accounts WHERE customer_id = ? ORDER BY created_at, id LIMIT ?`,
    [customerId, CUSTOMER_ACCOUNTS_MAX],
    'ledger.list-customer-accounts',
  );
  return rows.map(toAccount);
}

function toAccount(row: AccountRow): LedgerAccount {
  return {
    id: row.id,
    kind: row.kind,
    customerId: row.customer_id,
    currency: row.currency,
    name: row.name,
    nickname: row.nickname,
    accountType: row.account_type,
    accountSubtype: row.account_subtype,
    status: row.status,
    sortCode: row.sort_code,
    accountNumber: row.account_number,
    card:
      row.pan_token !== null && row.pan_sealed !== null && row.pan_last4 !== null
        ? { panToken: row.pan_token, panSealed: row.pan_sealed, panLast4: row.pan_last4 }
        : null,
    allowNegativeBalance: row.allow_negative_balance,
    balanceMinor: toBigInt(row.balance_minor, 'balance_minor'),
    version: toBigInt(row.version, 'version'),
    openedAt: row.created_at,
  };
}
