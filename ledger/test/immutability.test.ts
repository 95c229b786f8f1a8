import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { postTransfer, type PostedTransfer } from '../index.ts';
import { LedgerFixtures, move, snapshot } from './support.ts';

// Transfers and entries are append-only, enforced by triggers: a mistake is corrected by a
// reversing transfer, never by editing history.

let database: TestDatabase;
let posted: PostedTransfer;

before(async () => {
  database = await createTestDatabase();
  const fixtures = new LedgerFixtures(database.knex);
  const payer = await fixtures.customerAccount(1_000n);
  const payee = await fixtures.customerAccount(0n);
  posted = await postTransfer(database.knex, move(payer.id, payee.id, 300n));
});
after(() => database?.drop());

const APPEND_ONLY = /is append-only/;

test('entries cannot be updated, deleted or truncated', async () => {
  const before = await snapshot(database.knex);
  const entryId = posted.entries[0]!.entryId.toString();
  await assert.rejects(
    database.knex.raw('UPDATE ledger.entries SET amount_minor = 1 WHERE id = ?', [entryId]),
    APPEND_ONLY,
  );
  await assert.rejects(
    database.knex.raw('DELETE FROM ledger.entries WHERE id = ?', [entryId]),
    APPEND_ONLY,
  );
  await assert.rejects(database.knex.raw('TRUNCATE ledger.entries CASCADE'), APPEND_ONLY);
  assert.deepEqual(await snapshot(database.knex), before);
});

test('transfers cannot be updated, deleted or truncated', async () => {
  const before = await snapshot(database.knex);
  await assert.rejects(
    database.knex.raw(`UPDATE ledger.transfers SET reference = 'EDITED' WHERE id = ?`, [
      posted.transferId,
    ]),
    APPEND_ONLY,
  );
  await assert.rejects(
    database.knex.raw('DELETE FROM ledger.transfers WHERE id = ?', [posted.transferId]),
    APPEND_ONLY,
  );
  await assert.rejects(database.knex.raw('TRUNCATE ledger.transfers CASCADE'), APPEND_ONLY);
  assert.deepEqual(await snapshot(database.knex), before);
});

test('a committed transfer cannot gain entries later', async () => {
  const before = await snapshot(database.knex);
  const [first] = posted.entries;
  await assert.rejects(
    database.knex.raw(
      `INSERT INTO ledger.entries (transfer_id, account_id, currency, amount_minor, balance_after_minor, account_version)
       SELECT ?, a.id, a.currency, 1, a.balance_minor + 1, a.version + 1 FROM ledger.accounts a WHERE a.id = ?`,
      [posted.transferId, first!.accountId],
    ),
    /can only be written by the transaction that created it/,
  );
  assert.deepEqual(await snapshot(database.knex), before);
});
