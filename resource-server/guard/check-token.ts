import type { AccessTokenInfo } from '../../authz/index.ts';
import { InvalidToken } from '../errors.ts';
import type { ResourceMiddleware } from '../state.ts';

export type FindAccessToken = (token: string) => Promise<AccessTokenInfo | undefined>;

/**
 * The token must be one the authorization server knows as active (not expired, not revoked, its
 * consent not revoked). Expiry is checked here too, so a stale lookup cannot outlive the token.
 */
export function checkToken(findAccessToken: FindAccessToken): ResourceMiddleware {
  return async (ctx, next) => {
    const credentials = ctx.state.credentials;
    if (!credentials) throw new Error('check-token runs after read-credentials');
    const token = await findAccessToken(credentials.token);
    if (!token || token.expiresAt.getTime() <= Date.now()) {
      throw new InvalidToken(credentials.scheme, 'the access token is not active');
    }
    ctx.state.token = token;
    await next();
  };
}
