import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { currentMonth, meterRequest, monthUsage } from '../index.ts';

/**
 * Usage counts on a real database: spread over shards so a TPP's transactions do not queue on one
 * row.
 */

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database?.drop());

test("one TPP's counts, concurrent and in their own transactions, spread over rows and add up to one day's total", async () => {
  const COUNTS = 64;
  await Promise.all(
    Array.from({ length: COUNTS }, () =>
      database.knex.transaction((trx) => meterRequest(trx, 'tpp-busy', 'pisp')),
    ),
  );
  await database.knex.transaction((trx) => meterRequest(trx, 'tpp-quiet', 'aisp'));

  const rows = await database
    .knex('metering.usage')
    .where({ client_id: 'tpp-busy' })
    .select('shard', 'requests');
  assert.ok(rows.length > 1, `counts spread over ${rows.length} rows`);
  assert.equal(
    rows.reduce((sum: number, row: { requests: string | number }) => sum + Number(row.requests), 0),
    COUNTS,
  );

  const usage = await monthUsage(database.knex, await currentMonth(database.knex));
  assert.deepEqual(
    usage.map((row) => [row.clientId, row.api, row.requests]),
    [
      ['tpp-busy', 'pisp', COUNTS],
      ['tpp-quiet', 'aisp', 1],
    ],
    'the usage API and the report show one row per client, day and API',
  );
});
