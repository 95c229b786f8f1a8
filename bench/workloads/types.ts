import type { Agent } from 'undici';
import type { TppKit } from '../../certs/index.ts';
import type { LoadResult } from '../load.ts';

/** What every workload gets: a running platform and a TPP onboarded at its directory. */
export interface BenchContext {
  readonly urls: { readonly browser: string; readonly tpp: string };
  readonly serverCaPem: string;
  readonly tpp: TppKit;
  /** Mutual TLS to the TPP host with the TPP's transport certificate. */
  readonly tppAgent: Agent;
  readonly connections: number;
  readonly durationMs: number;
}

export interface BenchFigure {
  readonly name: string;
  readonly result: LoadResult;
}

/** One file per workload under bench/workloads/, listed in bench/index.ts. */
export interface Workload {
  readonly name: string;
  run(context: BenchContext): Promise<readonly BenchFigure[]>;
}
