/**
 * Requests whose credentials are used once (client assertions, DPoP proofs, idempotency keys) are
 * signed before the timed run, so the bench client's own signing does not compete with the server
 * for the two cores while it is measured. The pool is sized from the workload's crypto ceiling:
 * the server cannot answer faster than it verifies, so `ceiling x duration` (plus a margin) is
 * enough. Should it still run dry, the rest is signed on the fly and counted, and the bench prints
 * that count next to the figure: a non-zero count means the figure includes client signing.
 */
export interface Pool<T> {
  next(): Promise<T>;
  /** Items made during the timed run because the pre-signed ones were used up. */
  readonly madeOnTheFly: number;
}

const POOL_MARGIN = 1.25;
const POOL_SIZE_MAX = 200_000;
const FILL_CONCURRENCY = 8;

export function poolSize(perSecondMax: number, durationMs: number, connections: number): number {
  return Math.min(POOL_SIZE_MAX, Math.ceil(perSecondMax * (durationMs / 1000) * POOL_MARGIN) + connections);
}

export async function fillPool<T>(size: number, make: () => Promise<T>): Promise<Pool<T>> {
  const items: T[] = [];
  const filler = async () => {
    while (items.length < size) items.push(await make());
  };
  await Promise.all(Array.from({ length: FILL_CONCURRENCY }, filler));
  let taken = 0;
  let madeOnTheFly = 0;
  return {
    async next() {
      if (taken < items.length) return items[taken++]!;
      madeOnTheFly += 1;
      return make();
    },
    get madeOnTheFly() {
      return madeOnTheFly;
    },
  };
}
