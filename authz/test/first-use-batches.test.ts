import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { batchedFirstUse } from '../first-use-batches.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  await db.drop();
});

const inAMinute = () => new Date(Date.now() + 60_000);

describe('batchedFirstUse', () => {
  test('of uses of one key in the same batch, exactly one is first', async () => {
    const record = batchedFirstUse(db.knex);
    const results = await Promise.all(
      Array.from({ length: 8 }, () => record('batch:same', inAMinute())),
    );
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal(await record('batch:same', inAMinute()), false, 'and later uses are replays');
  });

  test('distinct keys of one batch are each first once, in one statement', async () => {
    const record = batchedFirstUse(db.knex);
    const statements: string[] = [];
    const onQuery = (query: { sql: string }) => statements.push(query.sql);
    db.knex.on('query', onQuery);
    try {
      const keys = Array.from({ length: 20 }, (_, i) => `batch:distinct:${i}`);
      assert.deepEqual(
        await Promise.all(keys.map((key) => record(key, inAMinute()))),
        keys.map(() => true),
      );
      assert.equal(statements.length, 1);
      assert.deepEqual(
        await Promise.all(keys.map((key) => record(key, inAMinute()))),
        keys.map(() => false),
      );
    } finally {
      db.knex.off('query', onQuery);
    }
  });

  test('concurrent recorders (two instances) still let one use through', async () => {
    const [first, second] = [batchedFirstUse(db.knex), batchedFirstUse(db.knex)];
    const results = await Promise.all([
      first('batch:two', inAMinute()),
      second('batch:two', inAMinute()),
      first('batch:two', inAMinute()),
    ]);
    assert.equal(results.filter(Boolean).length, 1);
  });

  test('an expired leftover is taken over as unused', async () => {
    await db
      .knex('authz.replay')
      .insert({ key: 'batch:expired', expires_at: new Date(Date.now() - 1000) });
    const record = batchedFirstUse(db.knex);
    assert.equal(await record('batch:expired', inAMinute()), true);
    assert.equal(await record('batch:expired', inAMinute()), false);
  });

  test('more keys than one statement takes are split, and every one is answered', async () => {
    const record = batchedFirstUse(db.knex);
    const keys = Array.from({ length: 600 }, (_, i) => `batch:many:${i}`);
    const results = await Promise.all(keys.map((key) => record(key, inAMinute())));
    assert.equal(results.filter(Boolean).length, 600);
    const [{ count }] = await db
      .knex('authz.replay')
      .where('key', 'like', 'batch:many:%')
      .count<{ count: string }[]>('* as count');
    assert.equal(Number(count), 600);
  });

  test('a failing statement fails every use of its batch, and the next batch works', async () => {
    const record = batchedFirstUse(db.knex);
    // authz.replay keys are at most 512 characters.
    const results = await Promise.allSettled([
      record('x'.repeat(600), inAMinute()),
      record('batch:with-bad', inAMinute()),
    ]);
    assert.ok(results.every((result) => result.status === 'rejected'));
    assert.equal(await record('batch:after-bad', inAMinute()), true);
  });
});
