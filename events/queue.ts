import type { Knex } from 'knex';

/**
 * Where a job stands: waiting to run now, scheduled later (a retry's backoff), running, or out of
 * attempts.
 */
export type JobState = 'ready' | 'scheduled' | 'running' | 'failed';

export interface JobQueueCount {
  task: string;
  state: JobState;
  jobs: number;
}

/**
 * The jobs in graphile-worker's queue per task and state, through its public `jobs` view: one
 * statement over a table that holds only unfinished jobs (done ones are deleted), for the metrics
 * scrape, never a request.
 */
export async function jobQueueCounts(knex: Knex): Promise<JobQueueCount[]> {
  const { rows } = await knex.raw<{ rows: { task: string; state: JobState; jobs: number }[] }>(
    `SELECT task_identifier AS task,
            CASE WHEN attempts >= max_attempts THEN 'failed'
                 WHEN locked_at IS NOT NULL THEN 'running'
                 WHEN run_at > now() THEN 'scheduled'
                 ELSE 'ready' END AS state,
            count(*)::int AS jobs
     FROM graphile_worker.jobs GROUP BY 1, 2`,
  );
  return rows;
}
