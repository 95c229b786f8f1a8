import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import {
  AccountNotEnabledError,
  AccountNotFoundError,
  CurrencyMismatchError,
  DuplicateTransferError,
  InsufficientFundsError,
  InvalidTransferError,
  getAccountBalance,
  listAccountEntries,
  postTransfer,
  reconcileLedger,
} from '../index.ts';
import { LedgerFixtures, move, snapshot } from './support.ts';

let database: TestDatabase;
let fixtures: LedgerFixtures;

before(async () => {
  database = await createTestDatabase();
  fixtures = new LedgerFixtures(database.knex);
});
after(() => database?.drop());

describe('postTransfer', () => {
  test('moves the money and records the balance after on each entry', async () => {
    const payer = await fixtures.customerAccount(1_000n);
    const payee = await fixtures.customerAccount(0n);

    const posted = await postTransfer(database.knex, {
      ...move(payer.id, payee.id, 250n),
      metadata: { counterparty: { name: 'Payee' } },
    });

    assert.deepEqual(
      posted.entries.map((entry) => [
        entry.accountId,
        entry.amountMinor,
        entry.balanceAfterMinor,
        entry.accountVersion,
      ]),
      [
        [payer.id, -250n, 750n, 2n],
        [payee.id, 250n, 250n, 1n],
      ],
    );
    assert.equal((await getAccountBalance(database.knex, payer.id)).balanceMinor, 750n);
    assert.equal((await getAccountBalance(database.knex, payee.id)).balanceMinor, 250n);

    const statement = await listAccountEntries(database.knex, { accountId: payer.id, limit: 10 });
    assert.deepEqual(
      statement.entries.map((entry) => [entry.amountMinor, entry.balanceAfterMinor]),
      [
        [1_000n, 1_000n],
        [-250n, 750n],
      ],
    );
    assert.equal(statement.entries[1]?.transferId, posted.transferId);
    assert.deepEqual(statement.entries[1]?.metadata, { counterparty: { name: 'Payee' } });
    assert.equal((await reconcileLedger(database.knex)).ok, true);
  });

  test('joins the caller transaction: a rollback takes the transfer with it', async () => {
    const payer = await fixtures.customerAccount(500n);
    const payee = await fixtures.customerAccount(0n);
    const before = await snapshot(database.knex);
    await assert.rejects(
      database.knex.transaction(async (trx) => {
        await postTransfer(trx, move(payer.id, payee.id, 100n));
        throw new Error('caller fails after posting');
      }),
      /caller fails after posting/,
    );
    assert.deepEqual(await snapshot(database.knex), before);
  });
});

describe('refusals change nothing', () => {
  test('insufficient funds', async () => {
    const payer = await fixtures.customerAccount(100n);
    const payee = await fixtures.customerAccount(0n);
    const before = await snapshot(database.knex);
    await assert.rejects(
      postTransfer(database.knex, move(payer.id, payee.id, 101n)),
      (error: unknown) => {
        assert.ok(error instanceof InsufficientFundsError);
        assert.equal(error.accountId, payer.id);
        return true;
      },
    );
    assert.deepEqual(await snapshot(database.knex), before);

    // The whole balance, to the last minor unit, may go.
    await postTransfer(database.knex, move(payer.id, payee.id, 100n));
    assert.equal((await getAccountBalance(database.knex, payer.id)).balanceMinor, 0n);
  });

  test('no debit from an account that is not enabled; credits still land', async () => {
    const payer = await fixtures.customerAccount(1_000n);
    const other = await fixtures.customerAccount(1_000n);
    await database.knex('ledger.accounts').where({ id: payer.id }).update({ status: 'Disabled' });
    const before = await snapshot(database.knex);
    await assert.rejects(
      postTransfer(database.knex, move(payer.id, other.id, 1n)),
      (error: unknown) => {
        assert.ok(error instanceof AccountNotEnabledError);
        assert.equal(error.accountId, payer.id);
        assert.match(error.message, /is Disabled/);
        return true;
      },
    );
    assert.deepEqual(await snapshot(database.knex), before);

    await postTransfer(database.knex, move(other.id, payer.id, 5n));
    assert.equal((await getAccountBalance(database.knex, payer.id)).balanceMinor, 1_005n);
  });

  test('unbalanced, malformed, unknown account, wrong currency, duplicate id', async () => {
    const payer = await fixtures.customerAccount(1_000n);
    const payee = await fixtures.customerAccount(0n);
    const euros = await fixtures.customerAccount(0n, 'EUR');
    const { transferId } = await postTransfer(database.knex, move(payer.id, payee.id, 1n));
    const before = await snapshot(database.knex);

    const refusals: [string, Parameters<typeof postTransfer>[1], (error: unknown) => boolean][] = [
      [
        'unbalanced',
        {
          ...move(payer.id, payee.id, 5n),
          entries: [
            { accountId: payer.id, currency: 'GBP', amountMinor: -5n },
            { accountId: payee.id, currency: 'GBP', amountMinor: 4n },
          ],
        },
        reason('unbalanced'),
      ],
      [
        'one entry',
        {
          ...move(payer.id, payee.id, 5n),
          entries: [{ accountId: payer.id, currency: 'GBP', amountMinor: 5n }],
        },
        reason('entry-count'),
      ],
      ['zero amount', move(payer.id, payee.id, 0n), reason('amount')],
      ['same account twice', move(payer.id, payer.id, 5n), reason('duplicate-account')],
      ['empty reference', { ...move(payer.id, payee.id, 5n), reference: ' ' }, reason('reference')],
      [
        'future booking',
        { ...move(payer.id, payee.id, 5n), bookedAt: new Date(Date.now() + 3_600_000) },
        reason('booked-at'),
      ],
      [
        'unknown account',
        move(payer.id, 'no-such-account', 5n),
        (error) => error instanceof AccountNotFoundError,
      ],
      [
        'currency mismatch',
        move(payer.id, euros.id, 5n),
        (error) => error instanceof CurrencyMismatchError,
      ],
      [
        'duplicate transfer id',
        { ...move(payer.id, payee.id, 5n), transferId },
        (error) => error instanceof DuplicateTransferError,
      ],
    ];
    for (const [name, input, check] of refusals) {
      await assert.rejects(postTransfer(database.knex, input), check, name);
    }
    assert.deepEqual(await snapshot(database.knex), before);
  });
});

function reason(expected: InvalidTransferError['reason']) {
  return (error: unknown) => error instanceof InvalidTransferError && error.reason === expected;
}
