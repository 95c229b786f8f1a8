import type { Knex } from 'knex';
import type { Agent } from 'undici';
import type { TppKit } from '../../certs/index.ts';
import type { BenchClient } from '../client.ts';
import type { Comparison, Target } from '../compare.ts';
import type { StatementWatch } from '../pg-stats.ts';

/**
 * What every workload gets: a running platform and floor, and a TPP onboarded and registered at the
 * platform.
 */
export interface BenchContext {
  readonly urls: { readonly browser: string; readonly tpp: string };
  /** The CA the platform's (and the floor's) server certificates chain to. */
  readonly serverTrustAnchorPem: string;
  /** The platform's database (bench/platform.ts platformDatabase): preparation and checks only. */
  readonly knex: Knex;
  readonly tpp: TppKit;
  readonly client: BenchClient;
  /**
   * Mutual TLS with the TPP's transport certificate, to the platform's TPP host and to the floor.
   */
  readonly tppAgent: Agent;
  readonly platform: Target;
  readonly floor: Target & { readonly origin: string };
  /** `--connections` when set; otherwise each workload uses its own. */
  readonly connections: number | undefined;
  readonly rounds: number;
  readonly durationMs: number;
  /** Payments per round. */
  readonly payments: number;
  /**
   * Wraps each platform run to report its SQL (bench/pg-stats.ts); undefined without --pg-stats.
   */
  readonly statements: StatementWatch | undefined;
}

/** The targets a figure is read against (issue 11), printed as met or missed. */
export interface Goal {
  /** Least share of the floor's req/s. */
  readonly ratioMin?: number;
  readonly p99MsMax?: number;
  readonly perSecondMin?: number;
}

export interface BenchFigure {
  readonly name: string;
  readonly comparison: Comparison;
  readonly goal?: Goal;
  /** Checks made after the runs (e.g. the ledger's reconciliation), one line each. */
  readonly notes?: readonly string[];
}

/** One file per workload under bench/workloads/, listed in bench/index.ts. */
export interface Workload {
  readonly name: string;
  run(context: BenchContext): Promise<readonly BenchFigure[]>;
}
