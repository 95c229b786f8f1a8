import { parseArgs } from 'node:util';
import type { Logger } from 'pino';
import { startWorker } from '../events/index.ts';
import { ConfigError, type Config } from './config.ts';
import { createKnex, runMigrations } from './database.ts';

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
 * take a lock, so concurrent boots queue) and holds no keys, listeners or seed.
 */
export async function startWorkerOnly(config: Config, logger: Logger): Promise<{ stop(): Promise<void> }> {
  // The embedded PostgreSQL belongs to the process that started it: a second process on the same
  // data directory would take it for a stale cluster.
  if (!config.databaseUrl) throw new ConfigError('DATABASE_URL', 'required with --only worker: workers share an external PostgreSQL');
  const knex = createKnex(config.databaseUrl);
  try {
    await runMigrations(knex);
    const worker = await startWorker({ knex, connectionString: config.databaseUrl, logger });
    return {
      async stop() {
        await worker.stop();
        await knex.destroy();
      },
    };
  } catch (error) {
    await knex.destroy();
    throw error;
  }
}
