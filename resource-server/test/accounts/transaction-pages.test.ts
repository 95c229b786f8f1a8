import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { openAccount, postTransfer, type LedgerAccount } from '../../../ledger/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { TRANSACTIONS_PAGE_SIZE, transactionPage } from '../../accounts/transaction-pages.ts';
import type { TransactionView } from '../../accounts/permissions.ts';
import type { PageCursor } from '../../accounts/transaction-query.ts';
import { FieldInvalid } from '../../errors.ts';

/**
 * Paging of transactions on its own, over a real ledger: where a page ends, what its cursor
 * (Links.Next) names, that following the cursors reads every visible entry once, and the early
 * end of a scan through entries the consent hides.
 */

const ALL: TransactionView = { detail: true, credits: true, debits: true };
const CREDITS: TransactionView = { detail: true, credits: true, debits: false };
const ALWAYS = { from: new Date('2000-01-01T00:00:00Z'), to: new Date('2100-01-01T00:00:00Z') };

let database: TestDatabase;
let source: LedgerAccount;

before(async () => {
  database = await createTestDatabase();
  source = await openAccount(database.knex, {
    kind: 'funding',
    currency: 'GBP',
    name: 'paging source',
  });
});
after(() => database?.drop());

async function account(): Promise<LedgerAccount> {
  return openAccount(database.knex, { kind: 'suspense', currency: 'GBP', name: 'paged account' });
}

/** Books `count` entries on the account: credits, or debits when `amountMinor` is negative. */
async function book(target: LedgerAccount, count: number, amountMinor = 1n): Promise<void> {
  for (let i = 0; i < count; i += 1) {
    await postTransfer(database.knex, {
      kind: 'internal-transfer',
      reference: `PAGING ${i}`,
      entries: [
        { accountId: source.id, currency: 'GBP', amountMinor: -amountMinor },
        { accountId: target.id, currency: 'GBP', amountMinor },
      ],
    });
  }
}

/** Every page from the first, following each page's cursor. */
async function allPages(accounts: readonly LedgerAccount[], view: TransactionView) {
  const pages = [];
  let cursor: PageCursor | undefined;
  do {
    const page = await transactionPage(database.knex, accounts, ALWAYS, cursor, view);
    pages.push(page);
    cursor = page.next;
  } while (cursor);
  return pages;
}

describe('transactionPage', () => {
  test('a full page ends at the page size with a cursor; following it reads each entry once, account by account', async () => {
    const first = await account();
    const second = await account();
    await book(first, TRANSACTIONS_PAGE_SIZE + 20);
    await book(second, 5);

    const pages = await allPages([first, second], ALL);
    assert.deepEqual(
      pages.map((page) => page.entries.length),
      [TRANSACTIONS_PAGE_SIZE, 25],
    );
    assert.deepEqual(pages[0]!.next, {
      accountId: first.id,
      afterVersion: BigInt(TRANSACTIONS_PAGE_SIZE),
    });
    assert.equal(pages[1]!.next, undefined);
    const read = pages.flatMap((page) =>
      page.entries.map((entry) => `${entry.accountId}:${entry.accountVersion}`),
    );
    const expected = [
      ...Array.from({ length: TRANSACTIONS_PAGE_SIZE + 20 }, (_, i) => `${first.id}:${i + 1}`),
      ...Array.from({ length: 5 }, (_, i) => `${second.id}:${i + 1}`),
    ];
    assert.deepEqual(read, expected);
  });

  test('a page that takes the last entry exactly has no cursor', async () => {
    const only = await account();
    await book(only, TRANSACTIONS_PAGE_SIZE);
    const page = await transactionPage(database.knex, [only], ALWAYS, undefined, ALL);
    assert.equal(page.entries.length, TRANSACTIONS_PAGE_SIZE);
    assert.equal(page.next, undefined);
  });

  test('a full page that ends an account before another one has a cursor', async () => {
    const first = await account();
    const second = await account();
    await book(first, TRANSACTIONS_PAGE_SIZE);
    await book(second, 1);
    const page = await transactionPage(database.knex, [first, second], ALWAYS, undefined, ALL);
    assert.equal(page.entries.length, TRANSACTIONS_PAGE_SIZE);
    assert.deepEqual(page.next, {
      accountId: first.id,
      afterVersion: BigInt(TRANSACTIONS_PAGE_SIZE),
    });
    const rest = await transactionPage(database.knex, [first, second], ALWAYS, page.next, ALL);
    assert.deepEqual(
      rest.entries.map((entry) => entry.accountId),
      [second.id],
    );
    assert.equal(rest.next, undefined);
  });

  test('entries the view hides are skipped, and a scan through too many of them ends the page early with a cursor', async () => {
    const debited = await account();
    // Ten ledger reads of a page each find only debits: the page ends empty, resuming after them.
    await book(debited, TRANSACTIONS_PAGE_SIZE * 10 + 3, -1n);
    await book(debited, 2);

    const early = await transactionPage(database.knex, [debited], ALWAYS, undefined, CREDITS);
    assert.deepEqual(early.entries, []);
    assert.deepEqual(early.next, {
      accountId: debited.id,
      afterVersion: BigInt(TRANSACTIONS_PAGE_SIZE * 10),
    });
    const rest = await transactionPage(database.knex, [debited], ALWAYS, early.next, CREDITS);
    assert.deepEqual(
      rest.entries.map((entry) => entry.amountMinor),
      [1n, 1n],
    );
    assert.equal(rest.next, undefined);
  });

  test('the booking period bounds the entries; no period reads nothing', async () => {
    const booked = await account();
    await book(booked, 3);
    const future = { from: new Date('2099-01-01T00:00:00Z') };
    assert.deepEqual(await transactionPage(database.knex, [booked], future, undefined, ALL), {
      entries: [],
      next: undefined,
    });
    assert.deepEqual(await transactionPage(database.knex, [booked], undefined, undefined, ALL), {
      entries: [],
      next: undefined,
    });
  });

  test('a cursor naming an account the request does not cover is Field.Invalid on the page parameter', async () => {
    const covered = await account();
    const other = await account();
    await assert.rejects(
      transactionPage(
        database.knex,
        [covered],
        ALWAYS,
        { accountId: other.id, afterVersion: 0n },
        ALL,
      ),
      (error) => error instanceof FieldInvalid && error.path === 'page',
    );
  });
});
