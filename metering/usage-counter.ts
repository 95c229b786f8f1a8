import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { USAGE_SHARD, type MeteredApi, type Month } from './usage.ts';

/**
 * The resource API requests this instance has let through and not yet written to metering.usage.
 * Writing each count in the token lookup's statement cost about 95 µs of that statement's 276 µs
 * execution and 80 µs of PostgreSQL CPU on every resource request (bench --pg-stats,
 * bench/PROFILE.md); a request does not need its count written before it is answered, so counts are
 * kept here and written together every `intervalMs`, one statement for all of them.
 *
 * What this gives up, bounded by the interval: a platform that dies without stopping loses its
 * last interval's counts (a PostgreSQL crash could already lose the lookup's last asynchronous
 * commits), and another instance's quota check does not see them yet, so a TPP spread over N
 * instances can go over its monthly quota by what N - 1 instances let through in one interval.
 * This instance's own quota checks and its usage API add what it has not written yet.
 * Payments still count in their own transaction (metering/usage.ts meterRequest).
 */
export interface UsageCounter {
  /** One request of the client to the API on `day` (`YYYY-MM-DD`, UK day, as the database says). */
  count(clientId: string, day: string, api: MeteredApi): void;
  /**
   * The client's requests in `month` counted here and not yet written (including a write under
   * way).
   */
  unwritten(clientId: string, month: Month): number;
  /**
   * Writes what is counted so far; resolves once it is in metering.usage (or failed and was kept).
   */
  flush(): Promise<void>;
  /** Stops the timer and writes what is left. */
  stop(): Promise<void>;
}

/** Written this often: the bound on what a crash loses and on another instance's lag. */
export const USAGE_FLUSH_INTERVAL_MS = 1000;

/** Per client: day and API (`YYYY-MM-DD api`) to requests. */
type Counts = Map<string, Map<string, number>>;

export function usageCounter(
  knex: Knex,
  logger: Logger,
  intervalMs = USAGE_FLUSH_INTERVAL_MS,
): UsageCounter {
  let counts: Counts = new Map();
  let writing: Counts | undefined;
  let written: Promise<void> = Promise.resolve();

  const write = async (batch: Counts): Promise<void> => {
    const rows: [string, string, string, number][] = [];
    for (const [clientId, perDay] of batch) {
      for (const [dayApi, requests] of perDay) {
        const [day, api] = dayApi.split(' ') as [string, string];
        rows.push([clientId, day, api, requests]);
      }
    }
    try {
      await knex
        .raw(
          `INSERT INTO metering.usage AS u (client_id, day, api, shard, requests)
           SELECT c.client_id, c.day, c.api, ${USAGE_SHARD}, c.requests
           FROM unnest(?::text[], ?::date[], ?::text[], ?::bigint[]) AS c(client_id, day, api, requests)
           ON CONFLICT (client_id, day, api, shard) DO UPDATE SET requests = u.requests + excluded.requests`,
          [
            rows.map((row) => row[0]),
            rows.map((row) => row[1]),
            rows.map((row) => row[2]),
            rows.map((row) => row[3]),
          ],
        )
        .options({ name: 'metering.write-usage' });
    } catch (error) {
      // Kept for the next write: the counts are owed either way.
      for (const [clientId, perDay] of batch)
        for (const [dayApi, requests] of perDay) add(counts, clientId, dayApi, requests);
      logger.warn(
        { err: error, clients: batch.size },
        'usage counts not written; kept for the next attempt',
      );
    }
  };

  const flush = (): Promise<void> => {
    // One write at a time, in order: a count is never in two batches.
    written = written.then(async () => {
      if (counts.size === 0) return;
      writing = counts;
      counts = new Map();
      try {
        await write(writing);
      } finally {
        writing = undefined;
      }
    });
    return written;
  };

  const timer = setInterval(() => void flush(), intervalMs);
  timer.unref();

  return {
    count(clientId, day, api) {
      add(counts, clientId, `${day} ${api}`, 1);
    },
    unwritten(clientId, month) {
      let sum = 0;
      for (const batch of writing ? [counts, writing] : [counts]) {
        for (const [dayApi, requests] of batch.get(clientId) ?? [])
          if (dayApi.startsWith(month)) sum += requests;
      }
      return sum;
    },
    flush,
    async stop() {
      clearInterval(timer);
      await flush();
    },
  };
}

function add(counts: Counts, clientId: string, dayApi: string, requests: number): void {
  let perDay = counts.get(clientId);
  if (!perDay) {
    perDay = new Map();
    counts.set(clientId, perDay);
  }
  perDay.set(dayApi, (perDay.get(dayApi) ?? 0) + requests);
}
