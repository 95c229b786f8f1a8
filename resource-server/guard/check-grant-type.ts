import type { AccessTokenInfo } from '../../authz/index.ts';
import { WrongGrantType } from '../errors.ts';
import { guarded, type ResourceMiddleware } from '../state.ts';

/**
 * OB v3.1: intents are created and read with client-credentials tokens; account data and payment
 * submission need the authorization-code token of an authorised consent. A token of the other
 * grant is a valid token without the right to this API: 403.
 */
export function checkGrantType(grant: AccessTokenInfo['kind']): ResourceMiddleware {
  return async (ctx, next) => {
    const { token, scheme } = guarded(ctx);
    if (token.kind !== grant) throw new WrongGrantType(scheme, grant);
    await next();
  };
}
