import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import {
  beginIdempotentOperation,
  completeIdempotentOperation,
  openAccount,
  postTransfer,
  type LedgerAccount,
  type TransferInput,
} from '../index.ts';

/** Test fixtures: customers and accounts in a fresh test database, funded through the ledger. */
export class LedgerFixtures {
  private readonly knex: Knex;
  private readonly fundingIds = new Map<string, string>();
  private accountNumber = 0;

  constructor(knex: Knex) {
    this.knex = knex;
  }

  async customer(): Promise<string> {
    const id = randomUUID();
    await this.knex.raw(
      `INSERT INTO authz.customers (id, username, display_name, password_hash, totp_secret_encrypted)
       VALUES (?, ?, 'Test Customer', 'scrypt$fixture', 'v1.fixture')`,
      [id, `customer-${id}`],
    );
    return id;
  }

  /** A customer account (no overdraft) holding `balanceMinor`, funded by one transfer. */
  async customerAccount(balanceMinor: bigint, currency = 'GBP'): Promise<LedgerAccount> {
    this.accountNumber += 1;
    const account = await openAccount(this.knex, {
      kind: 'customer',
      customerId: await this.customer(),
      currency,
      name: 'Test Customer',
      accountType: 'Personal',
      accountSubtype: 'CurrentAccount',
      sortCode: '000000',
      accountNumber: String(this.accountNumber).padStart(8, '0'),
    });
    if (balanceMinor > 0n) await this.fund(account.id, balanceMinor, currency);
    return account;
  }

  async fund(accountId: string, amountMinor: bigint, currency = 'GBP'): Promise<void> {
    await postTransfer(this.knex, {
      kind: 'opening-balance',
      reference: 'FIXTURE FUNDING',
      entries: [
        { accountId: await this.funding(currency), currency, amountMinor: -amountMinor },
        { accountId, currency, amountMinor },
      ],
    });
  }

  async funding(currency = 'GBP'): Promise<string> {
    const known = this.fundingIds.get(currency);
    if (known) return known;
    const account = await openAccount(this.knex, {
      kind: 'funding',
      currency,
      name: `${currency} funding`,
    });
    this.fundingIds.set(currency, account.id);
    return account.id;
  }
}

export async function count(knex: Knex, table: string): Promise<number> {
  const result: { rows: { n: bigint | string }[] } = await knex.raw(
    'SELECT count(*) AS n FROM ??',
    [table],
  );
  return Number(result.rows[0]!.n);
}

/** A GBP internal transfer of `amountMinor` from one account to another. */
export function move(
  fromAccountId: string,
  toAccountId: string,
  amountMinor: bigint,
): TransferInput {
  return {
    kind: 'internal-transfer',
    reference: 'TEST MOVE',
    entries: [
      { accountId: fromAccountId, currency: 'GBP', amountMinor: -amountMinor },
      { accountId: toAccountId, currency: 'GBP', amountMinor },
    ],
  };
}

export interface LedgerSnapshot {
  readonly transfers: number;
  readonly entries: number;
  /** "id balance version" per account, in id order. */
  readonly accounts: readonly string[];
}

/** Everything a refused posting must leave as it was. */
export async function snapshot(knex: Knex): Promise<LedgerSnapshot> {
  const accounts: { rows: { id: string; balance_minor: bigint; version: bigint }[] } =
    await knex.raw('SELECT id, balance_minor, version FROM ledger.accounts ORDER BY id');
  return {
    transfers: await count(knex, 'ledger.transfers'),
    entries: await count(knex, 'ledger.entries'),
    accounts: accounts.rows.map((row) => `${row.id} ${row.balance_minor} ${row.version}`),
  };
}

export interface IdempotentMove {
  readonly key: string;
  /** The request body; "same request" means the same bytes. */
  readonly body: string;
  readonly transfer: TransferInput;
}

/**
 * What a payment endpoint does: claim the key, post the transfer, store the response, one
 * transaction.
 */
export async function idempotentMove(
  knex: Knex,
  request: IdempotentMove,
): Promise<{ replayed: boolean; response: string }> {
  return knex.transaction(async (trx) => {
    const start = await beginIdempotentOperation(trx, {
      clientId: 'test-client',
      operation: 'test-move',
      key: request.key,
      body: request.body,
    });
    if (start.state === 'replayed') return { replayed: true, response: start.response };
    const posted = await postTransfer(trx, request.transfer);
    const response = JSON.stringify({ transferId: posted.transferId });
    await completeIdempotentOperation(trx, start.handle, response);
    return { replayed: false, response };
  });
}
