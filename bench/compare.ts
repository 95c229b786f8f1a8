/**
 * A workload measured against the platform and the floor (bench/floor/server.ts) in the same
 * rounds: each round runs the floor, then the platform, for the same time with the same
 * connections, so a change in the machine's load moves both. The medians over the rounds are
 * what is reported; the ratio is the median of each round's own platform/floor ratio.
 */
import type { Agent } from 'undici';
import type { CpuTimes } from './cpu.ts';
import { runLoad, type LoadRequest, type LoadResult } from './load.ts';
import type { Pool } from './pool.ts';
import type { StatementWatch } from './pg-stats.ts';

/** What one timed run of one side sends. */
export interface SideRun {
  url: string;
  expectStatus?: number;
  /** Credentials (and bodies) for each request, signed before the run. */
  pool: Pool<LoadRequest>;
  /** Stop after this many requests (workloads with a prepared, finite set, e.g. payments). */
  requestsMax?: number;
}

/** One side of a comparison: prepares a run expected to send about `requests` requests. */
export type Side = (requests: number) => Promise<SideRun>;

export interface Target {
  readonly agent: Agent;
  /** CPU used so far by this target's Node process and by PostgreSQL (bench/cpu.ts). */
  cpu(): Promise<CpuTimes | undefined>;
}

export interface CompareOptions {
  platform: { target: Target; side: Side };
  floor: { target: Target; side: Side };
  connections: number;
  rounds: number;
  durationMs: number;
  /** pg_stat_statements around the platform's runs (--pg-stats). */
  statements?: StatementWatch;
}

export interface SideSummary {
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Medians per side of the run, CPU ms per request. */
  cpuMsPerRequest: CpuTimes | undefined;
  requests: number;
  errors: number;
  firstError: string | undefined;
  /** Requests whose credentials had to be signed during the timed runs (bench/pool.ts). */
  signedDuringRun: number;
}

export interface Comparison {
  platform: SideSummary;
  floor: SideSummary;
  /** Median of the rounds' platform/floor req/s. */
  ratio: number;
  ratios: number[];
  rounds: number;
  /** The platform's top statements in the last round (--pg-stats). */
  statements: string[];
}

/** When nothing is known yet about the floor's rate, a pool for this many requests per second. */
const FIRST_ESTIMATE_PER_SECOND = 3_000;
const POOL_MARGIN = 1.25;
/** Bounds a run that ends after a number of requests, should the server be slower than thought. */
const COUNTED_RUN_MS_MAX = 120_000;

export async function compare(options: CompareOptions): Promise<Comparison> {
  const platformResults: { result: LoadResult; signed: number }[] = [];
  const floorResults: { result: LoadResult; signed: number }[] = [];
  let statements: string[] = [];
  for (let round = 0; round < options.rounds; round += 1) {
    const expected = (perSecond: number) =>
      Math.ceil(perSecond * (options.durationMs / 1000) * POOL_MARGIN) + options.connections;
    const floor = await timed(
      options.floor.target,
      await options.floor.side(expected(FIRST_ESTIMATE_PER_SECOND)),
      options,
    );
    floorResults.push(floor);
    const platformRun = await options.platform.side(expected(floor.result.requestsPerSecond));
    await options.statements?.reset();
    const platform = await timed(options.platform.target, platformRun, options);
    platformResults.push(platform);
    if (options.statements && round === options.rounds - 1)
      statements = await options.statements.report(platform.result.requests);
  }
  const ratios = platformResults.map(
    (p, i) =>
      p.result.requestsPerSecond / Math.max(1e-9, floorResults[i]!.result.requestsPerSecond),
  );
  return {
    platform: summary(platformResults),
    floor: summary(floorResults),
    ratio: median(ratios),
    ratios,
    rounds: options.rounds,
    statements,
  };
}

async function timed(
  target: Target,
  run: SideRun,
  options: CompareOptions,
): Promise<{ result: LoadResult; signed: number }> {
  const result = await runLoad({
    url: run.url,
    agent: target.agent,
    cpu: () => target.cpu(),
    connections: options.connections,
    durationMs: run.requestsMax ? COUNTED_RUN_MS_MAX : options.durationMs,
    requestsMax: run.requestsMax,
    expectStatus: run.expectStatus,
    request: () => run.pool.next(),
  });
  return { result, signed: run.pool.madeOnTheFly };
}

function summary(runs: { result: LoadResult; signed: number }[]): SideSummary {
  const results = runs.map((run) => run.result);
  const of = (pick: (result: LoadResult) => number) => median(results.map(pick));
  const cpus = results
    .map((result) => result.cpuMsPerRequest)
    .filter((cpu): cpu is CpuTimes => cpu !== undefined);
  return {
    requestsPerSecond: of((r) => r.requestsPerSecond),
    p50Ms: of((r) => r.p50Ms),
    p99Ms: of((r) => r.p99Ms),
    cpuMsPerRequest:
      cpus.length === 0
        ? undefined
        : {
            node: median(cpus.map((c) => c.node)),
            postgres: median(cpus.map((c) => c.postgres)),
            bench: median(cpus.map((c) => c.bench)),
          },
    requests: results.reduce((sum, r) => sum + r.requests, 0),
    errors: results.reduce((sum, r) => sum + r.errors, 0),
    firstError: results.find((r) => r.firstError)?.firstError,
    signedDuringRun: runs.reduce((sum, run) => sum + run.signed, 0),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
