import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { generateSecret } from 'otplib';
import {
  SYSTEM_ACCOUNTS,
  SYSTEM_ACCOUNT_IDS,
  getAccounts,
  listCustomerAccounts,
  lockAccounts,
  openAccount,
  parseAmount,
  postTransfer,
  postedTransferIds,
  type TransferInput,
} from '../../ledger/index.ts';
import { sealPan } from '../../cards/index.ts';
import { hashPassword, totpSecretAssociatedData } from '../../authz/index.ts';
import { encryptSecret } from '../../sealing/index.ts';
import {
  CONFORMANCE_CUSTOMER,
  SANDBOX_CUSTOMERS,
  SANDBOX_HISTORY,
  SANDBOX_OPENED_DAYS_AGO,
  SANDBOX_SORT_CODE,
  type ConformanceCustomer,
  type SandboxAccount,
  type SandboxCard,
  type SandboxCustomer,
} from './sandbox-data.ts';

export { CONFORMANCE_CUSTOMER, SANDBOX_CUSTOMERS } from './sandbox-data.ts';
export type { ConformanceCustomer, SandboxCustomer } from './sandbox-data.ts';

export interface SeedOptions {
  /** 32 bytes: the platform's data encryption key, sealing TOTP seeds (AES-256-GCM). */
  readonly encryptionKey: Buffer;
  /** The clock the history is laid out against. Default: now. */
  readonly now?: Date;
  /** Also the OpenID conformance suite's customer (CONFORMANCE_CUSTOMER=true). Default: false. */
  readonly conformanceCustomer?: boolean;
}

export interface SandboxCustomerSummary {
  readonly username: string;
  readonly displayName: string;
  /** Sandbox credentials are public (README, boot banner); real customers have none of this. */
  readonly password: string;
  readonly totpSecret: string;
  /**
   * "Current account 123456 ****0001": account numbers masked, as everywhere outside the ledger.
   */
  readonly accounts: readonly string[];
}

export interface ConformanceCustomerSummary {
  readonly username: string;
  readonly password: string;
  /** The fixed second factor the suite's browser types. */
  readonly fixedCode: string;
  readonly accounts: readonly string[];
}

export interface SandboxSummary {
  readonly customers: readonly SandboxCustomerSummary[];
  /** Present when the conformance customer was asked for. */
  readonly conformanceCustomer?: ConformanceCustomerSummary;
  /** Rows this run added: all zero on every run after the first. */
  readonly inserted: {
    readonly customers: number;
    readonly accounts: number;
    readonly transfers: number;
  };
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

  const seeded: readonly SeededCustomer[] = options.conformanceCustomer
    ? [...SANDBOX_CUSTOMERS, CONFORMANCE_CUSTOMER]
    : SANDBOX_CUSTOMERS;

  return knex.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(?::bigint)', [SEED_LOCK_KEY]);
    const customers = await seedCustomers(trx, seeded, options.encryptionKey, openedAt);
    const accounts = await seedAccounts(trx, seeded, openedAt, options.encryptionKey);
    const transfers = await seedTransfers(trx, plannedTransfers(seeded, now, openedAt));
    const summaries: SandboxCustomerSummary[] = [];
    for (const customer of SANDBOX_CUSTOMERS) {
      summaries.push({
        username: customer.username,
        displayName: customer.displayName,
        password: customer.password,
        totpSecret: customer.totpSecret,
        accounts: await accountLabels(trx, customer.id),
      });
    }
    const conformanceCustomer = options.conformanceCustomer
      ? {
          username: CONFORMANCE_CUSTOMER.username,
          password: CONFORMANCE_CUSTOMER.password,
          fixedCode: CONFORMANCE_CUSTOMER.fixedCode,
          accounts: await accountLabels(trx, CONFORMANCE_CUSTOMER.id),
        }
      : undefined;
    return {
      customers: summaries,
      ...(conformanceCustomer && { conformanceCustomer }),
      inserted: { customers, accounts, transfers },
    };
  });
}

export interface RestoredBalance {
  readonly accountId: string;
  /** Credited (positive) or debited (negative) to bring the account back to its seeded balance. */
  readonly adjustmentMinor: bigint;
  readonly transferId: string;
}

/**
 * Brings every seeded customer account back to the balance the seed left it with (opening balance
 * and history), in one transaction, the accounts locked while their balances are read: one
 * transfer per account that differs, between it and the bank's funding account, as a bank corrects
 * a test account. The ledger keeps every entry (it is append-only) and stays balanced. Accounts
 * the seed has not created are left alone.
 */
export async function restoreSeedBalances(
  knex: Knex,
  options: { conformanceCustomer?: boolean } = {},
): Promise<RestoredBalance[]> {
  const seeded: readonly SeededCustomer[] = options.conformanceCustomer
    ? [...SANDBOX_CUSTOMERS, CONFORMANCE_CUSTOMER]
    : SANDBOX_CUSTOMERS;
  const now = new Date();
  const seededMinor = new Map<string, bigint>();
  for (const planned of plannedTransfers(seeded, now, now)) {
    for (const entry of planned.entries) {
      if (entry.accountId !== SYSTEM_ACCOUNT_IDS.gbpFunding)
        seededMinor.set(
          entry.accountId,
          (seededMinor.get(entry.accountId) ?? 0n) + entry.amountMinor,
        );
    }
  }
  const customerAccountIds = new Set(
    seeded.flatMap((customer) => [
      customer.current.id,
      customer.savings.id,
      ...(customer.creditCard ? [customer.creditCard.id] : []),
    ]),
  );
  return knex.transaction(async (trx) => {
    await trx.raw('SELECT pg_advisory_xact_lock(?::bigint)', [SEED_LOCK_KEY]);
    const accounts = await lockAccounts(trx, [...customerAccountIds]);
    const restored: RestoredBalance[] = [];
    for (const account of accounts) {
      const adjustmentMinor = (seededMinor.get(account.id) ?? 0n) - account.balanceMinor;
      if (adjustmentMinor === 0n) continue;
      const posted = await postTransfer(trx, {
        kind: 'reversal',
        reference: 'SANDBOX RESET',
        entries: [
          {
            accountId: SYSTEM_ACCOUNT_IDS.gbpFunding,
            currency: 'GBP',
            amountMinor: -adjustmentMinor,
          },
          { accountId: account.id, currency: 'GBP', amountMinor: adjustmentMinor },
        ],
      });
      restored.push({ accountId: account.id, adjustmentMinor, transferId: posted.transferId });
    }
    return restored;
  });
}

/**
 * A customer the seed creates: the sandbox customers have a published TOTP seed, the conformance
 * customer a fixed code.
 */
type SeededCustomer = SandboxCustomer | ConformanceCustomer;

async function accountLabels(trx: Knex.Transaction, customerId: string): Promise<string[]> {
  const held = await listCustomerAccounts(trx, customerId);
  return held.map((account) =>
    account.card
      ? `Credit card ${maskAccountNumber(account.card.panLast4)}`
      : `${account.accountSubtype === 'Savings' ? 'Savings' : 'Current'} account ${account.sortCode} ${maskAccountNumber(account.accountNumber ?? '')}`,
  );
}

export function maskAccountNumber(accountNumber: string): string {
  return `****${accountNumber.slice(-4)}`;
}

async function seedCustomers(
  trx: Knex.Transaction,
  seeded: readonly SeededCustomer[],
  encryptionKey: Buffer,
  createdAt: Date,
): Promise<number> {
  const existing = await existingIds(
    trx,
    'authz.customers',
    seeded.map((customer) => customer.id),
  );
  let inserted = 0;
  for (const customer of seeded) {
    if (existing.has(customer.id)) continue;
    // The conformance customer's seed is random and never shown: only its fixed code signs it in.
    const totpSecret = 'totpSecret' in customer ? customer.totpSecret : generateSecret();
    await trx.raw(
      `INSERT INTO authz.customers (id, username, display_name, password_hash, totp_secret_encrypted, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
      [
        customer.id,
        customer.username,
        customer.displayName,
        await hashPassword(customer.password),
        encryptSecret(totpSecret, encryptionKey, totpSecretAssociatedData(customer.id)),
        createdAt,
        createdAt,
      ],
    );
    inserted += 1;
  }
  return inserted;
}

async function seedAccounts(
  trx: Knex.Transaction,
  seeded: readonly SeededCustomer[],
  openedAt: Date,
  encryptionKey: Buffer,
): Promise<number> {
  const cards = seeded.flatMap((customer) =>
    customer.creditCard ? [{ customer, card: customer.creditCard }] : [],
  );
  const customerAccounts = seeded.flatMap((customer) => [
    { customer, account: customer.current },
    { customer, account: customer.savings },
  ]);
  const existing = new Set(
    (
      await getAccounts(trx, [
        ...SYSTEM_ACCOUNTS.map((account) => account.id),
        ...customerAccounts.map(({ account }) => account.id),
        ...cards.map(({ card }) => card.id),
      ])
    ).map((account) => account.id),
  );
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
  for (const { customer, card } of cards) {
    if (existing.has(card.id)) continue;
    await openAccount(trx, cardAccount(customer, card, openedAt, encryptionKey));
    inserted += 1;
  }
  return inserted;
}

/**
 * A credit card account: owes the bank (negative balance), identified by its tokenised, sealed
 * number.
 */
function cardAccount(
  customer: SeededCustomer,
  card: SandboxCard,
  openedAt: Date,
  encryptionKey: Buffer,
) {
  const sealed = sealPan(card.pan, encryptionKey, card.id);
  return {
    id: card.id,
    kind: 'customer',
    customerId: customer.id,
    currency: 'GBP',
    name: customer.displayName,
    nickname: card.nickname,
    accountType: 'Personal',
    accountSubtype: 'CreditCard',
    card: { panToken: sealed.token, panSealed: sealed.sealed, panLast4: sealed.last4 },
    allowNegativeBalance: true,
    openedAt,
  } as const;
}

function customerAccount(customer: SeededCustomer, account: SandboxAccount, openedAt: Date) {
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

/**
 * Opening balances first, then the history, in booking order (the ledger requires it per account).
 */
function plannedTransfers(
  seeded: readonly SeededCustomer[],
  now: Date,
  openedAt: Date,
): PlannedTransfer[] {
  const openings = seeded.flatMap((customer) =>
    [customer.current, customer.savings].map((account, index) => {
      // The conformance customer may join a sandbox seeded long ago: its money arrives now, after
      // every entry the funding account already has (the ledger books each account in time order).
      const bookedAt =
        customer.id === CONFORMANCE_CUSTOMER.id
          ? now
          : new Date(openedAt.getTime() + index * 60_000);
      return transfer(
        `opening-${account.id}`,
        'opening-balance',
        'OPENING BALANCE',
        SYSTEM_ACCOUNT_IDS.gbpFunding,
        account.id,
        account.openingBalance,
        {},
        bookedAt,
      );
    }),
  );
  const history = SANDBOX_HISTORY.map((item) =>
    transfer(
      item.key,
      item.kind,
      item.reference,
      item.fromAccountId,
      item.toAccountId,
      item.amount,
      item.metadata,
      bookingTime(now, item.daysAgo, item.time),
    ),
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
  return new Date(
    Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate(), hours, minutes),
  );
}

async function seedTransfers(
  trx: Knex.Transaction,
  planned: readonly PlannedTransfer[],
): Promise<number> {
  const existing = await postedTransferIds(
    trx,
    planned.map((item) => item.transferId),
  );
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

async function existingIds(
  trx: Knex.Transaction,
  table: 'authz.customers',
  ids: readonly string[],
): Promise<Set<string>> {
  const result: { rows: { id: string }[] } = await trx.raw(
    'SELECT id FROM ?? WHERE id = ANY(?::text[])',
    [table, [...ids]],
  );
  return new Set(result.rows.map((row) => row.id));
}
