/**
 * Requests whose credentials are used once (client assertions, DPoP proofs, idempotency keys) are
 * signed before the timed run, so the bench client's own signing does not compete with the server
 * for the two cores while it is measured. The platform's pool is sized from the floor's rate in
 * the same round (bench/compare.ts): the platform does at least the floor's work per request, so
 * `floor rate x duration` (plus a margin) is enough. Should it still run dry, the rest is signed on
 * the fly and counted, and the bench prints that count next to the figure: a non-zero count means
 * the figure includes client signing.
 */
export interface Pool<T> {
  next(): Promise<T>;
  /** Items made during the timed run because the pre-signed ones were used up. */
  readonly madeOnTheFly: number;
}

const POOL_SIZE_MAX = 200_000;
const FILL_CONCURRENCY = 8;

export async function fillPool<T>(size: number, make: () => Promise<T>): Promise<Pool<T>> {
  const items = await signed(Math.min(size, POOL_SIZE_MAX), make);
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

/**
 * For the floor, which keeps no replay store: `size` signed items handed out in turn, as often as
 * asked. Verifying a reused proof costs what verifying a fresh one does, and the bench signs no
 * more than it must on a machine it shares with what it measures.
 */
export async function cyclingPool<T>(size: number, make: () => Promise<T>): Promise<Pool<T>> {
  const items = await signed(Math.max(1, Math.min(size, POOL_SIZE_MAX)), make);
  let taken = 0;
  return {
    async next() {
      return items[taken++ % items.length]!;
    },
    madeOnTheFly: 0,
  };
}

async function signed<T>(size: number, make: () => Promise<T>): Promise<T[]> {
  const items: T[] = [];
  let started = 0;
  const filler = async () => {
    while (started < size) {
      started += 1;
      items.push(await make());
    }
  };
  await Promise.all(Array.from({ length: FILL_CONCURRENCY }, filler));
  return items;
}
