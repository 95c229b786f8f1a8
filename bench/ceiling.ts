/**
 * The ceiling beside each figure: the request's own cryptography, nothing else (no TLS, no HTTP,
 * no database), run in a tight loop in the bench process while the platform idles. jose runs
 * signatures on WebCrypto, whose jobs go to libuv's thread pool, so the loop keeps as many
 * operations in flight as the load has connections: the same parallelism the server gets, and the
 * most this machine allows for that work. A workload's req/s over this is the share of the machine
 * the rest of the request path (TLS, HTTP, oidc-provider or the resource guard, PostgreSQL, the
 * bench client itself) leaves.
 */
export interface Ceiling {
  /** What one "request" of the loop does, e.g. "ES256 client assertion + ES256 DPoP proof verify". */
  readonly work: string;
  readonly perSecond: number;
}

export async function measureCeiling(work: string, operation: () => Promise<unknown>, options: { concurrency: number; durationMs: number }): Promise<Ceiling> {
  // Warm-up: first calls pay for key imports and JIT.
  for (let i = 0; i < 50; i += 1) await operation();
  let done = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline) {
      await operation();
      done += 1;
    }
  };
  await Promise.all(Array.from({ length: options.concurrency }, worker));
  return { work, perSecond: done / ((performance.now() - started) / 1000) };
}
