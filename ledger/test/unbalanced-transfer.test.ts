import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import type { Knex } from 'knex';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { LedgerFixtures, snapshot } from './support.ts';

// These tests bypass postTransfer and write SQL by hand, as a buggy service or a manual fix
// would: the database alone must refuse to commit a transfer that does not balance.

let database: TestDatabase;
let payer: string;
let payee: string;

before(async () => {
  database = await createTestDatabase();
  const fixtures = new LedgerFixtures(database.knex);
  payer = (await fixtures.customerAccount(1_000n)).id;
  payee = (await fixtures.customerAccount(0n)).id;
});
after(() => database?.drop());

interface HandEntry {
  accountId: string;
  amountMinor: bigint;
}

/**
 * Writes a transfer, its entries and the balance moves exactly as the ledger would, minus its
 * checks.
 */
async function writeByHand(trx: Knex.Transaction, entries: readonly HandEntry[]): Promise<void> {
  const transferId = randomUUID();
  await trx.raw(
    `INSERT INTO ledger.transfers (id, kind, reference) VALUES (?, 'internal-transfer', 'BY HAND')`,
    [transferId],
  );
  for (const entry of entries) {
    await trx.raw(
      `INSERT INTO ledger.entries (transfer_id, account_id, currency, amount_minor, balance_after_minor, account_version)
       SELECT ?, a.id, a.currency, ?::bigint, a.balance_minor + ?::bigint, a.version + 1
       FROM ledger.accounts a WHERE a.id = ?`,
      [transferId, entry.amountMinor.toString(), entry.amountMinor.toString(), entry.accountId],
    );
    await trx.raw(
      `UPDATE ledger.accounts SET balance_minor = balance_minor + ?::bigint, version = version + 1 WHERE id = ?`,
      [entry.amountMinor.toString(), entry.accountId],
    );
  }
}

async function assertRefusedAtCommit(
  entries: readonly HandEntry[],
  message: RegExp,
): Promise<void> {
  const before = await snapshot(database.knex);
  await assert.rejects(
    database.knex.transaction((trx) => writeByHand(trx, entries)),
    (error: Error & { code?: string }) => {
      assert.equal(error.code, '23514', 'check_violation from the constraint trigger');
      assert.match(error.message, message);
      return true;
    },
  );
  assert.deepEqual(
    await snapshot(database.knex),
    before,
    'nothing of the refused transfer persists',
  );
}

test('entries that do not sum to zero are refused at commit', async () => {
  await assertRefusedAtCommit(
    [
      { accountId: payer, amountMinor: -100n },
      { accountId: payee, amountMinor: 50n },
    ],
    /do not sum to zero in GBP/,
  );
});

test('a transfer with a single entry is refused at commit', async () => {
  await assertRefusedAtCommit(
    [{ accountId: payee, amountMinor: 100n }],
    /has 1 entries; a transfer needs at least two/,
  );
});

test('a transfer with no entries is refused at commit', async () => {
  await assertRefusedAtCommit([], /has 0 entries/);
});

test('the same hand-written SQL commits when the entries balance', async () => {
  // Proves the refusals above come from the balance check, not from a mistake in writeByHand.
  await database.knex.transaction((trx) =>
    writeByHand(trx, [
      { accountId: payer, amountMinor: -100n },
      { accountId: payee, amountMinor: 100n },
    ]),
  );
  const after = await snapshot(database.knex);
  assert.ok(after.accounts.includes(`${payer} 900 2`));
  assert.ok(after.accounts.includes(`${payee} 100 1`));
});

test('a balance cannot move without its entry', async () => {
  const before = await snapshot(database.knex);
  await assert.rejects(
    database.knex.raw(
      'UPDATE ledger.accounts SET balance_minor = balance_minor + 1, version = version + 1 WHERE id = ?',
      [payee],
    ),
    /balance of account .* changes only with its entry/,
  );
  assert.deepEqual(await snapshot(database.knex), before);
});
