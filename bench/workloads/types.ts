import type { Knex } from 'knex';
import type { Agent } from 'undici';
import type { TppKit } from '../../certs/index.ts';
import type { Ceiling } from '../ceiling.ts';
import type { CpuTimes } from '../cpu.ts';
import type { BenchClient } from '../client.ts';
import type { LoadResult } from '../load.ts';

/** What every workload gets: a running platform and a TPP onboarded at its directory and registered. */
export interface BenchContext {
  readonly urls: { readonly browser: string; readonly tpp: string };
  /** The CA the platform's server certificates chain to. */
  readonly serverTrustAnchorPem: string;
  /** The platform's database (bench/platform.ts platformDatabase): preparation and checks only. */
  readonly knex: Knex;
  readonly tpp: TppKit;
  readonly client: BenchClient;
  /** Mutual TLS to the TPP host with the TPP's transport certificate. */
  readonly tppAgent: Agent;
  /** `BENCH_CONNECTIONS` when set; otherwise each workload uses the concurrency its goal names. */
  readonly connections: number | undefined;
  readonly durationMs: number;
  /** How long each crypto ceiling loop runs. */
  readonly ceilingMs: number;
  /** CPU used so far by the platform, its PostgreSQL and the bench (bench/cpu.ts), for runLoad. */
  readonly cpu: () => Promise<CpuTimes | undefined>;
}

/** The targets a figure is read against (issue 3 and 5), printed as met or missed. */
export interface Goal {
  /** Least share of the crypto ceiling. */
  readonly ratioMin?: number;
  readonly p99MsMax?: number;
  readonly perSecondMin?: number;
}

export interface BenchFigure {
  readonly name: string;
  readonly result: LoadResult;
  readonly ceiling?: Ceiling;
  /** Single-use credentials the client had to sign during the timed run (bench/pool.ts). */
  readonly signedDuringRun?: number;
  readonly goal?: Goal;
  /** Checks made after the run (e.g. the ledger's reconciliation), one line each. */
  readonly notes?: readonly string[];
}

/** One file per workload under bench/workloads/, listed in bench/index.ts. */
export interface Workload {
  readonly name: string;
  run(context: BenchContext): Promise<readonly BenchFigure[]>;
}
