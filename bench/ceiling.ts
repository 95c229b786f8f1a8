/**
 * The ceiling beside each figure: the request's own cryptography, nothing else (no TLS, no HTTP,
 * no database), run in a tight loop in the bench process while the platform idles. jose runs
 * signatures on WebCrypto, whose jobs go to libuv's thread pool, so the loop keeps as many
 * operations in flight as the load has connections: the same parallelism the server gets, and the
 * most this machine allows for that work. A workload's req/s over this is the share of the machine
 * the rest of the request path (TLS, HTTP, oidc-provider or the resource guard, PostgreSQL, the
 * bench client itself) leaves.
 */
import { verifyDpopProof, type DpopExpectation } from '../resource-server/guard/dpop-proof.ts';

export interface Ceiling {
  /** What one "request" of the loop does, e.g. "ES256 client assertion + ES256 DPoP proof verify". */
  readonly work: string;
  /** With as many operations in flight as the load has connections: what the ratio is taken of. */
  readonly perSecond: number;
  /**
   * One operation at a time: what one core does when nothing overlaps. Printed alongside because
   * a ceiling taken this way (a plain loop) is the other common reading of "the crypto's ceiling".
   */
  readonly oneAtATimePerSecond: number;
}

/**
 * The machine is shared (other work comes and goes), so the ceiling is measured just before and
 * just after the load it is compared with, half the time each, and the two are averaged.
 */
export async function bracketedCeiling<T>(
  measure: (durationMs: number) => Promise<Ceiling>,
  durationMs: number,
  load: (before: Ceiling) => Promise<T>,
): Promise<{ ceiling: Ceiling; loaded: T }> {
  const before = await measure(durationMs / 2);
  const loaded = await load(before);
  const after = await measure(durationMs / 2);
  const mean = (field: 'perSecond' | 'oneAtATimePerSecond') => (before[field] + after[field]) / 2;
  return { ceiling: { work: before.work, perSecond: mean('perSecond'), oneAtATimePerSecond: mean('oneAtATimePerSecond') }, loaded };
}

export interface CeilingOptions {
  concurrency: number;
  durationMs: number;
}

/** Three quarters of the time with the load's concurrency, a quarter one at a time. */
export async function measureCeiling(work: string, operation: () => Promise<unknown>, options: CeilingOptions): Promise<Ceiling> {
  // Warm-up: first calls pay for key imports and JIT.
  for (let i = 0; i < 50; i += 1) await operation();
  return {
    work,
    perSecond: await operationsPerSecond(operation, options.concurrency, (options.durationMs * 3) / 4),
    oneAtATimePerSecond: await operationsPerSecond(operation, 1, options.durationMs / 4),
  };
}

async function operationsPerSecond(operation: () => Promise<unknown>, concurrency: number, durationMs: number): Promise<number> {
  let done = 0;
  const started = performance.now();
  const deadline = started + durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      await operation();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done / ((performance.now() - started) / 1000);
}

/**
 * The resource server's own cryptography for a DPoP-bound request: its proof verification
 * (resource-server/guard/dpop-proof.ts, the same function, on one sample proof).
 */
export function dpopProofCeiling(proof: string, expected: Omit<DpopExpectation, 'now'>, options: CeilingOptions): Promise<Ceiling> {
  return measureCeiling('DPoP proof verify (resource guard)', () => verifyDpopProof(proof, { ...expected, now: Math.floor(Date.now() / 1000) }), options);
}
