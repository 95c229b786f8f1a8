import { createServer } from 'node:http';
import Koa from 'koa';
import type { Logger } from 'pino';
import type { Registry } from 'prom-client';
import type { ReadinessCheck } from '../readiness.ts';
import { closeServer, listen } from './listener.ts';
import { probes } from './probes.ts';

export interface MetricsListenerOptions {
  port: number;
  bindAddress: string;
  readiness: readonly ReadinessCheck[];
  /** What `/metrics` serves (platform/scrape-metrics.ts). */
  registry: Registry;
  logger: Logger;
}

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/**
 * The operators' plain-HTTP listener (METRICS_PORT): Prometheus `/metrics` and the probes, so a
 * scraper or an orchestrator needs no TLS client set-up, and the worker-only process, which has no
 * other listener, is watched too. It never serves a TPP or a customer, so it belongs on an
 * internal address (BIND_ADDRESS).
 */
export async function startMetricsListener(
  options: MetricsListenerOptions,
): Promise<MetricsListener> {
  const app = new Koa();
  app.proxy = false;
  app.silent = true;
  app.use(probes(options.readiness));
  app.use(async (ctx, next) => {
    if (ctx.path !== '/metrics' || (ctx.method !== 'GET' && ctx.method !== 'HEAD')) return next();
    ctx.set('cache-control', 'no-store');
    ctx.type = options.registry.contentType;
    ctx.body = await options.registry.metrics();
  });
  const server = createServer(app.callback());
  const port = await listen(server, {
    port: options.port,
    bindAddress: options.bindAddress,
    portVariable: 'METRICS_PORT',
  });
  options.logger.info(
    { listener: 'metrics', address: options.bindAddress, port },
    'metrics and probes listening',
  );
  return { port, close: () => closeServer(server) };
}
