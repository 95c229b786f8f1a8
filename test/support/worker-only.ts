import { after, before } from 'node:test';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { freePort } from './platform.ts';
import { pollUntil } from './poll.ts';
import { killScripts, runScript, type ScriptRun } from './process.ts';

export interface WorkerOnlyProcess {
  run: ScriptRun;
  /** Its operators' listener: http://127.0.0.1:<metricsPort>/metrics and the probes. */
  metricsPort: number;
}

const START_MS_MAX = 60_000;

/**
 * For a describe block: a fresh database and a way to start `npm start -- --only worker` on it
 * with its operators' listener on a free port; both go when the block ends.
 */
export function workerOnlyFixture(): { database: () => TestDatabase; start: () => Promise<WorkerOnlyProcess> } {
  let database: TestDatabase;
  before(async () => {
    database = await createTestDatabase();
  });
  after(async () => {
    killScripts();
    await database?.drop();
  });
  return {
    database: () => database,
    async start() {
      const metricsPort = await freePort();
      const run = runScript('platform/main.ts', ['--only', 'worker'], { DATABASE_URL: database.url, METRICS_PORT: String(metricsPort), LOG_LEVEL: 'info' });
      const ready = await pollUntil(() => run.child.exitCode === null && run.output().includes('worker ready'), { timeoutMs: START_MS_MAX, intervalMs: 100 });
      if (!ready) throw new Error(`the worker-only process did not start:\n${run.output()}`);
      return { run, metricsPort };
    },
  };
}
