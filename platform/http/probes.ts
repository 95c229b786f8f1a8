import type { Middleware } from 'koa';
import { noteRequest } from '../../observability/index.ts';
import { checkReadiness, type ReadinessCheck } from '../readiness.ts';

export const LIVE_PATH = '/health/live';
export const READY_PATH = '/health/ready';

/**
 * The probes a load balancer or orchestrator asks: live (the process answers; restart it when
 * not) and ready (it can serve: send it traffic only then). Ready is 503 with the failing checks
 * named in the body. GET and HEAD only; anything else passes on.
 */
export function probes(checks: readonly ReadinessCheck[]): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'GET' && ctx.method !== 'HEAD') return next();
    if (ctx.path === LIVE_PATH) {
      noteRequest(ctx.req, { route: LIVE_PATH });
      ctx.set('cache-control', 'no-store');
      ctx.body = { status: 'ok' };
      return;
    }
    if (ctx.path !== READY_PATH) return next();
    noteRequest(ctx.req, { route: READY_PATH });
    const report = await checkReadiness(checks);
    ctx.set('cache-control', 'no-store');
    ctx.status = report.ready ? 200 : 503;
    ctx.body = report.body;
  };
}
