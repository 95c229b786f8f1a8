import { InsufficientScope } from '../errors.ts';
import { guarded, type ResourceMiddleware } from '../state.ts';

/** The OB API groups, each guarded by the scope of the same name. */
export type ApiScope = 'accounts' | 'payments' | 'fundsconfirmations';

export function checkScope(scope: ApiScope): ResourceMiddleware {
  return async (ctx, next) => {
    const { token, scheme } = guarded(ctx);
    if (!token.scopes.includes(scope)) throw new InsufficientScope(scheme, scope);
    await next();
  };
}
