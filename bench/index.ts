/**
 * `npm run bench`: figures, not pass/fail. Boots the platform as `npm start` does (embedded
 * PostgreSQL in a fresh data dir: a cold first boot, then a warm one on the same data), onboards a
 * TPP at the sandbox directory and runs each workload against the TPP host over mutual TLS.
 * A new workload is one file in bench/workloads/ added to WORKLOADS.
 */
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tlsAgent } from '../test/support/http.ts';
import { registerBenchClient } from './client.ts';
import { cpuTimes } from './cpu.ts';
import { benchPorts, bootPlatform, onboardTpp, platformDatabase, readServerCa, stopPlatform } from './platform.ts';
import { formatFigure } from './report.ts';
import { positiveInteger } from './settings.ts';
import { health } from './workloads/health.ts';
import { intents } from './workloads/intents.ts';
import { payments } from './workloads/payments.ts';
import { token } from './workloads/token.ts';
import { transactions } from './workloads/transactions.ts';
import type { BenchContext, Workload } from './workloads/types.ts';

const WORKLOADS: readonly Workload[] = [health, token, intents, transactions, payments];

const DURATION_MS = positiveInteger('BENCH_DURATION_MS', 5_000);
const CONNECTIONS = positiveInteger('BENCH_CONNECTIONS', undefined);
const CEILING_MS = positiveInteger('BENCH_CEILING_MS', 3_000);

const only = process.argv.slice(2);
const selected = only.length > 0 ? WORKLOADS.filter((workload) => only.includes(workload.name)) : WORKLOADS;
if (selected.length === 0) throw new Error(`no workload named ${only.join(', ')}; known: ${WORKLOADS.map((w) => w.name).join(', ')}`);

const dataDir = await mkdtemp(join(tmpdir(), 'obp-bench-'));
// As root the embedded PostgreSQL runs as `postgres`, which must traverse DATA_DIR (mkdtemp makes it 0700).
await chmod(dataDir, 0o711);
try {
  const ports = await benchPorts();
  const cold = await bootPlatform(dataDir, ports);
  await stopPlatform(cold.child);
  const warm = await bootPlatform(dataDir, ports);
  console.log(`${'boot, cold (initdb, migrations, seed, keys, PKI)'.padEnd(52)} ${(cold.bootMs / 1000).toFixed(2)} s`);
  console.log(`${'boot, warm (existing data)'.padEnd(52)} ${(warm.bootMs / 1000).toFixed(2)} s`);
  try {
    const tpp = await onboardTpp(dataDir, 'Bench Ltd');
    const serverCaPem = await readServerCa(dataDir);
    const urls = { browser: `https://localhost:${ports.browser}`, tpp: `https://localhost:${ports.tpp}` };
    const client = await registerBenchClient(urls.browser, tpp, serverCaPem);
    const tppAgent = tlsAgent({ ca: serverCaPem, cert: tpp.transportCertPem, key: tpp.transportKeyPem });
    const knex = await platformDatabase(dataDir, ports);
    const context: BenchContext = {
      urls,
      serverTrustAnchorPem: serverCaPem,
      knex,
      tpp,
      client,
      tppAgent,
      connections: CONNECTIONS,
      durationMs: DURATION_MS,
      ceilingMs: CEILING_MS,
      cpu: () => cpuTimes(warm.child.pid!),
    };
    try {
      for (const workload of selected) {
        for (const figure of await workload.run(context)) console.log(formatFigure(figure));
      }
    } finally {
      await tppAgent.close();
      await knex.destroy();
    }
  } finally {
    await stopPlatform(warm.child);
  }
} finally {
  await rm(dataDir, { recursive: true, force: true });
}
