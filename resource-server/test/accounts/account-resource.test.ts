import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { sealPan } from '../../../cards/index.ts';
import { openAccount, type LedgerAccount } from '../../../ledger/index.ts';
import { LedgerFixtures } from '../../../ledger/test/support.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { compileObSchema } from '../../../test/support/ob-spec.ts';
import { accountResource } from '../../accounts/account-resource.ts';

/**
 * The account resource (OBAccount6) of accounts opened in a real ledger: what Basic shows, what
 * Detail adds, and a card account's number masked unless the consent holds ReadPAN. Each object is
 * held to the v3.1.11 account-info document's OBAccount6Basic or OBAccount6Detail.
 */

const basicSchema = compileObSchema('account-info', {
  $ref: '#/components/schemas/OBAccount6Basic',
});
const detailSchema = compileObSchema('account-info', {
  $ref: '#/components/schemas/OBAccount6Detail',
});

function assertSchema(validate: typeof basicSchema, resource: unknown): void {
  assert.ok(validate(resource), JSON.stringify({ resource, errors: validate.errors }, null, 1));
}

/** A valid test card number (Luhn), never shown except to ReadPAN. */
const PAN = '4111111111111111';
const BASIC_KEYS = [
  'AccountId',
  'Status',
  'Currency',
  'AccountType',
  'AccountSubType',
  'Nickname',
  'OpeningDate',
];

let database: TestDatabase;
let current: LedgerAccount;
let savings: LedgerAccount;
let card: LedgerAccount;
const panKey = randomBytes(32);

before(async () => {
  database = await createTestDatabase();
  const customerId = await new LedgerFixtures(database.knex).customer();
  current = await openAccount(database.knex, {
    kind: 'customer',
    customerId,
    currency: 'GBP',
    name: 'Alice Example',
    nickname: 'Bills',
    accountType: 'Personal',
    accountSubtype: 'CurrentAccount',
    sortCode: '123456',
    accountNumber: '00012345',
  });
  savings = await openAccount(database.knex, {
    kind: 'customer',
    customerId,
    currency: 'EUR',
    name: 'Alice Example',
    accountType: 'Business',
    accountSubtype: 'Savings',
    sortCode: '123456',
    accountNumber: '00067890',
  });
  // As the sandbox seed opens a credit card: the number sealed to the account's id.
  const cardId = randomUUID();
  const sealed = sealPan(PAN, panKey, cardId);
  card = await openAccount(database.knex, {
    id: cardId,
    kind: 'customer',
    customerId,
    currency: 'GBP',
    name: 'Alice Example',
    nickname: 'Card',
    accountType: 'Personal',
    accountSubtype: 'CreditCard',
    card: { panToken: sealed.token, panSealed: sealed.sealed, panLast4: sealed.last4 },
    allowNegativeBalance: true,
  });
});
after(() => database?.drop());

describe('accountResource, Basic', () => {
  test("shows the account's id, status, currency, type, subtype, nickname and opening date, no identification", () => {
    const resource = accountResource(current, { detail: false, panKey: undefined });
    assert.deepEqual(resource, {
      AccountId: current.id,
      Status: 'Enabled',
      Currency: 'GBP',
      AccountType: 'Personal',
      AccountSubType: 'CurrentAccount',
      Nickname: 'Bills',
      OpeningDate: current.openedAt.toISOString(),
    });
    assertSchema(basicSchema, resource);
  });

  test('an account without a nickname has no Nickname', () => {
    const resource = accountResource(savings, { detail: false, panKey: undefined });
    assert.equal('Nickname' in resource, false);
    assert.equal(resource.Currency, 'EUR');
    assert.equal(resource.AccountType, 'Business');
    assertSchema(basicSchema, resource);
  });

  test('ReadPAN without Detail shows no card number at all', () => {
    const resource = accountResource(card, { detail: false, panKey });
    assert.deepEqual(Object.keys(resource), BASIC_KEYS);
    assert.equal(JSON.stringify(resource).includes(PAN.slice(-4)), false);
    assertSchema(basicSchema, resource);
  });
});

describe('accountResource, Detail', () => {
  test('adds the sort code and account number as one UK.OBIE.SortCodeAccountNumber identification with the name', () => {
    const resource = accountResource(current, { detail: true, panKey: undefined });
    assert.deepEqual(Object.keys(resource), [...BASIC_KEYS, 'Account']);
    assert.deepEqual(resource.Account, [
      {
        SchemeName: 'UK.OBIE.SortCodeAccountNumber',
        Identification: '12345600012345',
        Name: 'Alice Example',
      },
    ]);
    assertSchema(detailSchema, resource);
  });

  test("a card account's number is masked to its last four digits without ReadPAN", () => {
    const resource = accountResource(card, { detail: true, panKey: undefined });
    assert.deepEqual(resource.Account, [
      { SchemeName: 'UK.OBIE.PAN', Identification: '************1111', Name: 'Alice Example' },
    ]);
    assert.equal(JSON.stringify(resource).includes(PAN), false);
    assertSchema(detailSchema, resource);
  });

  test('with ReadPAN the card number is opened and shown in full', () => {
    const resource = accountResource(card, { detail: true, panKey });
    assert.deepEqual(resource.Account, [
      { SchemeName: 'UK.OBIE.PAN', Identification: PAN, Name: 'Alice Example' },
    ]);
    assertSchema(detailSchema, resource);
  });

  test('a number sealed under another key does not open: an error, never a guess', () => {
    assert.throws(() => accountResource(card, { detail: true, panKey: randomBytes(32) }));
  });
});
