import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { parseCrontab } from 'graphile-worker';
import { IDEMPOTENCY_WINDOW_SECONDS } from '../../ledger/index.ts';
import { ACCEPT_EVERY_PAYMENT, FINISHED_EVENT_RETENTION_DAYS } from '../../openbanking/index.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { CRONTAB, createTaskList } from '../index.ts';
import { addRawJob, jobsOf, runDueJobs } from './jobs.ts';

let database: TestDatabase;
before(async () => {
  database = await createTestDatabase();
});
after(() => database?.drop());

describe('sweep-authz', () => {
  test('deletes expired authorization rows and keeps live ones', async () => {
    const [expiredId, liveId] = [`expired-${randomUUID()}`, `live-${randomUUID()}`];
    await database.knex('authz.oidc_payloads').insert([
      {
        kind: 'Session',
        id: expiredId,
        payload: {},
        expires_at: database.knex.raw("now() - interval '1 second'"),
      },
      {
        kind: 'Session',
        id: liveId,
        payload: {},
        expires_at: database.knex.raw("now() + interval '1 hour'"),
      },
    ]);
    await database.knex('authz.replay').insert([
      { key: expiredId, expires_at: database.knex.raw("now() - interval '1 second'") },
      { key: liveId, expires_at: database.knex.raw("now() + interval '1 hour'") },
    ]);

    await addRawJob(database.knex, 'sweep-authz', {});
    await runDueJobs(database);

    assert.deepEqual(await jobsOf(database.knex, 'sweep-authz'), []);
    const sessions = await database
      .knex('authz.oidc_payloads')
      .pluck('id')
      .where({ kind: 'Session' })
      .whereIn('id', [expiredId, liveId]);
    assert.deepEqual(sessions, [liveId]);
    const replay = await database
      .knex('authz.replay')
      .pluck('key')
      .whereIn('key', [expiredId, liveId]);
    assert.deepEqual(replay, [liveId]);
  });
});

describe('sweep-idempotency-keys', () => {
  test('deletes keys past their retry window and keeps the others', async () => {
    const key = (name: string, ageSeconds: number) => ({
      client_id: 'client-1',
      operation: 'domestic-payment',
      key: name,
      request_sha256: 'a'.repeat(64),
      status: 'completed',
      response: JSON.stringify({ ok: true }),
      created_at: database.knex.raw("now() - ? * interval '1 second'", [ageSeconds]),
      completed_at: database.knex.raw('now()'),
    });
    await database
      .knex('ledger.idempotency_keys')
      .insert([key('old', IDEMPOTENCY_WINDOW_SECONDS + 60), key('recent', 60)]);

    await addRawJob(database.knex, 'sweep-idempotency-keys', {});
    await runDueJobs(database);

    assert.deepEqual(await jobsOf(database.knex, 'sweep-idempotency-keys'), []);
    assert.deepEqual(
      await database.knex('ledger.idempotency_keys').pluck('key').where({ client_id: 'client-1' }),
      ['recent'],
    );
  });
});

describe('purge-event-deliveries', () => {
  test('deletes finished deliveries past the retention period, keeps recent ones and every pending one', async () => {
    const delivery = (id: string, status: string, ageDays: number) => ({
      id,
      client_id: 'client-1',
      event_type: 'urn:uk:org:openbanking:events:resource-update',
      resource_type: 'domestic-payment',
      resource_id: `payment-${id}`,
      claims: JSON.stringify({ events: {} }),
      status,
      delivered_at: status === 'delivered' ? database.knex.raw('now()') : null,
      created_at: database.knex.raw("now() - ? * interval '1 day'", [ageDays]),
    });
    const old = FINISHED_EVENT_RETENTION_DAYS + 1;
    await database.knex('openbanking.event_deliveries').insert([
      delivery('old-delivered', 'delivered', old),
      delivery('old-rejected', 'rejected', old),
      delivery('old-dead', 'failed', old),
      {
        ...delivery('old-pending', 'pending', old),
        next_attempt_at: database.knex.raw("now() + interval '1 hour'"),
      },
      delivery('recent-delivered', 'delivered', 1),
    ]);

    await addRawJob(database.knex, 'purge-event-deliveries', {});
    await runDueJobs(database);

    assert.deepEqual(await jobsOf(database.knex, 'purge-event-deliveries'), []);
    assert.deepEqual(
      await database
        .knex('openbanking.event_deliveries')
        .pluck('id')
        .where({ client_id: 'client-1' })
        .orderBy('id'),
      ['old-pending', 'recent-delivered'],
    );
  });
});

describe('crontab', () => {
  test('schedules each periodic task the worker has, at most one queued at a time', () => {
    const tasks = createTaskList({ knex: database.knex, screening: ACCEPT_EVERY_PAYMENT });
    const items = parseCrontab(CRONTAB);
    assert.deepEqual(items.map((item) => item.task).sort(), [
      'execute-payment-orders',
      'expire-consents',
      'purge-event-deliveries',
      'sweep-authz',
      'sweep-idempotency-keys',
      'sweep-rate-limits',
      'sweep-settlements',
    ]);
    for (const item of items) {
      assert.equal(typeof tasks[item.task], 'function', `${item.task} is in the task list`);
      assert.equal(item.options.jobKey, item.task);
      assert.equal(item.options.backfillPeriod, 0);
    }
  });
});
