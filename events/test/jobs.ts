import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { runOnce } from 'graphile-worker';
import { SANDBOX_CUSTOMERS, seedSandboxBank, type SandboxCustomer } from '../../db/seeds/index.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';
import { createLogger } from '../../platform/logging.ts';
import { createTaskList, type TaskName } from '../task-list.ts';
import { openWorkerPool, workerLogger } from '../worker.ts';

const silent = createLogger({ level: 'silent' });

/** Runs every job that is due through graphile-worker, one at a time, and returns when none is left. */
export async function runDueJobs(database: { url: string; knex: Knex }): Promise<void> {
  const pgPool = openWorkerPool(database.url, 2, silent);
  try {
    await runOnce({ pgPool, taskList: createTaskList({ knex: database.knex }), logger: workerLogger(silent), noHandleSignals: true });
  } finally {
    await pgPool.end();
  }
}

/**
 * A job as a duplicate delivery would look: no job key, so it queues next to any existing one.
 * Returns the job id.
 */
export async function addRawJob(knex: Knex, task: TaskName | string, payload: unknown): Promise<string> {
  const { rows } = await knex.raw<{ rows: { id: bigint }[] }>('SELECT id FROM graphile_worker.add_job(?, ?::json)', [
    task,
    JSON.stringify(payload),
  ]);
  const [row] = rows;
  if (!row) throw new Error('add_job returned no job');
  return String(row.id);
}

export interface JobRow {
  id: string;
  task_identifier: string;
  attempts: number;
  last_error: string | null;
}

export async function jobsOf(knex: Knex | Knex.Transaction, task: string): Promise<JobRow[]> {
  const { rows } = await knex.raw<{ rows: JobRow[] }>(
    'SELECT id::text, task_identifier, attempts, last_error FROM graphile_worker.jobs WHERE task_identifier = ? ORDER BY id',
    [task],
  );
  return rows;
}

/** Polls `check` until it returns true; fails after `timeoutMs` instead of waiting forever. */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export const [ALICE] = SANDBOX_CUSTOMERS as [SandboxCustomer];

/** A fresh database with the sandbox bank (customers, accounts, the bank's system accounts) as the platform seeds it. */
export async function createSeededDatabase(): Promise<TestDatabase> {
  const database = await createTestDatabase();
  await seedSandboxBank(database.knex, { encryptionKey: randomBytes(32) });
  return database;
}
