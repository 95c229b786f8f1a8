import type { Agent, Dispatcher } from 'undici';
import { cpuPerRequest, type CpuTimes } from './cpu.ts';

/** One request of a load: what varies per request (credentials, keys, bodies). */
export interface LoadRequest {
  method?: Dispatcher.HttpMethod;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadOptions {
  url: string;
  agent: Agent;
  connections: number;
  durationMs: number;
  /** Builds each request; called per request so proofs and keys can be fresh. */
  request?: () => LoadRequest | Promise<LoadRequest>;
  expectStatus?: number;
  /**
   * Stop after this many requests even before `durationMs` (a workload with a prepared, finite
   * set).
   */
  requestsMax?: number;
  /** Reads the CPU time of each side, so the result can say where each request's CPU went. */
  cpu?: () => Promise<CpuTimes | undefined>;
}

export interface LoadResult {
  requests: number;
  errors: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Status and start of the body of the first unexpected answer, to tell why errors happened. */
  firstError: string | undefined;
  /** CPU ms per request of the platform, PostgreSQL and the bench client, when measurable. */
  cpuMsPerRequest: CpuTimes | undefined;
}

const ERROR_BODY_CHARS_MAX = 300;

const LATENCIES_MAX = 1_000_000;

/**
 * Closed-loop load: `connections` workers each send the next request when the last one answers.
 * Requests go through undici's dispatcher API rather than `fetch`, whose WHATWG streams cost the
 * client about as much CPU as a simple request costs the server, on the same cores.
 */
export async function runLoad(options: LoadOptions): Promise<LoadResult> {
  const expected = options.expectStatus ?? 200;
  const { origin, pathname, search } = new URL(options.url);
  const path = `${pathname}${search}`;
  const latencies: number[] = [];
  let errors = 0;
  let firstError: string | undefined;
  const failed = (why: string) => {
    errors += 1;
    firstError ??= why;
  };
  const requestsMax = Math.min(options.requestsMax ?? LATENCIES_MAX, LATENCIES_MAX);
  let sent = 0;
  const cpuBefore = await options.cpu?.();
  const started = performance.now();
  const deadline = started + options.durationMs;
  const worker = async () => {
    while (performance.now() < deadline && sent < requestsMax) {
      sent += 1;
      const t0 = performance.now();
      try {
        const init = options.request ? await options.request() : {};
        const response = await options.agent.request({
          origin,
          path,
          method: init.method ?? 'GET',
          headers: init.headers,
          body: init.body,
        });
        const body = await response.body.text();
        if (response.statusCode !== expected)
          failed(`${response.statusCode} ${body.slice(0, ERROR_BODY_CHARS_MAX)}`);
      } catch (error) {
        failed(String(error));
      }
      latencies.push(performance.now() - t0);
    }
  };
  await Promise.all(Array.from({ length: options.connections }, worker));
  const elapsedS = (performance.now() - started) / 1000;
  const cpuAfter = await options.cpu?.();
  latencies.sort((a, b) => a - b);
  const at = (q: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0;
  return {
    requests: latencies.length,
    errors,
    requestsPerSecond: latencies.length / elapsedS,
    p50Ms: at(0.5),
    p99Ms: at(0.99),
    firstError,
    cpuMsPerRequest: cpuBefore && cpuAfter && cpuPerRequest(cpuBefore, cpuAfter, latencies.length),
  };
}
