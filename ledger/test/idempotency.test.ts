import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import {
  IdempotencyKeyReusedError,
  LedgerInvariantError,
  beginIdempotentOperation,
} from '../index.ts';
import { LedgerFixtures, count, idempotentMove, move, snapshot } from './support.ts';

let database: TestDatabase;
let payer: string;
let payee: string;

before(async () => {
  database = await createTestDatabase();
  const fixtures = new LedgerFixtures(database.knex);
  payer = (await fixtures.customerAccount(10_000n)).id;
  payee = (await fixtures.customerAccount(0n)).id;
});
after(() => database?.drop());

test('a retry with the same key and body gets the first response and moves no money', async () => {
  const request = { key: 'retry-1', body: '{"amount":"1.00"}', transfer: move(payer, payee, 100n) };
  const first = await idempotentMove(database.knex, request);
  const afterFirst = await snapshot(database.knex);
  const retry = await idempotentMove(database.knex, request);
  assert.equal(first.replayed, false);
  assert.deepEqual(retry, { replayed: true, response: first.response });
  assert.deepEqual(await snapshot(database.knex), afterFirst);
});

test('the same key with a different body is refused', async () => {
  await idempotentMove(database.knex, {
    key: 'reuse-1',
    body: '{"amount":"1.00"}',
    transfer: move(payer, payee, 100n),
  });
  const before = await snapshot(database.knex);
  await assert.rejects(
    idempotentMove(database.knex, {
      key: 'reuse-1',
      body: '{"amount":"2.00"}',
      transfer: move(payer, payee, 200n),
    }),
    IdempotencyKeyReusedError,
  );
  assert.deepEqual(await snapshot(database.knex), before);
});

test('a failed operation releases its key: the retry runs afresh', async () => {
  const keys = await count(database.knex, 'ledger.idempotency_keys');
  // More than the payer holds: refused, and the key row rolls back with the work.
  await assert.rejects(
    idempotentMove(database.knex, {
      key: 'fails-1',
      body: 'x',
      transfer: move(payer, payee, 1_000_000n),
    }),
  );
  assert.equal(await count(database.knex, 'ledger.idempotency_keys'), keys);
  const retry = await idempotentMove(database.knex, {
    key: 'fails-1',
    body: 'x',
    transfer: move(payer, payee, 1n),
  });
  assert.equal(retry.replayed, false);
});

test('a key longer than 40 characters is refused, by the code and by the database', async () => {
  const key = 'k'.repeat(41);
  const before = await snapshot(database.knex);
  await assert.rejects(
    idempotentMove(database.knex, { key, body: 'x', transfer: move(payer, payee, 1n) }),
    LedgerInvariantError,
  );
  await assert.rejects(
    database.knex.raw(
      `INSERT INTO ledger.idempotency_keys (client_id, operation, key, request_sha256, status) VALUES ('c', 'op', ?, repeat('0', 64), 'in-progress')`,
      [key],
    ),
    /idempotency_keys_key_check/,
  );
  assert.deepEqual(await snapshot(database.knex), before);
  // 40 is the OB maximum and is accepted.
  assert.equal(
    (
      await idempotentMove(database.knex, {
        key: 'k'.repeat(40),
        body: 'x',
        transfer: move(payer, payee, 1n),
      })
    ).replayed,
    false,
  );
});

test('a key begun but not completed cannot commit', async () => {
  await assert.rejects(
    database.knex.transaction((trx) =>
      beginIdempotentOperation(trx, {
        clientId: 'c',
        operation: 'test-move',
        key: 'dangling',
        body: 'x',
      }),
    ),
    /begun but not completed/,
  );
});
