import { bracketedCeiling, dpopProofCeiling, type Ceiling } from '../ceiling.ts';
import { runLoad, type LoadRequest, type LoadResult } from '../load.ts';
import { fillPool, poolSize, type Pool } from '../pool.ts';
import { dpopProof } from '../proofs.ts';
import type { BenchContext } from './types.ts';

export interface ResourceLoad {
  method: 'GET' | 'POST';
  /** Path on the TPP host, e.g. /open-banking/v3.1/aisp/accounts/{id}/transactions. */
  path: string;
  accessToken: string;
  connections: number;
  /** Headers and body of each request besides Authorization and DPoP (fresh per request if it must be). */
  extra?: () => { headers?: Record<string, string>; body?: string };
  expectStatus: number;
}

export interface ResourceLoadResult {
  result: LoadResult;
  ceiling: Ceiling;
  signedDuringRun: number;
}

/**
 * A DPoP-bound resource request under load: each request carries its own proof (new `jti`, `ath`
 * of the token), signed into a pool before the timed run; the ceiling is the resource guard's
 * proof verification run in a tight loop.
 */
export async function runResourceLoad(context: BenchContext, load: ResourceLoad): Promise<ResourceLoadResult> {
  const url = `${context.urls.tpp}${load.path}`;
  const sign = () => dpopProof(context.client.dpop, { method: load.method, url, accessToken: load.accessToken });
  const sample = await sign();
  const measure = (durationMs: number) =>
    dpopProofCeiling(sample, { method: load.method, url, accessToken: load.accessToken }, { concurrency: load.connections, durationMs });
  const { ceiling, loaded } = await bracketedCeiling(measure, context.ceilingMs, async (before) => {
    const pool = await fillPool(poolSize(before.perSecond, context.durationMs, load.connections), sign);
    return { result: await timedRun(context, load, url, pool), pool };
  });
  return { result: loaded.result, ceiling, signedDuringRun: loaded.pool.madeOnTheFly };
}

function timedRun(context: BenchContext, load: ResourceLoad, url: string, pool: Pool<string>): Promise<LoadResult> {
  return runLoad({
    url,
    agent: context.tppAgent,
    cpu: context.cpu,
    connections: load.connections,
    durationMs: context.durationMs,
    expectStatus: load.expectStatus,
    async request(): Promise<LoadRequest> {
      const extra = load.extra?.() ?? {};
      return {
        method: load.method,
        headers: { accept: 'application/json', ...extra.headers, authorization: `DPoP ${load.accessToken}`, dpop: await pool.next() },
        body: extra.body,
      };
    },
  });
}
