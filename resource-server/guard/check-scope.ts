import { SCOPE_OF_KIND } from '../../authz/index.ts';
import { InsufficientScope } from '../errors.ts';
import { guarded, type ResourceMiddleware } from '../state.ts';

/** The OB API groups, each guarded by the scope of the same name. */
export type ApiScope = 'accounts' | 'payments' | 'fundsconfirmations';

/**
 * An authorization-code token acts on its consent, so the consent's kind also names its API: a
 * RAR request (RFC 9396) describes the access instead of repeating the scope.
 */
export function checkScope(scope: ApiScope | readonly ApiScope[]): ResourceMiddleware {
  // A list accepts any one of its scopes (the Events APIs serve the TPPs of every API).
  const accepted: readonly ApiScope[] = typeof scope === 'string' ? [scope] : scope;
  return async (ctx, next) => {
    const { token, scheme } = guarded(ctx);
    const consentScope =
      token.kind === 'authorization_code' && token.consent
        ? SCOPE_OF_KIND[token.consent.kind]
        : undefined;
    if (!accepted.some((one) => token.scopes.includes(one) || consentScope === one))
      throw new InsufficientScope(scheme, accepted.join(' '));
    await next();
  };
}
