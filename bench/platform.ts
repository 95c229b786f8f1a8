import { spawn, type ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createKeyProvider, SandboxDirectory, type TppKit } from '../certs/index.ts';
import { RATE_LIMIT_NAMES } from '../platform/config.ts';
import { createKnex } from '../platform/database.ts';
import { freePort } from '../test/support/platform.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const BOOT_WAIT_MS_MAX = 180_000;

export interface BenchPorts {
  browser: number;
  tpp: number;
  pg: number;
  /**
   * The operators' listener: its default port may be taken by a platform running beside the bench.
   */
  metrics: number;
}

export interface BootedPlatform {
  child: ChildProcess;
  /** From spawn to the "platform ready" banner: what `npm start` costs a developer. */
  bootMs: number;
}

export async function benchPorts(): Promise<BenchPorts> {
  return {
    browser: await freePort(),
    tpp: await freePort(),
    pg: await freePort(),
    metrics: await freePort(),
  };
}

/** `npm start`'s entry point in a child process on the bench's data dir and ports. */
export async function bootPlatform(
  dataDir: string,
  ports: BenchPorts,
  rateLimits: 'on' | 'off',
): Promise<BootedPlatform> {
  const started = process.hrtime.bigint();
  // BENCH_CPU_PROF_DIR: V8 CPU profiles of the platform (one per boot, written when it stops),
  // for Chrome DevTools or `node bench/profile-summary.ts`.
  const profile = process.env.BENCH_CPU_PROF_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF_DIR}`]
    : [];
  const child = await startChild(
    [...profile, '--import', 'tsx', 'platform/main.ts'],
    'platform ready',
    {
      DATA_DIR: dataDir,
      BROWSER_PORT: `${ports.browser}`,
      TPP_PORT: `${ports.tpp}`,
      EMBEDDED_PG_PORT: `${ports.pg}`,
      METRICS_PORT: `${ports.metrics}`,
      // No per-request access log lines in the figures unless asked for (BENCH_LOG_LEVEL=info shows
      // what `npm start`'s default logging costs); readiness shows in the stdout banner either way.
      LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'warn',
      // In force but out of reach (every request takes its token, none is refused), or off.
      RATE_LIMITS:
        rateLimits === 'off'
          ? 'off'
          : RATE_LIMIT_NAMES.map((name) => `${name}=100000000/1`).join(','),
      // The bench pays hundreds of times from six accounts: limits in force, out of reach.
      PAYMENT_LIMITS: 'per-payment=1000000000,per-day=1000000000,velocity=100000/1',
    },
  );
  return { child, bootMs: Number(process.hrtime.bigint() - started) / 1e6 };
}

/** A Node child process of the bench (platform or floor), once its stdout shows `banner`. */
export async function startChild(
  args: readonly string[],
  banner: string,
  env: Record<string, string>,
): Promise<ChildProcess> {
  const child = spawn(process.execPath, args, {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => reject(new Error(`${args.at(-1)} not ready after ${BOOT_WAIT_MS_MAX} ms`)),
      BOOT_WAIT_MS_MAX,
    );
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!output.includes(banner)) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      // Keep draining: a full pipe would stall the child's logging.
      child.stdout!.resume();
      resolve();
    };
    child.stdout!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${args.at(-1)} exited (${code}) before it was ready:\n${output}`));
    });
  });
  return child;
}

export async function stopChild(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await exited;
}

/** A TPP onboarded at the platform's sandbox directory, as `npm run directory -- onboard` does. */
export async function onboardTpp(
  dataDir: string,
  name: string,
): Promise<{ kit: TppKit; directoryCaPem: string }> {
  const keys = await createKeyProvider({ pkcs11: undefined, keystoreDir: join(dataDir, 'keys') });
  try {
    const directory = await SandboxDirectory.open({ dir: join(dataDir, 'directory'), keys });
    // PS256 client assertions and message signatures, as the floor and issue 11's figures verify.
    const kit = await directory.onboard({
      name,
      redirectUris: ['https://bench.example/cb'],
      roles: ['AISP', 'PISP'],
      signingAlg: 'PS256',
    });
    return { kit, directoryCaPem: directory.caCertPem };
  } finally {
    await keys.close();
  }
}

export function readServerCa(dataDir: string): Promise<string> {
  return readFile(join(dataDir, 'pki', 'ca.pem'), 'utf8');
}

/**
 * The bench's own connection to the platform's embedded database, as its operator would open one
 * (the superuser secret next to the data): for preparing what a workload needs and checking the
 * ledger after it, never inside a timed run.
 */
export async function platformDatabase(dataDir: string, ports: BenchPorts): Promise<Knex> {
  return createKnex(await platformDatabaseUrl(dataDir, ports), { min: 0, max: 4 });
}

export async function platformDatabaseUrl(dataDir: string, ports: BenchPorts): Promise<string> {
  const password = (await readFile(join(dataDir, 'pg', 'superuser.secret'), 'utf8')).trim();
  return `postgres://platform:${encodeURIComponent(password)}@127.0.0.1:${ports.pg}/openbanking`;
}
