import type { Context } from 'koa';
import { errors } from 'oidc-provider';

/**
 * Answers an oidc-provider error the way oidc-provider does (RFC 6749 section 5.2 JSON), for the
 * checks that run in front of it. Anything else is not ours to describe and is rethrown.
 */
export function oauthError(ctx: Context, error: unknown): void {
  if (!(error instanceof errors.OIDCProviderError)) throw error;
  ctx.status = error.statusCode;
  ctx.set('cache-control', 'no-store');
  ctx.body = { error: error.error, error_description: error.error_description };
}
