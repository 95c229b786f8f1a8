import { createServer } from 'node:http';
import Koa from 'koa';
import type { Logger } from 'pino';
import type { ReadinessCheck } from '../readiness.ts';
import { closeServer, listen } from './listener.ts';
import { probes } from './probes.ts';

export interface MetricsListenerOptions {
  port: number;
  bindAddress: string;
  readiness: readonly ReadinessCheck[];
  logger: Logger;
}

export interface MetricsListener {
  port: number;
  close(): Promise<void>;
}

/**
 * The operators' plain-HTTP listener (METRICS_PORT): the probes, so an orchestrator needs no TLS
 * client set-up and the worker-only process, which has no other listener, is probed too. It never
 * serves a TPP or a customer, so it belongs on an internal address (BIND_ADDRESS).
 */
export async function startMetricsListener(options: MetricsListenerOptions): Promise<MetricsListener> {
  const app = new Koa();
  app.proxy = false;
  app.silent = true;
  app.use(probes(options.readiness));
  const server = createServer(app.callback());
  const port = await listen(server, { port: options.port, bindAddress: options.bindAddress, portVariable: 'METRICS_PORT' });
  options.logger.info({ listener: 'metrics', address: options.bindAddress, port }, 'metrics and probes listening');
  return { port, close: () => closeServer(server) };
}
