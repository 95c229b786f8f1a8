import type { Middleware } from 'koa';
import { isDocumentedOAuthError } from './error-help.ts';

/**
 * Adds `error_uri` (RFC 6749 section 5.2) to every JSON OAuth error answer: the code's entry on the
 * error reference page. The same function wraps oidc-provider's own app (`provider.use`, where its
 * error handler sets `ctx.body`) and the platform's checks in front of it.
 */
export function documentOAuthErrors(errorDocs: string): Middleware {
  return async (ctx, next) => {
    await next();
    const body: unknown = ctx.body;
    if (
      typeof body !== 'object' ||
      body === null ||
      Buffer.isBuffer(body) ||
      !('error' in body) ||
      'error_uri' in body
    )
      return;
    if (!isDocumentedOAuthError(body.error)) return;
    ctx.body = { ...body, error_uri: `${errorDocs}#${body.error}` };
  };
}
