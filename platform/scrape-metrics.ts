import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { Gauge, Registry } from 'prom-client';
import { jobQueueCounts } from '../events/index.ts';
import { balancesByKind } from '../ledger/index.ts';
import { processMetrics } from '../observability/index.ts';
import { within } from './time-limit.ts';

/**
 * A scrape must answer within Prometheus's default scrape timeout (10 s), also with the database
 * gone.
 */
const QUERY_TIMEOUT_MS = 2_000;

/** The part of knex's pool (tarn) the gauges read. */
interface PoolUse {
  numUsed(): number;
  numFree(): number;
  numPendingAcquires(): number;
}

/**
 * What `/metrics` serves: the process's counters, plus gauges read when scraped (one statement each
 * for the ledger and the job queue, and the pool's own counts), never per request. The database
 * gauges say the same from every process on one database: aggregate them with max, not sum.
 */
export function scrapeRegistry(knex: Knex, logger: Logger): Registry {
  const scraped = new Registry();
  const registers = [scraped];
  // A failed read leaves its gauge without samples for this scrape; the rest is still served.
  const read = async <T>(what: string, query: () => Promise<T>): Promise<T | undefined> => {
    try {
      return await within(query(), QUERY_TIMEOUT_MS);
    } catch (error) {
      logger.warn({ err: error, metric: what }, 'metric not collected');
      return undefined;
    }
  };

  new Gauge({
    name: 'openbanking_ledger_balance_minor_units',
    help: 'Sum of ledger balances per currency and account kind, in minor units (pence); the kinds of a currency sum to zero.',
    labelNames: ['currency', 'kind'] as const,
    registers,
    async collect() {
      this.reset();
      for (const { currency, kind, totalMinor } of (await read('ledger balances', () =>
        balancesByKind(knex),
      )) ?? []) {
        this.set({ currency, kind }, Number(totalMinor));
      }
    },
  });
  new Gauge({
    name: 'openbanking_jobs',
    help: 'Jobs in the graphile-worker queue by task and state (ready, scheduled, running, failed: out of attempts).',
    labelNames: ['task', 'state'] as const,
    registers,
    async collect() {
      this.reset();
      for (const { task, state, jobs } of (await read('job queue', () => jobQueueCounts(knex))) ??
        [])
        this.set({ task, state }, jobs);
    },
  });
  const pool = (knex.client as { pool?: PoolUse }).pool;
  new Gauge({
    name: 'openbanking_db_pool_connections',
    help: "The platform's database pool: connections in use, idle, and requests waiting for one (pending).",
    labelNames: ['state'] as const,
    registers,
    collect() {
      this.reset();
      if (!pool) return;
      this.set({ state: 'used' }, pool.numUsed());
      this.set({ state: 'idle' }, pool.numFree());
      this.set({ state: 'pending' }, pool.numPendingAcquires());
    },
  });
  new Gauge({
    name: 'openbanking_db_pool_connections_max',
    help: "The platform's database pool size.",
    registers,
    collect() {
      this.set(knex.client.config.pool?.max ?? 0);
    },
  });
  return Registry.merge([processMetrics, scraped]);
}
