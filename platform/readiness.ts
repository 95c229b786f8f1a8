import type { Knex } from 'knex';
import type { SigningKey } from '../certs/index.ts';
import { missingMigrations } from './database.ts';
import { within } from './time-limit.ts';

/**
 * One thing a process needs before a load balancer should send it traffic. `run` resolves when it
 * is there and throws, with a reason an operator can act on, when it is not.
 */
export interface ReadinessCheck {
  readonly name: string;
  run(): Promise<void>;
}

export interface ReadinessReport {
  ready: boolean;
  /** `checks` maps every check to "ok" or why it failed; `failing` names the failed ones. */
  body: { status: 'ready' | 'unavailable'; checks: Record<string, string>; failing?: string[] };
}

/** A check that has not answered by then counts as failed: a probe must answer in time itself. */
const CHECK_TIMEOUT_MS = 2_000;

/** Runs every check at once; ready only when all pass. */
export async function checkReadiness(checks: readonly ReadinessCheck[]): Promise<ReadinessReport> {
  const outcomes = await Promise.all(
    checks.map(async (check) => [check.name, await outcome(check)] as const),
  );
  const failing = outcomes.filter(([, result]) => result !== 'ok').map(([name]) => name);
  const body: ReadinessReport['body'] = {
    status: failing.length === 0 ? 'ready' : 'unavailable',
    checks: Object.fromEntries(outcomes),
  };
  if (failing.length > 0) body.failing = failing;
  return { ready: failing.length === 0, body };
}

async function outcome(check: ReadinessCheck): Promise<string> {
  try {
    await within(check.run(), CHECK_TIMEOUT_MS);
    return 'ok';
  } catch (error) {
    // The message only (a driver's or HSM's), never a stack: the body is served to anyone who can
    // reach the probe.
    return error instanceof Error ? error.message : String(error);
  }
}

export function databaseCheck(knex: Knex): ReadinessCheck {
  return { name: 'database', run: async () => void (await knex.raw('select 1')) };
}

/**
 * Every migration this code ships (`migrationNames` at boot) is applied: a rollback makes it fail.
 */
export function migrationsCheck(knex: Knex, names: readonly string[]): ReadinessCheck {
  return {
    name: 'migrations',
    async run() {
      const missing = await missingMigrations(knex, names);
      if (missing.length > 0) throw new Error(`not applied: ${missing.join(', ')}`);
    },
  };
}

/**
 * The signing key answers: with an HSM, a lost session or a missing key shows here, not at the next
 * token.
 */
export function keysCheck(key: SigningKey): ReadinessCheck {
  const probe = new TextEncoder().encode('readiness probe');
  return { name: 'keys', run: async () => void (await key.sign(probe)) };
}

/** The job runners this process is meant to run are still running. */
export function workersCheck(
  workers: Readonly<Record<string, { running(): boolean }>>,
): ReadinessCheck {
  return {
    name: 'worker',
    async run() {
      const stopped = Object.entries(workers)
        .filter(([, worker]) => !worker.running())
        .map(([name]) => name);
      if (stopped.length > 0) throw new Error(`not running: ${stopped.join(', ')}`);
    },
  };
}
