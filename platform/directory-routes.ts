import type { Middleware } from 'koa';
import type { SandboxDirectory } from '../certs/index.ts';
import { noteRequest } from '../observability/index.ts';

/**
 * The sandbox directory's public keys, as the OB Directory publishes its keystore: what an
 * authorization server (ours or a TPP's tooling) uses to verify software statements.
 */
export function directoryRoutes(directory: SandboxDirectory): Middleware {
  return async (ctx, next) => {
    if (ctx.method !== 'GET') return next();
    if (ctx.path === '/directory/jwks.json' || ctx.path === '/directory/ca.pem')
      noteRequest(ctx.req, { route: ctx.path });
    if (ctx.path === '/directory/jwks.json') {
      ctx.set('cache-control', 'public, max-age=300');
      ctx.body = directory.jwks();
      return;
    }
    if (ctx.path === '/directory/ca.pem') {
      ctx.type = 'application/x-pem-file';
      ctx.body = directory.caCertPem;
      return;
    }
    return next();
  };
}
