import type { Middleware } from 'koa';
import { ROUTES } from './routes.ts';

/**
 * Which oidc-provider routes each host serves. The browser host never asks for a client
 * certificate, so it offers only what a browser or a public key lookup needs; everything a TPP
 * calls lives on the TPP host, which asks for a certificate without requiring one. Discovery
 * advertises the TPP host's URLs for those endpoints (authz/discovery.ts).
 */
const BROWSER_PREFIXES = ['/.well-known/', ROUTES.authorization, ROUTES.jwks, '/interaction/'];
const TPP_PREFIXES = [
  ROUTES.pushed_authorization_request,
  ROUTES.token,
  ROUTES.registration,
  ROUTES.userinfo,
  '/.well-known/',
  ROUTES.jwks,
];

/** Endpoints that take only POST: any other method is 405 with an OAuth error, not "not found". */
const POST_ONLY = new Set<string>([
  ROUTES.pushed_authorization_request,
  ROUTES.token,
  ROUTES.introspection,
  ROUTES.revocation,
]);

function matches(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some(
    (prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`),
  );
}

/** Passes the request to `provider` when this host serves its route, else on to the next part. */
export function hostRoutes(host: 'browser' | 'tpp', provider: Middleware): Middleware {
  const prefixes = host === 'browser' ? BROWSER_PREFIXES : TPP_PREFIXES;
  return async (ctx, next) => {
    if (!matches(ctx.path, prefixes)) return next();
    if (host === 'tpp' && POST_ONLY.has(ctx.path) && ctx.method !== 'POST') {
      ctx.status = 405;
      ctx.set('Allow', 'POST');
      ctx.set('Cache-Control', 'no-store');
      ctx.body = {
        error: 'invalid_request',
        error_description: `${ctx.method} is not allowed at ${ctx.path}; use POST`,
      };
      return;
    }
    return provider(ctx, next);
  };
}
