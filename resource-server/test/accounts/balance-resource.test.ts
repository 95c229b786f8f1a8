import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { getAccount, postTransfer, type LedgerAccount } from '../../../ledger/index.ts';
import { LedgerFixtures } from '../../../ledger/test/support.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { compileObSchema } from '../../../test/support/ob-spec.ts';
import { balanceResources, signedAmount } from '../../accounts/balance-resource.ts';
import { overdraftAccount } from '../support/harness.ts';

/**
 * The balance resources (OBReadBalance1 items) of accounts read back from a real ledger: one
 * InterimAvailable and one InterimBooked item at the ledger balance, the sign as
 * CreditDebitIndicator beside the magnitude, held to the v3.1.11 account-info document.
 */

const readBalance = compileObSchema('account-info', {
  $ref: '#/components/schemas/OBReadBalance1',
});

function assertBalances(items: Record<string, unknown>[]): void {
  const body = { Data: { Balance: items } };
  assert.ok(readBalance(body), JSON.stringify({ body, errors: readBalance.errors }, null, 1));
}

const AS_OF = new Date('2026-12-05T10:00:00.000Z');

let database: TestDatabase;
let fixtures: LedgerFixtures;

before(async () => {
  database = await createTestDatabase();
  fixtures = new LedgerFixtures(database.knex);
});
after(() => database?.drop());

/** The account as the ledger holds it now (its balance after every posting). */
async function reread(account: LedgerAccount): Promise<LedgerAccount> {
  return (await getAccount(database.knex, account.id))!;
}

describe('balanceResources', () => {
  test('a funded account: InterimAvailable and InterimBooked, both the ledger balance, Credit', async () => {
    const account = await reread(await fixtures.customerAccount(12_345n));
    const items = balanceResources(account, AS_OF);
    assert.deepEqual(items, [
      {
        AccountId: account.id,
        CreditDebitIndicator: 'Credit',
        Amount: { Amount: '123.45', Currency: 'GBP' },
        Type: 'InterimAvailable',
        DateTime: '2026-12-05T10:00:00.000Z',
      },
      {
        AccountId: account.id,
        CreditDebitIndicator: 'Credit',
        Amount: { Amount: '123.45', Currency: 'GBP' },
        Type: 'InterimBooked',
        DateTime: '2026-12-05T10:00:00.000Z',
      },
    ]);
    assertBalances(items);
  });

  test('an account below zero (an account with an overdraft, spent beyond its money) is Debit with the magnitude', async () => {
    const overdrawn = await overdraftAccount(database.knex, await fixtures.customer(), '99990001');
    await postTransfer(database.knex, {
      kind: 'card-payment',
      reference: 'GROCER',
      entries: [
        { accountId: overdrawn.id, currency: 'GBP', amountMinor: -4_200n },
        { accountId: await fixtures.funding(), currency: 'GBP', amountMinor: 4_200n },
      ],
    });
    const items = balanceResources(await reread(overdrawn), AS_OF);
    assert.deepEqual(
      items.map((item) => [item.Type, item.CreditDebitIndicator, item.Amount]),
      [
        ['InterimAvailable', 'Debit', { Amount: '42.00', Currency: 'GBP' }],
        ['InterimBooked', 'Debit', { Amount: '42.00', Currency: 'GBP' }],
      ],
    );
    assertBalances(items);
  });

  test('a zero balance is Credit 0.00', async () => {
    const items = balanceResources(await reread(await fixtures.customerAccount(0n)), AS_OF);
    assert.deepEqual(
      items.map((item) => [item.CreditDebitIndicator, item.Amount]),
      [
        ['Credit', { Amount: '0.00', Currency: 'GBP' }],
        ['Credit', { Amount: '0.00', Currency: 'GBP' }],
      ],
    );
    assertBalances(items);
  });
});

describe('signedAmount', () => {
  test("the amount is written in the currency's minor unit: none for JPY, three places for BHD", () => {
    assert.deepEqual(signedAmount(-1_500n, 'JPY'), {
      CreditDebitIndicator: 'Debit',
      Amount: { Amount: '1500', Currency: 'JPY' },
    });
    assert.deepEqual(signedAmount(1_234n, 'BHD'), {
      CreditDebitIndicator: 'Credit',
      Amount: { Amount: '1.234', Currency: 'BHD' },
    });
  });
});
