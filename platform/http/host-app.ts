import Koa, { type Middleware } from 'koa';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import { x5tS256 } from '../../certs/index.ts';
import { noteRequest, observeRequest, requestFacts } from '../../observability/index.ts';
import { databaseAnswers } from '../database.ts';
import type { ReadinessCheck } from '../readiness.ts';
import {
  clientAddress,
  clientCertificate,
  type ClientCertificateSource,
} from '../../edge/index.ts';
import { interactionId } from './interaction-id.ts';
import { probes } from './probes.ts';

export type HostName = 'browser' | 'tpp';

export interface HostAppOptions {
  host: HostName;
  logger: Logger;
  knex: Knex;
  certificates: ClientCertificateSource;
  /** What `/health/ready` checks (platform/readiness.ts). */
  readiness: readonly ReadinessCheck[];
  /** The parts served on this host, in order; each passes on what it does not handle. */
  parts: Middleware[];
}

/**
 * One Koa app per listener: interaction id, access log, `/health` and the probes are common to both
 * hosts; the parts (authorization server, consent pages, resource server) are mounted after them.
 */
export function createHostApp(options: HostAppOptions): Koa {
  const app = new Koa();
  app.proxy = false;
  app.silent = true;
  // Koa's own proxy mode would believe X-Forwarded-For from anyone; only the trusted proxies' is.
  app.use((ctx, next) => {
    ctx.request.ip = clientAddress(ctx.req, options.certificates.trustedProxies);
    return next();
  });
  app.use(interactionId());
  app.use(recordRequest(options.logger, options.host));
  app.use(health(options));
  app.use(probes(options.readiness));
  for (const part of options.parts) app.use(part);
  return app;
}

/**
 * The access log line and the request metrics of every answer. The route is the template a part
 * matched (noted by the part, or @koa/router's), "unmatched" when none did: a metric label must
 * never be the path as sent, which carries ids.
 */
function recordRequest(logger: Logger, host: HostName): Middleware {
  return async (ctx, next) => {
    const started = process.hrtime.bigint();
    try {
      await next();
    } finally {
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const status = ctx.respond === false ? ctx.res.statusCode : ctx.status;
      const facts = requestFacts(ctx.req);
      const matched = (ctx as { _matchedRoute?: unknown })._matchedRoute;
      const route = facts.route ?? (typeof matched === 'string' ? matched : 'unmatched');
      // For the trace's server span, which ends after this (observability/tracing.ts).
      noteRequest(ctx.req, { route });
      observeRequest({ host, method: ctx.method, route, status, seconds });
      // Only the path: query strings can carry codes, request_uris and state. The TPP once
      // authenticated (AS) or its token's binding proven (RS); ids only, never a credential.
      logger.info(
        {
          host,
          method: ctx.method,
          path: ctx.path,
          status,
          ms: Math.round(seconds * 10_000) / 10,
          interactionId: ctx.state.interactionId,
          ...(facts.clientId !== undefined && { clientId: facts.clientId }),
          ...(facts.orgId !== undefined && { orgId: facts.orgId }),
        },
        'request',
      );
    }
  };
}

function health(options: HostAppOptions): Middleware {
  return async (ctx, next) => {
    if (ctx.path !== '/health' || ctx.method !== 'GET') return next();
    noteRequest(ctx.req, { route: '/health' });
    const up = await databaseAnswers(options.knex);
    ctx.set('cache-control', 'no-store');
    ctx.status = up ? 200 : 503;
    const body: Record<string, unknown> = {
      status: up ? 'ok' : 'unavailable',
      host: options.host,
      database: up ? 'up' : 'down',
    };
    if (options.host === 'tpp') {
      // Lets a TPP developer check that the bank sees the transport certificate it means to use.
      const certificate = clientCertificate(ctx.req, options.certificates);
      body.clientCertificate = certificate
        ? { subject: certificate.subject, x5tS256: x5tS256(certificate.raw) }
        : null;
    }
    ctx.body = body;
  };
}
