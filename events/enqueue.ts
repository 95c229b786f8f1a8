import type { Knex } from 'knex';
import type { TaskName } from './task-list.ts';

export interface EnqueueOptions {
  /** At most one queued job per key: enqueuing the same key again replaces the queued job. */
  readonly jobKey?: string;
  /** Run no earlier than this many seconds after the caller's transaction began. Default 0. */
  readonly delaySeconds?: number;
  /**
   * With jobKey: a queued job keeps its run time (the payload is replaced), so requests collapse
   * into one run.
   */
  readonly preserveRunAt?: boolean;
  /**
   * With jobKey: add nothing while a job of this key waits to run untouched (not started, never
   * failed), which will do what this request asks. Such a request then costs an index lookup
   * instead of `add_job`, which rewrites the keyed job's row: a row every caller of a busy key
   * would otherwise queue on. A job already running, or failed, is asked again as usual.
   */
  readonly unlessWaiting?: boolean;
}

/**
 * Adds a job inside the caller's transaction, through graphile-worker's SQL API on that
 * transaction's connection: the job exists if and only if the caller's writes commit.
 * The graphile_worker schema is migrated when the worker starts at boot, before anything enqueues.
 */
export async function enqueueJob<Name extends TaskName>(
  trx: Knex.Transaction,
  task: Name,
  payload: GraphileWorker.Tasks[Name],
  options: EnqueueOptions = {},
): Promise<void> {
  // A plain pool would commit the job on its own, separately from the write that causes it.
  if (trx.isTransaction !== true)
    throw new TypeError(`enqueue ${task}: needs the caller's transaction`);
  // Failures retry with exponential backoff, 25 attempts (graphile-worker's default), then stay
  // in graphile_worker.jobs with their last error for an operator to see.
  const add =
    'SELECT graphile_worker.add_job(?, ?::json, run_at => now() + make_interval(secs => ?), job_key => ?, job_key_mode => ?)';
  const bindings = [
    task,
    JSON.stringify(payload),
    options.delaySeconds ?? 0,
    options.jobKey ?? null,
    options.preserveRunAt === true ? 'preserve_run_at' : 'replace',
  ];
  if (options.unlessWaiting && options.jobKey) {
    // One statement: add_job runs only when the condition lets the row through.
    await trx
      .raw(
        `${add} WHERE NOT EXISTS (SELECT 1 FROM graphile_worker.jobs WHERE key = ? AND locked_at IS NULL AND attempts = 0)`,
        [...bindings, options.jobKey],
      )
      .options({ name: 'events.enqueue-unless-waiting' });
    return;
  }
  await trx.raw(add, bindings);
}
