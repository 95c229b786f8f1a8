import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { TokenConsent } from '../../../authz/index.ts';
import { postTransfer, type LedgerAccount } from '../../../ledger/index.ts';
import { LedgerFixtures } from '../../../ledger/test/support.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { ObError } from '../../errors.ts';
import { confirmFunds } from '../../funds-confirmation/confirm-funds.ts';
import { overdraftAccount } from '../support/harness.ts';

/**
 * The one funds rule, as the funds-confirmation API answers it, over accounts in a real ledger:
 * the account covers the amount when it is enabled and the balance reaches it, or it may go below
 * zero (an overdraft); only yes or no comes back, never the balance.
 */

let database: TestDatabase;
let fixtures: LedgerFixtures;

before(async () => {
  database = await createTestDatabase();
  fixtures = new LedgerFixtures(database.knex);
});
after(() => database?.drop());

function consentOn(account: LedgerAccount | string): TokenConsent {
  return {
    id: 'fc-1',
    kind: 'funds-confirmation',
    clientId: 'client-1',
    status: 'Authorised',
    permissions: [],
    expiresAt: undefined,
    transactionFrom: undefined,
    transactionTo: undefined,
    customerId: typeof account === 'string' ? 'alice' : (account.customerId ?? undefined),
    accountIds: [],
    debtorAccountId: typeof account === 'string' ? account : account.id,
  };
}

async function available(account: LedgerAccount, amount: string, currency = 'GBP') {
  const check = await confirmFunds(database.knex, consentOn(account), {
    Amount: amount,
    Currency: currency,
  });
  return check.fundsAvailable;
}

describe('confirmFunds', () => {
  test('an enabled account covers an amount up to its balance, not a penny more', async () => {
    const account = await fixtures.customerAccount(10_000n);
    assert.equal(await available(account, '100.00'), true);
    assert.equal(await available(account, '0.01'), true);
    assert.equal(await available(account, '100.01'), false);
  });

  test('the balance as the ledger holds it now: money that left is not available', async () => {
    const account = await fixtures.customerAccount(10_000n);
    await postTransfer(database.knex, {
      kind: 'internal-transfer',
      reference: 'SPENT',
      entries: [
        { accountId: account.id, currency: 'GBP', amountMinor: -6_000n },
        { accountId: await fixtures.funding(), currency: 'GBP', amountMinor: 6_000n },
      ],
    });
    assert.equal(await available(account, '40.00'), true);
    assert.equal(await available(account, '40.01'), false);
  });

  test('an account with an overdraft covers amounts beyond its balance', async () => {
    const overdraft = await overdraftAccount(database.knex, await fixtures.customer(), '77770001');
    assert.equal(overdraft.balanceMinor, 0n);
    assert.equal(await available(overdraft, '2500.00'), true);
  });

  test('an account that is not enabled covers nothing, whatever its balance', async () => {
    const account = await fixtures.customerAccount(10_000n);
    assert.equal(await available(account, '1.00'), true);
    // The ledger has no operation that changes an account's status (the bank's back office
    // does): set it as the ledger's own tests do.
    for (const status of ['Disabled', 'Pending', 'Deleted', 'ProForma']) {
      await database.knex('ledger.accounts').where({ id: account.id }).update({ status });
      assert.equal(await available(account, '1.00'), false, status);
    }
  });

  test('only the yes or no comes back, with a fresh id and the time of the check', async () => {
    const account = await fixtures.customerAccount(10_000n);
    const before = Date.now();
    const first = await confirmFunds(database.knex, consentOn(account), {
      Amount: '5.00',
      Currency: 'GBP',
    });
    const second = await confirmFunds(database.knex, consentOn(account), {
      Amount: '5.00',
      Currency: 'GBP',
    });
    assert.deepEqual(Object.keys(first).sort(), [
      'createdAt',
      'fundsAvailable',
      'fundsConfirmationId',
    ]);
    assert.match(first.fundsConfirmationId, /^[0-9a-f-]{36}$/);
    assert.notEqual(first.fundsConfirmationId, second.fundsConfirmationId);
    assert.ok(first.createdAt.getTime() >= before && first.createdAt.getTime() <= Date.now());
  });

  test("an amount in another currency than the account's is Unsupported.Currency on the amount's currency", async () => {
    const account = await fixtures.customerAccount(10_000n);
    await assert.rejects(available(account, '1.00', 'EUR'), (error: unknown) => {
      assert.ok(error instanceof ObError);
      assert.equal(error.status, 400);
      assert.equal(error.code, 'UK.OBIE.Unsupported.Currency');
      assert.equal(error.path, 'Data.InstructedAmount.Currency');
      assert.match(error.message, /held in GBP/);
      return true;
    });
  });

  test('a consent without an account, or naming one the ledger does not hold, is a bug (500), not an OB refusal', async () => {
    for (const consent of [
      { ...consentOn('acc-unknown'), debtorAccountId: undefined },
      consentOn('acc-unknown'),
    ]) {
      await assert.rejects(
        confirmFunds(database.knex, consent, { Amount: '1.00', Currency: 'GBP' }),
        (error: unknown) => error instanceof Error && !(error instanceof ObError),
      );
    }
  });
});
