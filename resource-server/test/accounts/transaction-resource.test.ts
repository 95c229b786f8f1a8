import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  formatAmount,
  listAccountEntries,
  postTransfer,
  type AccountEntry,
  type JsonObject,
  type LedgerAccount,
  type TransferKind,
} from '../../../ledger/index.ts';
import { LedgerFixtures } from '../../../ledger/test/support.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { compileObSchema } from '../../../test/support/ob-spec.ts';
import type { TransactionView } from '../../accounts/permissions.ts';
import { transactionResource, visible } from '../../accounts/transaction-resource.ts';

/**
 * The transaction resource (OBTransaction6) of entries posted to a real ledger, with the metadata
 * the platform writes (a card payment's merchant, a payment's counterparty): what Basic shows,
 * what Detail adds, and which entries the Credits/Debits permissions let through. Each object is
 * held to the v3.1.11 account-info document's OBTransaction6Basic or OBTransaction6Detail.
 */

const basicSchema = compileObSchema('account-info', {
  $ref: '#/components/schemas/OBTransaction6Basic',
});
const detailSchema = compileObSchema('account-info', {
  $ref: '#/components/schemas/OBTransaction6Detail',
});

function assertSchema(validate: typeof basicSchema, resource: unknown): void {
  assert.ok(validate(resource), JSON.stringify({ resource, errors: validate.errors }, null, 1));
}

const BASIC: TransactionView = { detail: false, credits: true, debits: true };
const DETAIL: TransactionView = { detail: true, credits: true, debits: true };
const BASIC_KEYS = [
  'AccountId',
  'TransactionId',
  'TransactionReference',
  'CreditDebitIndicator',
  'Status',
  'TransactionMutability',
  'BookingDateTime',
  'Amount',
  'ProprietaryBankTransactionCode',
];

let database: TestDatabase;
let fixtures: LedgerFixtures;
let account: LedgerAccount;

before(async () => {
  database = await createTestDatabase();
  fixtures = new LedgerFixtures(database.knex);
  account = await fixtures.customerAccount(100_000n);
});
after(() => database?.drop());

/** Posts one transfer moving `amountMinor` into the account (out when negative); its entry. */
async function entry(
  kind: TransferKind,
  reference: string,
  amountMinor: bigint,
  metadata: JsonObject,
): Promise<AccountEntry> {
  await postTransfer(database.knex, {
    kind,
    reference,
    metadata,
    entries: [
      { accountId: account.id, currency: 'GBP', amountMinor },
      { accountId: await fixtures.funding(), currency: 'GBP', amountMinor: -amountMinor },
    ],
  });
  const { entries } = await listAccountEntries(database.knex, {
    accountId: account.id,
    limit: 500,
  });
  return entries.at(-1)!;
}

describe('transactionResource', () => {
  test('Basic: booking time, amount, direction, reference and the transfer kind, nothing more', async () => {
    const paid = await entry('card-payment', 'CORNER SHOP', -1_250n, {
      counterparty: { name: 'Corner Shop' },
      merchant: { name: 'Corner Shop', categoryCode: '5411' },
    });
    const resource = transactionResource(paid, BASIC);
    assert.deepEqual(resource, {
      AccountId: account.id,
      TransactionId: paid.entryId.toString(),
      TransactionReference: 'CORNER SHOP',
      CreditDebitIndicator: 'Debit',
      Status: 'Booked',
      TransactionMutability: 'Immutable',
      BookingDateTime: paid.bookedAt.toISOString(),
      Amount: { Amount: '12.50', Currency: 'GBP' },
      ProprietaryBankTransactionCode: { Code: 'card-payment', Issuer: 'SandboxBank' },
    });
    assertSchema(basicSchema, resource);
  });

  test("Detail adds the narrative, the balance after the entry, the merchant and a debit's creditor", async () => {
    const paid = await entry('card-payment', 'GROCER', -2_000n, {
      counterparty: { name: 'Grocer Ltd' },
      merchant: { name: 'Grocer Ltd', categoryCode: '5411' },
    });
    const resource = transactionResource(paid, DETAIL);
    assert.deepEqual(Object.keys(resource), [
      ...BASIC_KEYS,
      'TransactionInformation',
      'Balance',
      'MerchantDetails',
      'CreditorAccount',
    ]);
    assert.equal(resource.TransactionInformation, 'GROCER');
    assert.deepEqual(resource.Balance, {
      CreditDebitIndicator: 'Credit',
      Type: 'InterimBooked',
      Amount: { Amount: formatAmount(paid.balanceAfterMinor, 'GBP'), Currency: 'GBP' },
    });
    assert.deepEqual(resource.MerchantDetails, {
      MerchantName: 'Grocer Ltd',
      MerchantCategoryCode: '5411',
    });
    assert.deepEqual(resource.CreditorAccount, { Name: 'Grocer Ltd' });
    assertSchema(detailSchema, resource);
  });

  test("a credit's counterparty is its debtor; no merchant, no MerchantDetails", async () => {
    const received = await entry('inbound-payment', 'SALARY', 150_000n, {
      counterparty: { name: 'Employer plc' },
    });
    const resource = transactionResource(received, DETAIL);
    assert.equal(resource.CreditDebitIndicator, 'Credit');
    assert.deepEqual(resource.DebtorAccount, { Name: 'Employer plc' });
    assert.equal('CreditorAccount' in resource, false);
    assert.equal('MerchantDetails' in resource, false);
    assertSchema(detailSchema, resource);
  });

  test('metadata OB cannot carry is left out or cut: blank names, a malformed category code, names over 350 characters', async () => {
    const long = 'N'.repeat(400);
    const odd = await entry('card-payment', 'ODD MERCHANT', -100n, {
      counterparty: { name: '   ' },
      merchant: { name: long, categoryCode: '54A1' },
    });
    const resource = transactionResource(odd, DETAIL);
    assert.deepEqual(resource.MerchantDetails, { MerchantName: 'N'.repeat(350) });
    assert.equal('CreditorAccount' in resource, false);
    assertSchema(detailSchema, resource);

    const bare = await entry('internal-transfer', 'NO METADATA', -100n, {
      counterparty: 'not an object',
    });
    const plain = transactionResource(bare, DETAIL);
    assert.deepEqual(Object.keys(plain), [...BASIC_KEYS, 'TransactionInformation', 'Balance']);
    assertSchema(detailSchema, plain);
  });
});

describe('visible', () => {
  test('a debit needs ReadTransactionsDebits, a credit ReadTransactionsCredits', async () => {
    const debit = await entry('internal-transfer', 'OUT', -1n, {});
    const credit = await entry('internal-transfer', 'IN', 1n, {});
    const credits = { detail: false, credits: true, debits: false };
    const debits = { detail: false, credits: false, debits: true };
    assert.deepEqual(
      [visible(debit, credits), visible(credit, credits)],
      [false, true],
      'credits only',
    );
    assert.deepEqual(
      [visible(debit, debits), visible(credit, debits)],
      [true, false],
      'debits only',
    );
    assert.deepEqual([visible(debit, DETAIL), visible(credit, DETAIL)], [true, true], 'both');
  });
});
