import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { startWorker } from '../events/index.ts';
import { ConfigError, type Config } from './config.ts';
import { createKnex, migrationNames, runMigrations } from './database.ts';
import { startMetricsListener, type MetricsListener } from './http/metrics-listener.ts';
import { databaseCheck, migrationsCheck, workersCheck } from './readiness.ts';
import { scrapeRegistry } from './scrape-metrics.ts';

/** The parts `npm start -- --only <part>` can run alone; without `--only`, everything runs. */
const SEPARATE_PARTS = ['worker'] as const;
export type SeparatePart = (typeof SEPARATE_PARTS)[number];

/** Reads `--only <part>` from the command line; anything else on it is refused by name. */
export function partToRun(args: readonly string[]): SeparatePart | undefined {
  let only: string | undefined;
  try {
    ({ values: { only } } = parseArgs({ args: [...args], options: { only: { type: 'string' } }, strict: true, allowPositionals: false }));
  } catch (error) {
    throw new ConfigError('command line', (error as Error).message);
  }
  if (only === undefined) return undefined;
  if (!(SEPARATE_PARTS as readonly string[]).includes(only)) {
    throw new ConfigError('--only', `"${only}" cannot run on its own; one of: ${SEPARATE_PARTS.join(', ')}`);
  }
  return only as SeparatePart;
}

/**
 * The job worker alone (DESIGN.md section 1): more workers on the shared database, next to
 * platform processes that serve HTTP. It migrates like a full boot (knex and graphile-worker both
 * take a lock, so concurrent boots queue) and holds no keys or seed. Its only listener is the
 * operators' one (METRICS_PORT): probes and metrics.
 */
export async function startWorkerOnly(config: Config, logger: Logger): Promise<{ stop(): Promise<void> }> {
  // The embedded PostgreSQL belongs to the process that started it: a second process on the same
  // data directory would take it for a stale cluster.
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL', 'required with --only worker: workers share an external PostgreSQL');
  const knex = createKnex(config.databaseUrl);
  try {
    await runMigrations(knex);
    const migrations = await migrationNames(knex);
    const worker = await startWorker({ knex, connectionString: config.databaseUrl, logger });
    let metrics: MetricsListener | undefined;
    if (config.metricsPort !== 0) {
      const readiness = [databaseCheck(knex), migrationsCheck(knex, migrations), workersCheck({ jobs: worker })];
      metrics = await startMetricsListener({ port: config.metricsPort, bindAddress: config.bindAddress, readiness, registry: scrapeRegistry(knex, logger), logger }).catch(async (error: unknown) => {
        await worker.stop();
        throw error;
      });
    }
    return {
      async stop() {
        await metrics?.close();
        await worker.stop();
        await knex.destroy();
      },
    };
  } catch (error) {
    await knex.destroy();
    throw error;
  }
}
