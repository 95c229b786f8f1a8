import type { TestDatabase } from './database.ts';
import { partsFixture } from './parts.ts';
import type { ScriptRun } from './process.ts';

export interface WorkerOnlyProcess {
  run: ScriptRun;
  /** Its operators' listener: http://127.0.0.1:<metricsPort>/metrics and the probes. */
  metricsPort: number;
}

/**
 * For a describe block: a fresh database and a way to start `npm start -- --only worker` on it
 * with its operators' listener on a free port (software keys in the block's data directory); all
 * of it goes when the block ends.
 */
export function workerOnlyFixture(): { database: () => TestDatabase; start: () => Promise<WorkerOnlyProcess> } {
  const fixture = partsFixture({ hsm: false });
  return {
    database: fixture.database,
    async start() {
      const { run, ports } = await fixture.start(['worker']);
      return { run, metricsPort: ports.metrics };
    },
  };
}
