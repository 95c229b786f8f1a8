import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createLogger } from '../../platform/logging.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { currentMonth, monthUsage, usageCounter } from '../index.ts';

/**
 * The guard's usage counter on a real database: counts kept per instance, written in one statement.
 */

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database?.drop());

const logger = createLogger({ level: 'silent' });
const INTERVAL_LONG_MS = 3_600_000;

async function written(clientId: string): Promise<[string, string, number][]> {
  const rows = await monthUsage(database.knex, await currentMonth(database.knex), clientId);
  return rows.map((row) => [row.day, row.api, row.requests]);
}

test('counts are not written until a flush; unwritten() covers them, by client and month; a flush writes them all at once', async () => {
  const counter = usageCounter(database.knex, logger, INTERVAL_LONG_MS);
  const month = await currentMonth(database.knex);
  const today = `${month}-01`;
  try {
    for (let i = 0; i < 5; i += 1) counter.count('tpp-a', today, 'aisp');
    counter.count('tpp-a', today, 'pisp');
    counter.count('tpp-b', today, 'aisp');
    counter.count('tpp-a', '1999-12-31', 'aisp');
    assert.equal(
      counter.unwritten('tpp-a', month),
      6,
      "this month's counts of tpp-a, not another month's",
    );
    assert.equal(counter.unwritten('tpp-b', month), 1);
    assert.equal(counter.unwritten('tpp-c', month), 0);
    assert.deepEqual(await written('tpp-a'), [], 'nothing written before the flush');

    await counter.flush();
    assert.equal(counter.unwritten('tpp-a', month), 0);
    assert.deepEqual(await written('tpp-a'), [
      [today, 'aisp', 5],
      [today, 'pisp', 1],
    ]);
    assert.deepEqual(await written('tpp-b'), [[today, 'aisp', 1]]);

    counter.count('tpp-a', today, 'aisp');
    await counter.flush();
    assert.deepEqual(
      await written('tpp-a'),
      [
        [today, 'aisp', 6],
        [today, 'pisp', 1],
      ],
      'a later flush adds to what is there',
    );
  } finally {
    await counter.stop();
  }
});

test('counts made while a write is under way are neither lost nor written twice; stop() writes what is left', async () => {
  const counter = usageCounter(database.knex, logger, INTERVAL_LONG_MS);
  const month = await currentMonth(database.knex);
  const today = `${month}-02`;
  counter.count('tpp-d', today, 'cbpii');
  const first = counter.flush();
  // A few microtask turns: the batch is taken, and its statement cannot have come back (that needs
  // I/O).
  for (let turn = 0; turn < 10; turn += 1) await null;
  counter.count('tpp-d', today, 'cbpii');
  assert.equal(
    counter.unwritten('tpp-d', month),
    2,
    'the batch being written still counts until it is in',
  );
  await first;
  assert.equal(counter.unwritten('tpp-d', month), 1);
  await counter.stop();
  assert.equal(counter.unwritten('tpp-d', month), 0);
  assert.deepEqual(await written('tpp-d'), [[today, 'cbpii', 2]]);
});

test('a write that fails keeps its counts for the next one', async () => {
  const counter = usageCounter(database.knex, logger, INTERVAL_LONG_MS);
  const month = await currentMonth(database.knex);
  const today = `${month}-03`;
  try {
    // The table refuses an API it does not know (its CHECK), as it would refuse any write while the
    // database is away.
    counter.count('tpp-e', today, 'nonsense' as 'aisp');
    await counter.flush();
    assert.equal(counter.unwritten('tpp-e', month), 1, 'kept after the failed write');
    assert.deepEqual(await written('tpp-e'), []);
  } finally {
    await counter.stop();
  }
});

test('the timer writes on its own', async () => {
  const counter = usageCounter(database.knex, logger, 50);
  const month = await currentMonth(database.knex);
  try {
    counter.count('tpp-f', `${month}-04`, 'events');
    const deadline = Date.now() + 5_000;
    while ((await written('tpp-f')).length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 25));
    assert.deepEqual(await written('tpp-f'), [[`${month}-04`, 'events', 1]]);
  } finally {
    await counter.stop();
  }
});
