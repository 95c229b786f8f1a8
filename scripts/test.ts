/**
 * `npm test`: system dependencies, type-checking, formatting and lint (Biome), then every test file
 * on node's test runner with one embedded PostgreSQL cluster shared by the whole run (each file
 * makes its own database).
 */
import { spawnSync, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../platform/embedded-postgres.ts';
import { createLogger } from '../platform/logging.ts';
import { filesWithCardNumbers, outputWatch } from './card-numbers.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const SYSTEM_PACKAGES = [
  {
    pkg: 'softhsm2',
    file: '/usr/lib/softhsm/libsofthsm2.so',
    why: 'PKCS#11 key provider tests (SoftHSM)',
  },
  { pkg: 'chromium', file: '/usr/bin/chromium', why: 'consent UI tests (playwright-core)' },
  {
    pkg: 'nginx',
    file: '/usr/sbin/nginx',
    why: 'scale-out test: the TLS-terminating gateway (test/e2e/scale-out.test.ts)',
  },
];
const SKIP_DIRS = new Set(['node_modules', '.data', '.git', 'test-artifacts']);

function run(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: 'inherit', cwd: ROOT }).status ?? 1;
}

function ensureSystemPackages(): void {
  const missing = SYSTEM_PACKAGES.filter((p) => !existsSync(p.file));
  if (missing.length === 0) return;
  const names = missing.map((p) => p.pkg);
  if (process.getuid?.() !== 0) {
    process.stderr.write(
      `npm test needs Debian packages that are missing: ${names.join(', ')}\n` +
        missing.map((p) => `  ${p.pkg}: ${p.why}\n`).join('') +
        `Install them as root: apt-get update && apt-get install -y ${names.join(' ')}\n`,
    );
    process.exit(1);
  }
  process.stdout.write(`Installing ${names.join(', ')} with apt-get\n`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = spawnSync(
    'apt-get',
    ['install', '-y', '-qq', '--no-install-recommends', ...names],
    { stdio: 'inherit', env },
  );
  if (update.status !== 0 || install.status !== 0 || missing.some((p) => !existsSync(p.file))) {
    process.stderr.write(`apt-get could not install ${names.join(', ')}\n`);
    process.exit(1);
  }
}

async function testFiles(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    if (SKIP_DIRS.has(entry.name)) continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) found.push(...(await testFiles(path)));
    else if (entry.name.endsWith('.test.ts')) found.push(relative(ROOT, path));
  }
  return found.sort();
}

ensureSystemPackages();
if (run('npx', ['tsc', '--noEmit', '-p', '.']) !== 0) {
  process.stderr.write('Type-checking failed.\n');
  process.exit(1);
}
if (run('npx', ['biome', 'check']) !== 0) {
  process.stderr.write('Formatting or lint failed: `npm run format` fixes what it can.\n');
  process.exit(1);
}

const only = process.argv.slice(2);
const files = only.length > 0 ? only : await testFiles(ROOT);
const clusterDir = await mkdtemp(join(tmpdir(), 'obp-test-cluster-'));
let cluster: EmbeddedDatabase;
try {
  cluster = await startEmbeddedPostgres({
    dir: clusterDir,
    port: 20000 + Math.floor(Math.random() * 20000),
    logger: createLogger({ level: 'silent' }),
  });
} catch (error) {
  // The cluster's directory holds its superuser password: it goes on every path.
  await rm(clusterDir, { recursive: true, force: true });
  process.stderr.write(
    `npm test: the embedded PostgreSQL (under ${tmpdir()}, set by TMPDIR) did not start: ${(error as Error).message}\n`,
  );
  process.exit(1);
}

const child = spawn(
  process.execPath,
  ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', ...files],
  {
    stdio: ['inherit', 'pipe', 'pipe'],
    cwd: ROOT,
    env: { ...process.env, TEST_PG_ADMIN_URL: cluster.adminUrl() },
  },
);
const output = outputWatch();
for (const [from, to] of [
  [child.stdout, process.stdout],
  [child.stderr, process.stderr],
] as const) {
  from.on('data', (chunk: Buffer) => {
    output.see(chunk);
    to.write(chunk);
  });
}
// Ctrl-C reaches the test runner too; the cluster is ours to stop once it has gone.
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => child.kill(signal));
const code: number = await new Promise((resolve) =>
  child.on('close', (status) => resolve(status ?? 1)),
);
let sightings = output.sightings();
try {
  await cluster.stop();
  sightings = [...sightings, ...(await filesWithCardNumbers(clusterDir))];
} finally {
  await rm(clusterDir, { recursive: true, force: true });
}
if (sightings.length > 0) {
  process.stderr.write(
    `npm test: a sandbox card number in plain text in ${sightings.join(', ')}\n`,
  );
  process.exit(1);
}
process.exit(code);
