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
  /** Status and start of the body of the first unexpected answer, to tell why errors happened. */
  firstError: string | undefined;
}

const ERROR_BODY_CHARS_MAX = 300;

const LATENCIES_MAX = 1_000_000;

/** Closed-loop load: `connections` workers each send the next request when the last one answers. */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const expected = options.expectStatus ?? 200;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const failed = (why: string) => {
    errors += 1;
    firstError ??= why;
  };
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline && latencies.length < LATENCIES_MAX) {
      const t0 = performance.now();
      try {
        const init = options.request ? await options.request() : {};
        const response = await fetch(options.url, { ...init, dispatcher: options.agent });
        const body = await response.text();
        if (response.status !== expected) failed(`${response.status} ${body.slice(0, ERROR_BODY_CHARS_MAX)}`);
      } catch (error) {
        failed(String(error));
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  const at = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return { requests: latencies.length, errors, requestsPerSecond: latencies.length / elapsedS, p50Ms: at(0.5), p99Ms: at(0.99), firstError };
}

