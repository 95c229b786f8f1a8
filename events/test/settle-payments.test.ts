import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  OUTBOUND_PAYMENT_ACCOUNTS,
  SYSTEM_ACCOUNT_IDS,
  getAccountBalance,
  reconcileLedger,
  totalsByCurrency,
} from '../../ledger/index.ts';
import { createLogger } from '../../platform/logging.ts';
import type { TestDatabase } from '../../test/support/database.ts';
import { enqueueJob, JobInvariantError, settleBatch, startWorker } from '../index.ts';
import {
  ALICE,
  addRawJob,
  eventually,
  jobsOf,
  runDueJobs,
  createSeededDatabase,
  submitPayment,
} from './jobs.ts';

const CLEARING = SYSTEM_ACCOUNT_IDS.gbpOutboundClearing;
const SETTLEMENT = SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement;
const TASK = 'settle-payments';

let database: TestDatabase;
before(async () => {
  database = await createSeededDatabase();
});
after(() => database?.drop());

interface PaymentState {
  id: string;
  status: string;
  settlement_transfer_id: string | null;
  amount_minor: bigint;
}

async function payments(ids: readonly string[]): Promise<PaymentState[]> {
  const { rows } = await database.knex.raw<{ rows: PaymentState[] }>(
    `SELECT p.id, p.status, p.settlement_transfer_id, e.amount_minor
     FROM openbanking.payments p JOIN ledger.entries e ON e.transfer_id = p.ledger_transfer_id AND e.amount_minor > 0
     WHERE p.id = ANY(?::text[]) ORDER BY p.id`,
    [[...ids]],
  );
  assert.equal(rows.length, ids.length, 'every payment exists');
  return rows;
}

async function allSettled(ids: readonly string[]): Promise<boolean> {
  return (await payments(ids)).every((payment) => payment.status === 'AcceptedSettlementCompleted');
}

async function settlementTransferCount(): Promise<number> {
  const [row] = await database
    .knex('ledger.transfers')
    .where({ kind: 'settlement' })
    .count<{ count: string }[]>('* as count');
  return Number(row?.count);
}

/**
 * Each payment is settled exactly once and each settlement transfer moves exactly the sum of the
 * payments it settled from clearing to scheme settlement.
 */
async function assertSettledOnceEach(ids: readonly string[]): Promise<Map<string, bigint>> {
  const settledBy = new Map<string, bigint>();
  for (const payment of await payments(ids)) {
    assert.equal(payment.status, 'AcceptedSettlementCompleted', `payment ${payment.id}`);
    assert.ok(
      payment.settlement_transfer_id,
      `payment ${payment.id} names its settlement transfer`,
    );
    settledBy.set(
      payment.settlement_transfer_id,
      (settledBy.get(payment.settlement_transfer_id) ?? 0n) + payment.amount_minor,
    );
  }
  for (const [transferId, sum] of settledBy) {
    const entries = await database
      .knex('ledger.entries')
      .select('account_id', 'amount_minor')
      .where({ transfer_id: transferId });
    assert.deepEqual(
      new Map(
        entries.map((entry: { account_id: string; amount_minor: bigint }) => [
          entry.account_id,
          entry.amount_minor,
        ]),
      ),
      new Map([
        [CLEARING, -sum],
        [SETTLEMENT, sum],
      ]),
      `transfer ${transferId} settles exactly its payments`,
    );
    const [others] = await database
      .knex('openbanking.payments')
      .where({ settlement_transfer_id: transferId })
      .whereNotIn('id', ids)
      .count<{ count: string }[]>('* as count');
    assert.equal(Number(others?.count), 0, `transfer ${transferId} settles no other payment`);
  }
  return settledBy;
}

async function balances() {
  return {
    customer: (await getAccountBalance(database.knex, ALICE.current.id)).balanceMinor,
    clearing: (await getAccountBalance(database.knex, CLEARING)).balanceMinor,
    settlement: (await getAccountBalance(database.knex, SETTLEMENT)).balanceMinor,
  };
}

async function assertLedgerBalanced(): Promise<void> {
  const reconciliation = await reconcileLedger(database.knex);
  assert.equal(
    reconciliation.ok,
    true,
    JSON.stringify(reconciliation, (_k, v) => (typeof v === 'bigint' ? String(v) : v)),
  );
  for (const [currency, total] of await totalsByCurrency(database.knex))
    assert.equal(total, 0n, `${currency} total`);
}

describe('settle-payments', () => {
  test('payments waiting together settle in one transfer from outbound clearing to scheme settlement', async () => {
    const before = await balances();
    const ids: string[] = [];
    for (const amountMinor of [1234n, 500n, 66n])
      ids.push(await submitPayment(database.knex, { amountMinor, settlementDelaySeconds: 1 }));
    assert.ok(
      (await payments(ids)).every((payment) => payment.status === 'AcceptedSettlementInProcess'),
    );
    const { rows: jobs } = await database.knex.raw<{ rows: { key: string; due: boolean }[] }>(
      'SELECT key, run_at <= now() AS due FROM graphile_worker.jobs WHERE task_identifier = ?',
      [TASK],
    );
    assert.deepEqual(
      jobs,
      [{ key: 'settle-payments:GBP', due: false }],
      'one delayed job for the three payments',
    );

    await eventually(async () => {
      await runDueJobs(database);
      return allSettled(ids);
    }, 'the delayed settlement run');

    const settledBy = await assertSettledOnceEach(ids);
    assert.deepEqual([...settledBy.values()], [1800n], 'one transfer for all three');
    const afterwards = await balances();
    assert.equal(afterwards.customer, before.customer - 1800n);
    assert.equal(afterwards.clearing, before.clearing, 'clearing is back where it was');
    assert.equal(afterwards.settlement, before.settlement + 1800n);
    assert.deepEqual(await jobsOf(database.knex, TASK), [], 'the job completed');
    await assertLedgerBalanced();
  });

  test('payments on different clearing sub-accounts settle in one transfer that empties each of them', async () => {
    const [first, second, third] = OUTBOUND_PAYMENT_ACCOUNTS.GBP!.clearing.slice(1, 4) as [
      string,
      string,
      string,
    ];
    const clearingBefore = await Promise.all(
      [first, second, third].map(
        async (id) => (await getAccountBalance(database.knex, id)).balanceMinor,
      ),
    );
    const settlementBefore = (await getAccountBalance(database.knex, SETTLEMENT)).balanceMinor;
    const ids = [
      await submitPayment(database.knex, { amountMinor: 300n, creditAccountId: first }),
      await submitPayment(database.knex, { amountMinor: 40n, creditAccountId: second }),
      await submitPayment(database.knex, { amountMinor: 5n, creditAccountId: second }),
      await submitPayment(database.knex, { amountMinor: 2n, creditAccountId: third }),
    ];
    await runDueJobs(database);

    const [settled] = new Set(
      (await payments(ids)).map((payment) => payment.settlement_transfer_id),
    );
    assert.ok(settled && (await allSettled(ids)), 'all four settled by one transfer');
    const entries = await database
      .knex('ledger.entries')
      .select('account_id', 'amount_minor')
      .where({ transfer_id: settled });
    assert.deepEqual(
      new Map(
        entries.map((entry: { account_id: string; amount_minor: bigint }) => [
          entry.account_id,
          entry.amount_minor,
        ]),
      ),
      new Map([
        [first, -300n],
        [second, -45n],
        [third, -2n],
        [SETTLEMENT, 347n],
      ]),
    );
    const clearingAfter = await Promise.all(
      [first, second, third].map(
        async (id) => (await getAccountBalance(database.knex, id)).balanceMinor,
      ),
    );
    assert.deepEqual(clearingAfter, clearingBefore, 'each sub-account is back where it was');
    assert.equal(
      (await getAccountBalance(database.knex, SETTLEMENT)).balanceMinor,
      settlementBefore + 347n,
    );
    await assertLedgerBalanced();
  });

  test('while the settlement job waits untouched a payment leaves it alone; a failed one is asked again', async () => {
    const job = async () => {
      const { rows } = await database.knex.raw<{
        rows: { id: string; revision: number; run_at: Date; attempts: number }[];
      }>('SELECT id::text, revision, run_at, attempts FROM graphile_worker.jobs WHERE key = ?', [
        'settle-payments:GBP',
      ]);
      return rows;
    };
    const ids = [
      await submitPayment(database.knex, { amountMinor: 11n, settlementDelaySeconds: 30 }),
    ];
    const [waiting] = await job();
    assert.ok(waiting);
    ids.push(await submitPayment(database.knex, { amountMinor: 12n, settlementDelaySeconds: 30 }));
    assert.deepEqual(await job(), [waiting], 'the second payment did not rewrite the waiting job');

    // A run that failed: the next payment asks again, as add_job does with a job key.
    await database
      .knex('graphile_worker._private_jobs')
      .where({ key: 'settle-payments:GBP' })
      .update({ attempts: 1, last_error: 'failed run' });
    ids.push(await submitPayment(database.knex, { amountMinor: 13n, settlementDelaySeconds: 0 }));
    const [asked] = await job();
    assert.ok(
      asked && asked.revision > waiting.revision,
      `the failed job was asked again (revision ${waiting.revision} -> ${asked?.revision})`,
    );

    await database.knex.raw(
      'UPDATE graphile_worker._private_jobs SET run_at = now() WHERE key = ?',
      ['settle-payments:GBP'],
    );
    await eventually(async () => {
      await runDueJobs(database);
      return allSettled(ids);
    }, 'the three payments to settle');
    await assertSettledOnceEach(ids);
  });

  test('a second run settles nothing again', async () => {
    const paymentId = await submitPayment(database.knex, { amountMinor: 500n });
    await runDueJobs(database);
    const settled = await payments([paymentId]);
    const before = await balances();
    const transfers = await settlementTransferCount();

    await addRawJob(database.knex, TASK, { currency: 'GBP' });
    await runDueJobs(database);

    assert.deepEqual(await jobsOf(database.knex, TASK), [], 'the repeat completed without error');
    assert.deepEqual(await payments([paymentId]), settled);
    assert.equal(await settlementTransferCount(), transfers, 'no empty settlement transfer');
    assert.deepEqual(await balances(), before);
    await assertLedgerBalanced();
  });

  test('concurrent runs settle each payment once', async () => {
    const before = await balances();
    const ids: string[] = [];
    for (let index = 1n; index <= 6n; index += 1n)
      ids.push(await submitPayment(database.knex, { amountMinor: 100n * index }));

    // Overlapping batches of two: row locks and SKIP LOCKED hand each payment to one run.
    await Promise.all([1, 2, 3, 4].map(() => settleBatch(database.knex, 'GBP', 2)));
    // And overlapping jobs through the worker for what the batches left.
    for (let copy = 0; copy < 3; copy += 1)
      await addRawJob(database.knex, TASK, { currency: 'GBP' });
    const worker = await startWorker({
      knex: database.knex,
      connectionString: database.url,
      logger: createLogger({ level: 'silent' }),
      concurrency: 4,
    });
    try {
      await eventually(
        async () => (await jobsOf(database.knex, TASK)).length === 0,
        'the runs to complete',
      );
    } finally {
      await worker.stop();
    }

    const settledBy = await assertSettledOnceEach(ids);
    assert.equal(
      [...settledBy.values()].reduce((sum, amount) => sum + amount, 0n),
      2100n,
    );
    const afterwards = await balances();
    assert.equal(afterwards.settlement, before.settlement + 2100n);
    assert.equal(afterwards.clearing, before.clearing);
    await assertLedgerBalanced();
  });

  test('a full batch queues the next run, so a backlog drains', async () => {
    const ids: string[] = [];
    for (const amountMinor of [10n, 20n, 30n])
      ids.push(await submitPayment(database.knex, { amountMinor }));
    await database.knex.raw('SELECT graphile_worker.remove_job(?)', ['settle-payments:GBP']);

    const batch = await settleBatch(database.knex, 'GBP', 2);
    assert.equal(batch.payments, 2);
    assert.ok(batch.transferId);
    assert.equal(
      (await jobsOf(database.knex, TASK)).length,
      1,
      'the full batch queued another run',
    );
    await runDueJobs(database);

    const settledBy = await assertSettledOnceEach(ids);
    assert.deepEqual([...settledBy.values()].sort(), [30n, 30n], 'two transfers: 10 + 20, then 30');
    assert.deepEqual(await settleBatch(database.knex, 'GBP', 2), {
      transferId: null,
      payments: 0,
      messageId: null,
    });
    assert.deepEqual(await jobsOf(database.knex, TASK), [], 'a short batch queues nothing');
    await assertLedgerBalanced();
  });

  test('a payment that rolls back leaves no job behind', async () => {
    const before = await balances();
    let enqueuedInside = 0;
    await assert.rejects(
      submitPayment(database.knex, {
        amountMinor: 100n,
        beforeCommit: async (trx) => {
          enqueuedInside = (await jobsOf(trx, TASK)).length;
          throw new Error('payment failed after enqueuing');
        },
      }),
      /payment failed after enqueuing/,
    );
    assert.equal(enqueuedInside, 1, 'the job was there inside the transaction');
    assert.deepEqual(await jobsOf(database.knex, TASK), []);
    assert.deepEqual(await balances(), before);
  });

  test('enqueuing needs the caller transaction', async () => {
    await assert.rejects(
      enqueueJob(database.knex as never, TASK, { currency: 'GBP' }),
      /settle-payments: needs the caller's transaction/,
    );
    assert.deepEqual(await jobsOf(database.knex, TASK), []);
  });

  for (const [payload, problem] of [
    [{ paymentId: 'x' }, 'no currency'],
    [{ currency: 'EUR' }, 'a currency without settlement accounts'],
  ] as const) {
    test(`a payload with ${problem} fails the job and changes nothing`, async () => {
      const paymentId = await submitPayment(database.knex, { amountMinor: 40n });
      await database.knex.raw('SELECT graphile_worker.remove_job(?)', ['settle-payments:GBP']);
      const before = await balances();
      await addRawJob(database.knex, TASK, payload);
      await runDueJobs(database);
      const [job, ...others] = await jobsOf(database.knex, TASK);
      assert.equal(others.length, 0);
      assert.equal(job?.attempts, 1);
      assert.match(
        job?.last_error ?? '',
        /settle-payments: invalid job payload: currency must be one of GBP/,
      );
      assert.deepEqual(await balances(), before);
      assert.equal((await payments([paymentId]))[0]?.status, 'AcceptedSettlementInProcess');
      await database.knex.raw('SELECT graphile_worker.complete_jobs(ARRAY[?::bigint])', [job?.id]);
      await settleBatch(database.knex, 'GBP');
    });
  }

  test('a payment whose transfer put nothing into clearing stops the batch before anything is written', async () => {
    const good = await submitPayment(database.knex, { amountMinor: 70n });
    const broken = await submitPayment(database.knex, {
      amountMinor: 80n,
      creditAccountId: SETTLEMENT,
    });
    const before = await balances();
    const transfers = await settlementTransferCount();

    await assert.rejects(settleBatch(database.knex, 'GBP'), (error: unknown) => {
      assert.ok(error instanceof JobInvariantError);
      assert.match(
        error.message,
        new RegExp(`payment ${broken}: its transfer \\S+ has no credit to ${CLEARING}`),
      );
      return true;
    });
    assert.deepEqual(await balances(), before);
    assert.equal(await settlementTransferCount(), transfers);
    assert.ok(
      (await payments([good, broken])).every(
        (payment) => payment.status === 'AcceptedSettlementInProcess',
      ),
    );

    // An operator rejects the broken one; the rest settle.
    await database
      .knex('openbanking.payments')
      .update({ status: 'Rejected' })
      .where({ id: broken });
    await settleBatch(database.knex, 'GBP');
    await assertSettledOnceEach([good]);
    await database.knex.raw('SELECT graphile_worker.remove_job(?)', ['settle-payments:GBP']);
    await assertLedgerBalanced();
  });
});
