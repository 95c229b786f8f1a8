import type { Middleware } from 'koa';
import { ROUTES } from './configuration.ts';

/**
 * Which oidc-provider routes each host serves. The browser host never asks for a client
 * certificate, so it offers only what a browser or a public key lookup needs; everything a TPP
 * authenticates to lives on the mutual-TLS host (its URLs are the `mtls_endpoint_aliases`).
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

function matches(path: string, prefixes: readonly string[]): boolean {
  return prefixes.some((prefix) => path === prefix || path.startsWith(prefix.endsWith('/') ? prefix : `${prefix}/`));
}

/** Passes the request to `provider` when this host serves its route, else on to the next part. */
export function hostRoutes(host: 'browser' | 'tpp', provider: Middleware): Middleware {
  const prefixes = host === 'browser' ? BROWSER_PREFIXES : TPP_PREFIXES;
  return async (ctx, next) => (matches(ctx.path, prefixes) ? provider(ctx, next) : next());
}
