import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import {
  SYSTEM_ACCOUNTS,
  SYSTEM_ACCOUNT_IDS,
  listCustomerAccounts,
  openAccount,
  parseAmount,
  postTransfer,
  type TransferInput,
} from '../../ledger/index.ts';
import { encryptSecret, hashPassword, totpSecretAssociatedData } from './credentials.ts';
import {
  SANDBOX_CUSTOMERS,
  SANDBOX_HISTORY,
  SANDBOX_OPENED_DAYS_AGO,
  SANDBOX_SORT_CODE,
  type SandboxAccount,
  type SandboxCustomer,
} from './sandbox-data.ts';

export { SANDBOX_CUSTOMERS } from './sandbox-data.ts';
export type { SandboxCustomer } from './sandbox-data.ts';

export interface SeedOptions {
  /** 32 bytes: the platform's data encryption key, sealing TOTP seeds (AES-256-GCM). */
  readonly encryptionKey: Buffer;
  /** The clock the history is laid out against. Default: now. */
  readonly now?: Date;
}

export interface SandboxCustomerSummary {
  readonly username: string;
  readonly displayName: string;
  /** Sandbox credentials are public (README, boot banner); real customers have none of this. */
  readonly password: string;
  readonly totpSecret: string;
  /** "Current account 123456 ****0001": account numbers masked, as everywhere outside the ledger. */
  readonly accounts: readonly string[];
}

export interface SandboxSummary {
  readonly customers: readonly SandboxCustomerSummary[];
  /** Rows this run added: all zero on every run after the first. */
  readonly inserted: { readonly customers: number; readonly accounts: number; readonly transfers: number };
}

/** pg_advisory_xact_lock key: concurrent boots on one database seed one at a time. */
const SEED_LOCK_KEY = '7305127716453958661';
const DAY_MS = 86_400_000;

/**
 * Creates whatever part of the sandbox bank is missing, in one transaction: customers, the bank's
 * system accounts, customer accounts, opening balances (from funding) and history, all posted
 * through the ledger. Existing rows are left untouched, so running it again changes nothing.
 */
export async function seedSandboxBank(knex: Knex, options: SeedOptions): Promise<SandboxSummary> {
  if (!Buffer.isBuffer(options.encryptionKey) || options.encryptionKey.length !== 32) {
    throw new Error('seedSandboxBank: encryptionKey must be 32 bytes');
  }
  const now = options.now ?? new Date();
  const openedAt = new Date(now.getTime() - SANDBOX_OPENED_DAYS_AGO * DAY_MS);

  return knex.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(?::bigint)', [SEED_LOCK_KEY]);
    const customers = await seedCustomers(trx, options.encryptionKey, openedAt);
    const accounts = await seedAccounts(trx, openedAt);
    const transfers = await seedTransfers(trx, plannedTransfers(now, openedAt));
    const summaries: SandboxCustomerSummary[] = [];
    for (const customer of SANDBOX_CUSTOMERS) {
      const held = await listCustomerAccounts(trx, customer.id);
      summaries.push({
        username: customer.username,
        displayName: customer.displayName,
        password: customer.password,
        totpSecret: customer.totpSecret,
        accounts: held.map((account) => `${account.accountSubtype === 'Savings' ? 'Savings' : 'Current'} account ${account.sortCode} ${maskAccountNumber(account.accountNumber ?? '')}`),
      });
    }
    return { customers: summaries, inserted: { customers, accounts, transfers } };
  });
}

export function maskAccountNumber(accountNumber: string): string {
  return `****${accountNumber.slice(-4)}`;
}

async function seedCustomers(trx: Knex.Transaction, encryptionKey: Buffer, createdAt: Date): Promise<number> {
  const existing = await existingIds(trx, 'authz.customers', SANDBOX_CUSTOMERS.map((customer) => customer.id));
  let inserted = 0;
  for (const customer of SANDBOX_CUSTOMERS) {
    if (existing.has(customer.id)) continue;
    await trx.raw(
      `INSERT INTO authz.customers (id, username, display_name, password_hash, totp_secret_encrypted, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        customer.id,
        customer.username,
        customer.displayName,
        await hashPassword(customer.password),
        encryptSecret(customer.totpSecret, encryptionKey, totpSecretAssociatedData(customer.id)),
        createdAt,
        createdAt,
      ],
    );
    inserted += 1;
  }
  return inserted;
}

async function seedAccounts(trx: Knex.Transaction, openedAt: Date): Promise<number> {
  const customerAccounts = SANDBOX_CUSTOMERS.flatMap((customer) => [
    { customer, account: customer.current },
    { customer, account: customer.savings },
  ]);
  const existing = await existingIds(trx, 'ledger.accounts', [
    ...SYSTEM_ACCOUNTS.map((account) => account.id),
    ...customerAccounts.map(({ account }) => account.id),
  ]);
  let inserted = 0;
  for (const account of SYSTEM_ACCOUNTS) {
    if (existing.has(account.id)) continue;
    await openAccount(trx, { ...account, allowNegativeBalance: true, openedAt });
    inserted += 1;
  }
  for (const { customer, account } of customerAccounts) {
    if (existing.has(account.id)) continue;
    await openAccount(trx, customerAccount(customer, account, openedAt));
    inserted += 1;
  }
  return inserted;
}

function customerAccount(customer: SandboxCustomer, account: SandboxAccount, openedAt: Date) {
  return {
    id: account.id,
    kind: 'customer',
    customerId: customer.id,
    currency: 'GBP',
    name: customer.displayName,
    nickname: account.nickname,
    accountType: 'Personal',
    accountSubtype: account.subtype,
    sortCode: SANDBOX_SORT_CODE,
    accountNumber: account.accountNumber,
    allowNegativeBalance: false,
    openedAt,
  } as const;
}

type PlannedTransfer = TransferInput & { readonly transferId: string; readonly bookedAt: Date };

/** Opening balances first, then the history, in booking order (the ledger requires it per account). */
function plannedTransfers(now: Date, openedAt: Date): PlannedTransfer[] {
  const openings = SANDBOX_CUSTOMERS.flatMap((customer) =>
    [customer.current, customer.savings].map((account, index) =>
      transfer(`opening-${account.id}`, 'opening-balance', 'OPENING BALANCE', SYSTEM_ACCOUNT_IDS.gbpFunding, account.id, account.openingBalance, {}, new Date(openedAt.getTime() + index * 60_000)),
    ),
  );
  const history = SANDBOX_HISTORY.map((item) =>
    transfer(item.key, item.kind, item.reference, item.fromAccountId, item.toAccountId, item.amount, item.metadata, bookingTime(now, item.daysAgo, item.time)),
  );
  return [...openings, ...history].sort((a, b) => a.bookedAt.getTime() - b.bookedAt.getTime());
}

function transfer(
  key: string,
  kind: TransferInput['kind'],
  reference: string,
  fromAccountId: string,
  toAccountId: string,
  amount: string,
  metadata: TransferInput['metadata'],
  bookedAt: Date,
): PlannedTransfer {
  const amountMinor = parseAmount(amount, 'GBP');
  return {
    transferId: seedTransferId(key),
    kind,
    reference,
    metadata,
    bookedAt,
    entries: [
      { accountId: fromAccountId, currency: 'GBP', amountMinor: -amountMinor },
      { accountId: toAccountId, currency: 'GBP', amountMinor },
    ],
  };
}

function bookingTime(now: Date, daysAgo: number, time: string): Date {
  const [hours, minutes] = time.split(':').map(Number) as [number, number];
  const day = new Date(now.getTime() - daysAgo * DAY_MS);
  return new Date(Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes));
}

async function seedTransfers(trx: Knex.Transaction, planned: readonly PlannedTransfer[]): Promise<number> {
  const existing = await existingIds(trx, 'ledger.transfers', planned.map((item) => item.transferId));
  let inserted = 0;
  for (const item of planned) {
    if (existing.has(item.transferId)) continue;
    await postTransfer(trx, item);
    inserted += 1;
  }
  return inserted;
}

/** A UUID-shaped id derived from the seed item's key: the same on every run and every machine. */
function seedTransferId(key: string): string {
  const hex = createHash('sha256').update(`sandbox-bank:${key}`).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

async function existingIds(trx: Knex.Transaction, table: 'authz.customers' | 'ledger.accounts' | 'ledger.transfers', ids: readonly string[]): Promise<Set<string>> {
  const result: { rows: { id: string }[] } = await trx.raw('SELECT id FROM ?? WHERE id = ANY(?::text[])', [table, [...ids]]);
  return new Set(result.rows.map((row) => row.id));
}
