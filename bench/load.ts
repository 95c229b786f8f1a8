import { fetch, type Agent, type RequestInit } from 'undici';

export interface LoadOptions {
  url: string;
  agent: Agent;
  connections: number;
  durationMs: number;
  /** Builds each request; called per request so proofs and keys can be fresh. */
  request?: () => RequestInit | Promise<RequestInit>;
  expectStatus?: number;
}

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

const LATENCIES_MAX = 1_000_000;

/** Closed-loop load: `connections` workers each send the next request when the last one answers. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const expected = options.expectStatus ?? 200;
  const latencies: number[] = [];
  let errors = 0;
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline && latencies.length < LATENCIES_MAX) {
      const t0 = performance.now();
      try {
        const init = options.request ? await options.request() : {};
        const response = await fetch(options.url, { ...init, dispatcher: options.agent });
        await response.arrayBuffer();
        if (response.status !== expected) errors += 1;
      } catch {
        errors += 1;
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, requestsPerSecond: latencies.length / elapsedS, p50Ms: at(0.5), p99Ms: at(0.99) };
}

/** One aligned line per figure, so runs compare by eye. */
export function formatFigure(name: string, result: LoadResult): string {
  return [
    name.padEnd(52),
    `${result.requestsPerSecond.toFixed(0).padStart(7)} req/s`,
    `p50 ${result.p50Ms.toFixed(1)} ms`,
    `p99 ${result.p99Ms.toFixed(1)} ms`,
    `errors ${result.errors}/${result.requests}`,
  ].join('   ');
}
