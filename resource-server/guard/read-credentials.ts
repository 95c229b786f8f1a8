import { FieldUnexpected, MissingToken, type AuthScheme } from '../errors.ts';
import type { ResourceMiddleware } from '../state.ts';

/** RFC 7235 token68, bounded: a longer header is not a token this platform issued. */
const AUTHORIZATION = /^(Bearer|DPoP) +([A-Za-z0-9\-._~+/]+=*)$/i;
const AUTHORIZATION_MAX_CHARS = 4096;

/**
 * The access token from the Authorization header, and only from there: RFC 6750 query and form
 * transports put tokens into URLs and logs, so a request that tries one is refused outright.
 * Runs before anything else so that every later refusal can challenge the scheme the TPP used.
 */
export function readCredentials(): ResourceMiddleware {
  return async (ctx, next) => {
    if (Object.hasOwn(ctx.query, 'access_token')) {
      throw new FieldUnexpected(
        'access tokens are accepted only in the Authorization header, never in the query',
        'access_token',
      );
    }
    const header = ctx.get('authorization');
    const match = header.length <= AUTHORIZATION_MAX_CHARS ? AUTHORIZATION.exec(header) : null;
    if (!match) throw new MissingToken();
    const scheme: AuthScheme = match[1]!.toLowerCase() === 'dpop' ? 'DPoP' : 'Bearer';
    ctx.state.credentials = { scheme, token: match[2]! };
    await next();
  };
}
