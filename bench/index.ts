/**
 * `npm run bench`: figures, not pass/fail. Boots the platform as `npm start` does (embedded
 * PostgreSQL in a fresh data dir: a cold first boot, then a warm one on the same data) and drives
 * loopback load at the TPP host over mutual TLS. Later workloads add themselves to WORKLOADS.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '../platform/config.ts';
import { createKeyProvider, SandboxDirectory } from '../certs/index.ts';
import { freePort } from '../test/support/platform.ts';
import { runLoad, type LoadResult } from './load.ts';
import { tlsAgent } from '../test/support/http.ts';

const ROOT = new URL('..', import.meta.url).pathname;
const DURATION_MS = Number(process.env.BENCH_DURATION_MS ?? 5_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 16);

interface Booted {
  child: ChildProcess;
  ms: number;
}

async function boot(dataDir: string, ports: Record<'browser' | 'tpp' | 'pg', number>): Promise<Booted> {
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, ['--import', 'tsx', 'platform/main.ts'], {
    cwd: ROOT,
    env: { ...process.env, DATA_DIR: dataDir, BROWSER_PORT: `${ports.browser}`, TPP_PORT: `${ports.tpp}`, EMBEDDED_PG_PORT: `${ports.pg}`, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('platform ready')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`platform exited (${code}) before it was ready:\n${output}`)));
  });
  return { child, ms: Number(process.hrtime.bigint() - started) / 1e6 };
}

async function stop(child: ChildProcess): Promise<void> {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
}

function line(name: string, result: LoadResult): string {
  return `${name.padEnd(44)} ${result.requestsPerSecond.toFixed(0).padStart(7)} req/s   p50 ${result.p50Ms.toFixed(1)} ms   p99 ${result.p99Ms.toFixed(1)} ms   errors ${result.errors}`;
}

const dataDir = await mkdtemp(join(tmpdir(), 'obp-bench-'));
const ports = { browser: await freePort(), tpp: await freePort(), pg: await freePort() };
try {
  const cold = await boot(dataDir, ports);
  await stop(cold.child);
  const warm = await boot(dataDir, ports);
  console.log(`boot (cold: initdb, migrations, seed, keys, PKI)   ${(cold.ms / 1000).toFixed(2)} s`);
  console.log(`boot (warm: existing data)                          ${(warm.ms / 1000).toFixed(2)} s`);

  const config = loadConfig({ DATA_DIR: dataDir });
  const keys = await createKeyProvider({ pkcs11: undefined, keystoreDir: join(dataDir, 'keys') });
  const directory = await SandboxDirectory.open({ dir: join(dataDir, 'directory'), keys });
  const kit = await directory.onboard({ name: 'Bench Ltd', redirectUris: ['https://bench.example/cb'], roles: ['AISP'] });
  await keys.close();
  const ca = await readFile(join(config.dataDir, 'pki', 'ca.pem'), 'utf8');
  const agent = tlsAgent({ ca, cert: kit.transportCertPem, key: kit.transportKeyPem });
  const health = await runLoad({
    url: `https://localhost:${ports.tpp}/health`,
    agent,
    connections: CONNECTIONS,
    durationMs: DURATION_MS,
  });
  console.log(line(`GET /health, TPP host, mTLS, ${CONNECTIONS} conns`, health));
  await agent.close();
  await stop(warm.child);
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
