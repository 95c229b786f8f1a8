/**
 * `npm run bench` (`-- --help` for options): figures, not pass/fail. Boots the platform as
 * `npm start` does (embedded PostgreSQL in a fresh data dir: a cold first boot, then a warm one on
 * the same data) and the floor (bench/floor/server.ts) beside it, onboards a TPP at the sandbox
 * directory, and runs each workload against both over mutual TLS, in alternating rounds.
 * A new workload is one file in bench/workloads/ added to WORKLOADS.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { tlsAgent } from '../test/support/http.ts';
import { registerBenchClient } from './client.ts';
import { cpuTimes } from './cpu.ts';
import { startFloor } from './floor/launch.ts';
import { preloadPgStatStatements, statementWatch } from './pg-stats.ts';
import {
  benchPorts,
  bootPlatform,
  onboardTpp,
  platformDatabase,
  platformDatabaseUrl,
  readServerCa,
  stopChild,
} from './platform.ts';
import { formatFigure } from './report.ts';
import { benchSettings, usage } from './settings.ts';
import { accounts } from './workloads/accounts.ts';
import { health } from './workloads/health.ts';
import { intents } from './workloads/intents.ts';
import { payments } from './workloads/payments.ts';
import { token } from './workloads/token.ts';
import { transactions } from './workloads/transactions.ts';
import type { BenchContext, Workload } from './workloads/types.ts';

const WORKLOADS: readonly Workload[] = [health, token, accounts, transactions, intents, payments];

const settings = benchSettings(process.argv.slice(2), process.env);
if (settings === 'help') {
  process.stdout.write(usage());
  process.exit(0);
}
const unknown = settings.workloads.filter(
  (name) => !WORKLOADS.some((workload) => workload.name === name),
);
if (unknown.length > 0)
  throw new Error(
    `no workload named ${unknown.join(', ')}; known: ${WORKLOADS.map((w) => w.name).join(', ')}`,
  );
const selected =
  settings.workloads.length > 0
    ? WORKLOADS.filter((workload) => settings.workloads.includes(workload.name))
    : WORKLOADS;

const dataDir = await mkdtemp(join(tmpdir(), 'obp-bench-'));
// As root the embedded PostgreSQL runs as `postgres`, which must traverse DATA_DIR (mkdtemp makes
// it 0700).
await chmod(dataDir, 0o711);
try {
  const ports = await benchPorts();
  const cold = await bootPlatform(dataDir, ports, settings.rateLimits);
  if (settings.pgStats) {
    const admin = await platformDatabase(dataDir, ports);
    await preloadPgStatStatements(admin).finally(() => admin.destroy());
  }
  await stopChild(cold.child);
  const warm = await bootPlatform(dataDir, ports, settings.rateLimits);
  console.log(
    `${'boot, cold (initdb, migrations, seed, keys, PKI)'.padEnd(52)} ${(cold.bootMs / 1000).toFixed(2)} s`,
  );
  console.log(`${'boot, warm (existing data)'.padEnd(52)} ${(warm.bootMs / 1000).toFixed(2)} s`);
  console.log(
    `${settings.rounds} round(s) of ${settings.durationMs / 1000} s per side; rate limits ${settings.rateLimits}; load average at start ${loadAverage()}`,
  );
  try {
    const { kit: tpp, directoryCaPem } = await onboardTpp(dataDir, 'Bench Ltd');
    const serverCaPem = await readServerCa(dataDir);
    const urls = {
      browser: `https://localhost:${ports.browser}`,
      tpp: `https://localhost:${ports.tpp}`,
    };
    const client = await registerBenchClient(urls.browser, tpp, serverCaPem);
    const floor = await startFloor({
      dataDir,
      clientCaPems: [directoryCaPem],
      clientId: client.clientId,
      clientJwk: tpp.jwks.keys[0]!,
      databaseUrl: await platformDatabaseUrl(dataDir, ports),
    });
    const tppAgent = tlsAgent({
      ca: serverCaPem,
      cert: tpp.transportCertPem,
      key: tpp.transportKeyPem,
    });
    const knex = await platformDatabase(dataDir, ports);
    const platformPid = warm.child.pid!;
    const context: BenchContext = {
      urls,
      serverTrustAnchorPem: serverCaPem,
      knex,
      tpp,
      client,
      tppAgent,
      platform: { agent: tppAgent, cpu: () => cpuTimes(platformPid, platformPid) },
      floor: {
        agent: tppAgent,
        origin: floor.origin,
        cpu: () => cpuTimes(floor.child.pid!, platformPid),
      },
      connections: settings.connections,
      rounds: settings.rounds,
      durationMs: settings.durationMs,
      payments: settings.payments,
      statements: settings.pgStats ? await statementWatch(knex) : undefined,
    };
    try {
      for (const workload of selected) {
        for (const figure of await workload.run(context)) console.log(formatFigure(figure));
      }
      console.log(`load average at end ${loadAverage()}`);
    } finally {
      await tppAgent.close();
      await knex.destroy();
      await stopChild(floor.child);
    }
  } finally {
    await stopChild(warm.child);
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}

/**
 * Other work on the machine moves absolute figures; the ratios within a round are what to trust.
 */
function loadAverage(): string {
  return loadavg()
    .map((load) => load.toFixed(2))
    .join(' ');
}
