import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { openAccount, postTransfer, type LedgerAccount } from '../index.ts';

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
    const account = await openAccount(this.knex, { kind: 'funding', currency, name: `${currency} funding` });
    this.fundingIds.set(currency, account.id);
    return account.id;
  }
}

export async function count(knex: Knex, table: string): Promise<number> {
  const result: { rows: { n: bigint | string }[] } = await knex.raw('SELECT count(*) AS n FROM ??', [table]);
  return Number(result.rows[0]!.n);
}
