import type { Knex } from 'knex';
import type { TaskName } from './task-list.ts';

export interface EnqueueOptions {
  /** At most one queued job per key: enqueuing the same key again replaces the queued job. */
  readonly jobKey?: string;
}

/**
 * Adds a job inside the caller's transaction, through graphile-worker's SQL API on that
 * transaction's connection: the job exists if and only if the caller's writes commit.
 * The graphile_worker schema is migrated at boot (`migrateWorkerSchema`) before anything enqueues.
 */
export async function enqueueJob<Name extends TaskName>(
  trx: Knex.Transaction,
  task: Name,
  payload: GraphileWorker.Tasks[Name],
  options: EnqueueOptions = {},
): Promise<void> {
  // A plain pool would commit the job on its own, separately from the write that causes it.
  if (trx.isTransaction !== true) throw new TypeError(`enqueue ${task}: needs the caller's transaction`);
  // Failures retry with exponential backoff, 25 attempts (graphile-worker's default), then stay
  // in graphile_worker.jobs with their last error for an operator to see.
  await trx.raw('SELECT graphile_worker.add_job(?, ?::json, job_key => ?)', [task, JSON.stringify(payload), options.jobKey ?? null]);
}

/** Settles the payment once its transaction commits (events/tasks/settle-payment.ts). */
export async function enqueueSettlement(trx: Knex.Transaction, paymentId: string): Promise<void> {
  await enqueueJob(trx, 'settle-payment', { paymentId }, { jobKey: `settle-payment:${paymentId}` });
}
