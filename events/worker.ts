import type { Knex } from 'knex';
import {
  Logger as WorkerLogger,
  run,
  runMigrations,
  type LogFunctionFactory,
  type Runner,
} from 'graphile-worker';
import pg from 'pg';
import type { Logger } from 'pino';
import { countJobFailure } from '../observability/index.ts';
import { ACCEPT_EVERY_PAYMENT, type PaymentScreening } from '../openbanking/index.ts';
import { CRONTAB, createTaskList } from './task-list.ts';

export interface WorkerOptions {
  /** The platform's pool: what the tasks read and write through (ledger, payments, consents). */
  readonly knex: Knex;
  /**
   * graphile-worker keeps its own small pool: it holds one connection in LISTEN for new jobs,
   * which must not starve the platform's request pool.
   */
  readonly connectionString: string;
  readonly logger: Logger;
  /** Jobs run at once in this process. */
  readonly concurrency?: number;
  /** The bank's payment screening (openbanking/screening.ts); absent: every payment is accepted. */
  readonly screening?: PaymentScreening;
}

export interface Worker {
  /** Stops taking jobs and waits for the running ones to finish. */
  stop(): Promise<void>;
  /** False once the runner has stopped, by `stop()` or by dying (what readiness asks). */
  running(): boolean;
}

const CONCURRENCY_DEFAULT = 2;
/**
 * Fallback poll for due jobs (retries, scheduled runs); new jobs arrive through LISTEN/NOTIFY at
 * once.
 */
const POLL_INTERVAL_MS = 2000;

/**
 * Creates or upgrades the graphile_worker schema, for a database that must take jobs without a
 * worker running (test databases); `startWorker` migrates it itself as it starts.
 */
export async function migrateWorkerSchema(connectionString: string, logger: Logger): Promise<void> {
  const pgPool = openWorkerPool(connectionString, 2, logger);
  try {
    await runMigrations({ pgPool, logger: workerLogger(logger), noHandleSignals: true });
  } finally {
    await pgPool.end();
  }
}

/** Runs the platform's tasks and periodic jobs in this process until `stop()`. */
export async function startWorker(options: WorkerOptions): Promise<Worker> {
  const concurrency = options.concurrency ?? CONCURRENCY_DEFAULT;
  // One connection per running job, one for LISTEN, one for cron and lock housekeeping.
  const pgPool = openWorkerPool(options.connectionString, concurrency + 2, options.logger);
  const runner = await run({
    pgPool,
    concurrency,
    pollInterval: POLL_INTERVAL_MS,
    taskList: createTaskList({
      knex: options.knex,
      screening: options.screening ?? ACCEPT_EVERY_PAYMENT,
    }),
    crontab: CRONTAB,
    logger: workerLogger(options.logger),
    // The platform owns SIGINT/SIGTERM and stops the worker in its shutdown order.
    noHandleSignals: true,
  }).catch(async (error: unknown) => {
    await pgPool.end();
    throw error;
  });
  countFailures(runner);
  // Settles when the runner stops; a rejection means the worker died while the process lives on.
  const alive = runnerState(runner.promise, (error) =>
    options.logger.error({ err: error }, 'job worker stopped unexpectedly'),
  );
  // A worker killed mid-job leaves that job locked (sweep-settlements.ts): the sweep runs at start
  // too, not only on the next minute, so a restart after a crash settles what was left waiting.
  await runner
    .addJob('sweep-settlements', {}, { jobKey: 'sweep-settlements' })
    .catch(async (error: unknown) => {
      await runner.stop().finally(() => pgPool.end());
      throw error;
    });
  let stopping: Promise<void> | undefined;
  return {
    stop: () => (stopping ??= runner.stop().finally(() => pgPool.end())),
    running: alive,
  };
}

/**
 * Counts failed job attempts in the process's metrics (attempts are counted up before a job runs).
 */
export function countFailures(runner: Runner): void {
  runner.events.on('job:error', ({ job }) =>
    countJobFailure(job.task_identifier, job.attempts >= job.max_attempts),
  );
}

/** Watches a runner's promise: reports a death, and answers whether it still runs. */
export function runnerState(promise: Promise<void>, died: (error: unknown) => void): () => boolean {
  let running = true;
  promise.then(
    () => (running = false),
    (error: unknown) => {
      running = false;
      died(error);
    },
  );
  return () => running;
}

/**
 * graphile-worker's own pool. int8 stays text on it: the platform parses int8 into BigInt
 * process-wide (platform/database.ts), and graphile-worker JSON-serialises its bigint job ids.
 */
export function openWorkerPool(connectionString: string, max: number, logger: Logger): pg.Pool {
  const pool = new pg.Pool({
    connectionString,
    max,
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8
          ? (value: string) => value
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A connection dropped by the server (restart, failover) must not crash the process: pg removes
  // the client, the next query gets a new one, and graphile-worker retries what failed.
  const onError = (error: Error) =>
    logger.error({ err: error, component: 'worker' }, 'job worker database connection failed');
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

/** graphile-worker's log calls, on the platform's pino logger under `component: "worker"`. */
export function workerLogger(logger: Logger): WorkerLogger {
  const base = logger.child({ component: 'worker' });
  const factory: LogFunctionFactory = (scope) => {
    const scoped = base.child(scope);
    return (level, message, meta) => {
      const method =
        level === 'error'
          ? 'error'
          : level === 'warning'
            ? 'warn'
            : level === 'info'
              ? 'info'
              : 'debug';
      // graphile-worker passes errors as `error`; pino serialises (message, stack) only under
      // `err`. Its `job` carries the payload, which stays out of the log: ids and attempts say
      // enough.
      const { error, job, ...rest } = meta ?? {};
      scoped[method](
        {
          ...rest,
          ...(error !== undefined && { err: error }),
          ...(job !== undefined && { job: jobSummary(job) }),
        },
        message,
      );
    };
  };
  return new WorkerLogger(factory);
}

function jobSummary(job: unknown): Record<string, unknown> {
  const { id, task_identifier, attempts, max_attempts } = (job ?? {}) as Record<string, unknown>;
  return { id, task_identifier, attempts, max_attempts };
}
