import { AccountNotInConsent } from '../errors.ts';
import { guardedConsent, type ResourceMiddleware } from '../state.ts';

/**
 * The account the path names must be one the customer shared in this consent. Unknown ids and
 * other customers' accounts get the same 403, so a TPP cannot probe which ids exist.
 */
export function checkAccount(param: string): ResourceMiddleware {
  return async (ctx, next) => {
    const accountId = (ctx.params as Record<string, string | undefined> | undefined)?.[param];
    if (accountId === undefined)
      throw new Error(`check-account: the route has no :${param} parameter`);
    if (!guardedConsent(ctx).accountIds.includes(accountId)) throw new AccountNotInConsent();
    await next();
  };
}
