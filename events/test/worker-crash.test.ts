import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { SYSTEM_ACCOUNT_IDS } from '../../ledger/index.ts';
import { createLogger } from '../../platform/logging.ts';
import type { TestDatabase } from '../../test/support/database.ts';
import { killScripts, runScript } from '../../test/support/process.ts';
import { startWorker } from '../index.ts';
import { addRawJob, createSeededDatabase, eventually, runDueJobs, submitPayment } from './jobs.ts';

/**
 * A worker killed in the middle of a settlement run leaves that job locked, and graphile-worker
 * 0.17 does not run it again for 4 hours, or ever when that run was its last attempt. The
 * payments it was to settle must settle anyway (events/tasks/sweep-settlements.ts).
 */

const SETTLEMENT_JOB = 'settle-payments:GBP';
const SETTLE_WAIT_MS_MAX = 30_000;

let database: TestDatabase;
before(async () => {
  database = await createSeededDatabase();
});
after(async () => {
  killScripts();
  await database?.drop();
});

async function status(paymentId: string): Promise<string> {
  const row = await database
    .knex('openbanking.payments')
    .where({ id: paymentId })
    .first<{ status: string }>('status');
  return row!.status;
}

interface SettlementJob {
  attempts: number;
  max_attempts: number;
}

/** Settlement jobs a worker holds locked (or held, when it was killed). */
async function lockedSettlementJobs(): Promise<SettlementJob[]> {
  return database
    .knex('graphile_worker.jobs')
    .where({ task_identifier: 'settle-payments' })
    .whereNotNull('locked_at')
    .select('attempts', 'max_attempts');
}

describe('a crash cannot strand a payment', () => {
  test('the sweep revives a settlement job that failed for good, and settles', async () => {
    const paymentId = await submitPayment(database.knex, { amountMinor: 700n });
    await database
      .knex('graphile_worker._private_jobs')
      .where({ key: SETTLEMENT_JOB })
      .update({ attempts: 25, max_attempts: 25, last_error: 'earlier failure' });
    await runDueJobs(database);
    assert.equal(
      await status(paymentId),
      'AcceptedSettlementInProcess',
      'nothing runs a job at its maximum attempts',
    );

    await addRawJob(database.knex, 'sweep-settlements', {});
    await runDueJobs(database);
    assert.equal(await status(paymentId), 'AcceptedSettlementCompleted');
  });

  test('a worker process killed during its last attempt at a settlement: the next worker settles the payment', async () => {
    const paymentId = await submitPayment(database.knex, { amountMinor: 500n });
    // Its one and only attempt: graphile-worker would never run this job again after a crash.
    await database
      .knex('graphile_worker._private_jobs')
      .where({ key: SETTLEMENT_JOB })
      .update({ max_attempts: 1 });

    // The settlement run will wait on the clearing account's row lock, held here, until its worker
    // is killed.
    const blocker = await database.knex.transaction();
    try {
      await blocker.raw('SELECT id FROM ledger.accounts WHERE id = ? FOR UPDATE', [
        SYSTEM_ACCOUNT_IDS.gbpOutboundClearing,
      ]);
      const killed = runScript('events/test/fixtures/worker-process.ts', [database.url], {});
      await eventually(async () => {
        const { rows } = await database.knex.raw<{ rows: unknown[] }>(
          "SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'",
        );
        return rows.length > 0 || killed.child.exitCode !== null;
      }, 'the settlement run to wait on the clearing account');
      assert.equal(killed.child.exitCode, null, killed.output());
      killed.child.kill('SIGKILL');
      await killed.exited;
    } finally {
      await blocker.rollback();
    }

    const orphaned = await lockedSettlementJobs();
    assert.ok(
      orphaned.some((job) => job.attempts === job.max_attempts),
      `the killed run left its job locked at its last attempt: ${JSON.stringify(orphaned)}`,
    );
    assert.equal(await status(paymentId), 'AcceptedSettlementInProcess');

    const worker = await startWorker({
      knex: database.knex,
      connectionString: database.url,
      logger: createLogger({ level: 'silent' }),
    });
    try {
      await eventually(
        async () => (await status(paymentId)) === 'AcceptedSettlementCompleted',
        'the payment to settle',
        SETTLE_WAIT_MS_MAX,
      );
    } finally {
      await worker.stop();
    }
  });
});
