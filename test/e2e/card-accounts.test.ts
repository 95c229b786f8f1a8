import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Knex } from 'knex';
import { callApi, type AccessToken } from '../../examples/tpp-client.ts';
import { SANDBOX_CUSTOMERS } from '../../db/seeds/index.ts';
import { ALICE, authorizeIntent } from '../support/customer-consent.ts';
import { accountAccessRequest } from '../support/intent-requests.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * Credit card accounts (UK.OBIE.PAN) through the Accounts API: the number in full only to a consent
 * holding ReadPAN, masked otherwise; card purchases and the repayment in the account's transactions
 * like any other; and the number nowhere in the database (every row of every table and what the
 * catalog stores as text, the data pg_dump would write) nor in any log line.
 */

const REDIRECT = 'https://tpp.example/cb';
const PANS = SANDBOX_CUSTOMERS.map((customer) => customer.creditCard!.pan);
const ALICE_CARD = ALICE.creditCard!;

let platform: TestPlatform;
let tpp: OnboardedTpp;

before(async () => {
  platform = await startTestPlatform();
  tpp = await onboardTpp(platform, { name: 'Cards Ltd', roles: ['AISP'], redirectUri: REDIRECT });
});
after(() => platform?.stop());

async function consentWith(permissions: string[]): Promise<AccessToken> {
  const request = accountAccessRequest();
  request.Data.Permissions = permissions;
  const consentId = await createdIntentId(tpp.tpp, 'account-access', request);
  return authorizeIntent(platform, tpp.tpp, consentId, { redirectUri: REDIRECT, accounts: 'all' });
}

async function cardAccount(token: AccessToken): Promise<Record<string, any>> {
  const response = await callApi(tpp.tpp, token, 'GET', '/open-banking/v3.1/aisp/accounts');
  assert.equal(response.status, 200);
  const accounts = ((await response.json()) as { Data: { Account: Record<string, any>[] } }).Data
    .Account;
  const card = accounts.find((account) => account.AccountId === ALICE_CARD.id);
  assert.ok(card, 'the credit card is among the shared accounts');
  assert.equal(card.AccountSubType, 'CreditCard');
  return card;
}

test('with ReadPAN the card number in full, without it masked, with Basic none', async () => {
  const full = await cardAccount(await consentWith(['ReadAccountsDetail', 'ReadPAN']));
  assert.deepEqual(full.Account, [
    { SchemeName: 'UK.OBIE.PAN', Identification: ALICE_CARD.pan, Name: ALICE.displayName },
  ]);

  const token = await consentWith([
    'ReadAccountsDetail',
    'ReadBalances',
    'ReadTransactionsDetail',
    'ReadTransactionsCredits',
    'ReadTransactionsDebits',
  ]);
  const masked = await cardAccount(token);
  assert.deepEqual(masked.Account, [
    {
      SchemeName: 'UK.OBIE.PAN',
      Identification: `************${ALICE_CARD.pan.slice(-4)}`,
      Name: ALICE.displayName,
    },
  ]);
  const one = await callApi(
    tpp.tpp,
    token,
    'GET',
    `/open-banking/v3.1/aisp/accounts/${ALICE_CARD.id}`,
  );
  assert.doesNotMatch(
    await one.text(),
    new RegExp(ALICE_CARD.pan),
    'nor on the one-account endpoint',
  );

  const basic = await cardAccount(await consentWith(['ReadAccountsBasic']));
  assert.equal(basic.Account, undefined);
});

test("card purchases and the repayment are the card account's transactions, its balance what they leave", async () => {
  const token = await consentWith([
    'ReadAccountsDetail',
    'ReadBalances',
    'ReadTransactionsDetail',
    'ReadTransactionsCredits',
    'ReadTransactionsDebits',
  ]);
  const response = await callApi(
    tpp.tpp,
    token,
    'GET',
    `/open-banking/v3.1/aisp/accounts/${ALICE_CARD.id}/transactions`,
  );
  assert.equal(response.status, 200);
  const transactions = ((await response.json()) as { Data: { Transaction: Record<string, any>[] } })
    .Data.Transaction;
  const seen = transactions.map(
    (t) =>
      `${t.CreditDebitIndicator} ${t.Amount.Amount} ${t.TransactionReference ?? t.TransactionInformation ?? ''}`,
  );
  assert.equal(transactions.length, 3, seen.join('; '));
  assert.deepEqual(transactions.map((t) => [t.CreditDebitIndicator, t.Amount.Amount]).sort(), [
    ['Credit', '89.00'],
    ['Debit', '18.99'],
    ['Debit', '89.00'],
  ]);
  const balances = await callApi(
    tpp.tpp,
    token,
    'GET',
    `/open-banking/v3.1/aisp/accounts/${ALICE_CARD.id}/balances`,
  );
  const balance = ((await balances.json()) as { Data: { Balance: Record<string, any>[] } }).Data
    .Balance[0]!;
  assert.deepEqual([balance.CreditDebitIndicator, balance.Amount.Amount], ['Debit', '18.99']);
});

/**
 * The data of every table outside PostgreSQL's own schemas, row by row as text, and the catalog's
 * stored text.
 */
async function databaseText(knex: Knex): Promise<string> {
  const { rows: tables } = await knex.raw<{ rows: { schema: string; name: string }[] }>(
    `SELECT n.nspname AS schema, c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%'`,
  );
  assert.ok(tables.some((t) => t.schema === 'ledger' && t.name === 'accounts'));
  const parts: string[] = [];
  for (const table of tables) {
    const { rows } = await knex.raw<{ rows: { row: string }[] }>(
      'SELECT t::text AS row FROM ??.?? t',
      [table.schema, table.name],
    );
    parts.push(...rows.map((r) => r.row));
  }
  const { rows: catalog } = await knex.raw<{ rows: { text: string }[] }>(
    `SELECT prosrc AS text FROM pg_proc WHERE pronamespace NOT IN ('pg_catalog'::regnamespace, 'information_schema'::regnamespace)
     UNION ALL SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef
     UNION ALL SELECT pg_get_viewdef(oid) FROM pg_class WHERE relkind IN ('v', 'm') AND relnamespace <> 'pg_catalog'::regnamespace
     UNION ALL SELECT pg_get_constraintdef(oid) FROM pg_constraint`,
  );
  parts.push(...catalog.map((r) => r.text ?? ''));
  return parts.join('\n');
}

test('no card number in any table, in what the catalog stores, or in any log line', async () => {
  const dump = await databaseText(platform.knex);
  const [account] = await platform
    .knex('ledger.accounts')
    .where({ id: ALICE_CARD.id })
    .select('pan_token', 'pan_last4');
  assert.ok(
    dump.includes(account.pan_token) && dump.includes(ALICE_CARD.id),
    'the dump holds the card accounts',
  );
  for (const pan of PANS) {
    assert.ok(!dump.includes(pan), 'no card number in the database');
    for (const line of platform.logLines())
      assert.ok(!line.includes(pan), `no card number in the log: ${line.slice(0, 200)}`);
  }
  assert.ok(platform.logLines().length > 20, 'the log was captured');
});
