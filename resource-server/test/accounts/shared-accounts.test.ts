import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TokenConsent } from '../../../authz/index.ts';
import { openAccount, type LedgerAccount } from '../../../ledger/index.ts';
import { LedgerFixtures } from '../../../ledger/test/support.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { sharedAccounts } from '../../accounts/shared-accounts.ts';

/**
 * The accounts an account-access consent shares, read from a real ledger: only those the customer
 * still holds, in id order (the order bulk transaction pages walk them in), whatever order the
 * consent lists them or the ledger opened them in.
 */

let database: TestDatabase;
let customerId: string;
/** Opened in this order; their ids sort the other way. */
let opened: LedgerAccount[];
let strangers: LedgerAccount;

async function open(id: string, owner: string): Promise<LedgerAccount> {
  return openAccount(database.knex, {
    id,
    kind: 'customer',
    customerId: owner,
    currency: 'GBP',
    name: 'Test Customer',
    accountType: 'Personal',
    accountSubtype: 'CurrentAccount',
    sortCode: '123456',
    accountNumber: String(10_000_000 + opened.length + (owner === customerId ? 0 : 50)),
  });
}

before(async () => {
  database = await createTestDatabase();
  const fixtures = new LedgerFixtures(database.knex);
  customerId = await fixtures.customer();
  opened = [];
  for (const id of ['acc-c', 'acc-b', 'acc-a']) opened.push(await open(id, customerId));
  strangers = await open('acc-0', await fixtures.customer());
});
after(() => database?.drop());

function consent(changes: Partial<TokenConsent>): TokenConsent {
  return {
    id: 'aac-1',
    kind: 'account-access',
    clientId: 'client-1',
    status: 'Authorised',
    permissions: ['ReadAccountsBasic'],
    expiresAt: undefined,
    transactionFrom: undefined,
    transactionTo: undefined,
    customerId,
    accountIds: [],
    debtorAccountId: undefined,
    ...changes,
  };
}

describe('sharedAccounts', () => {
  test('the accounts the consent names, as the ledger holds them now, in id order', async () => {
    const accounts = await sharedAccounts(
      database.knex,
      consent({ accountIds: ['acc-c', 'acc-a'] }),
    );
    assert.deepEqual(
      accounts.map((account) => account.id),
      ['acc-a', 'acc-c'],
    );
    assert.deepEqual(
      accounts[1],
      opened.find((account) => account.id === 'acc-c'),
    );
  });

  test('an account of another customer, or none the ledger holds, is not shared though the consent names it', async () => {
    const accounts = await sharedAccounts(
      database.knex,
      consent({ accountIds: [strangers.id, 'acc-gone', 'acc-b'] }),
    );
    assert.deepEqual(
      accounts.map((account) => account.id),
      ['acc-b'],
    );
  });

  test("the customer's accounts the consent does not name are not shared", async () => {
    assert.deepEqual(await sharedAccounts(database.knex, consent({ accountIds: [] })), []);
  });

  test('a consent with no customer (never authorised by one) shares nothing', async () => {
    assert.deepEqual(
      await sharedAccounts(
        database.knex,
        consent({ customerId: undefined, accountIds: ['acc-a', 'acc-b'] }),
      ),
      [],
    );
  });
});
