import type { Middleware } from 'koa';

/**
 * The OB v3.1 resource APIs are not built yet (issue 3's intent endpoints, issue 5's accounts and
 * payments): the TPP host answers their paths with oidc-provider's 404 until they land. The guard
 * (./guard), the OB error model (./errors.ts) and body validation (./validation) are in place.
 */
export function createResourceServer(_deps: unknown): Middleware {
  return async (_ctx, next) => next();
}
