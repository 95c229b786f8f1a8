import type { Middleware } from 'koa';
import { errors } from 'oidc-provider';
import { formBodyTooLarge, readFormBody } from './form-body.ts';
import { oauthError } from './oauth-error.ts';

/**
 * Refuses a token request whose `scope` names a value this bank does not define, with
 * `invalid_scope`. oidc-provider checks only the scopes it knows against the client's allow list
 * and drops the rest, so `scope=admin` would be answered with a token of no scope at all: a TPP
 * asking for a scope that does not exist should learn that, not find out at the resource server.
 * (At authorization, OIDC Core 3.1.2.1 has unknown scope values ignored; oidc-provider does so.)
 */
export function refuseUnknownTokenScopes(tokenPath: string, scopes: readonly string[]): Middleware {
  const known = new Set(scopes);
  return async (ctx, next) => {
    if (
      ctx.method !== 'POST' ||
      ctx.path !== tokenPath ||
      !ctx.is('application/x-www-form-urlencoded')
    )
      return next();
    const body = await readFormBody(ctx);
    if (!body) return formBodyTooLarge(ctx);
    // A repeated or malformed scope is oidc-provider's to refuse (invalid_request).
    if (typeof body.scope !== 'string') return next();
    const unknown = body.scope.split(' ').filter((scope) => scope !== '' && !known.has(scope));
    if (unknown.length === 0) return next();
    return oauthError(
      ctx,
      new errors.InvalidScope(
        `unknown scope${unknown.length > 1 ? 's' : ''} ${unknown.map((s) => `"${s}"`).join(', ')}; this bank's scopes are ${[...known].join(' ')}`,
        unknown.join(' '),
      ),
    );
  };
}
