import { SCOPE_OF_KIND, type TokenConsent } from '../../authz/index.ts';
import { InsufficientScope, InvalidToken } from '../errors.ts';
import { guarded, type ResourceMiddleware } from '../state.ts';
import type { ApiScope } from './check-scope.ts';

/**
 * DESIGN.md section 6: a consent that is no longer authorised (revoked, rejected) or has expired
 * kills its tokens, so the request is answered like one with an inactive token (401), not 403.
 * The consent row came with the token in one query (authz/access-tokens.ts), so this is the
 * consent as it is now: a revocation takes effect on the very next request.
 */
export function checkConsentStatus(
  scope: ApiScope,
  statuses: readonly TokenConsent['status'][],
): ResourceMiddleware {
  return async (ctx, next) => {
    const { token, scheme } = guarded(ctx);
    const { consent } = token;
    if (!consent || consent.clientId !== token.clientId)
      throw new InvalidToken(scheme, 'the access token carries no consent of this client');
    if (SCOPE_OF_KIND[consent.kind] !== scope) throw new InsufficientScope(scheme, scope);
    if (!statuses.includes(consent.status))
      throw new InvalidToken(scheme, `the consent of this access token is ${consent.status}`);
    if (consent.expiresAt && consent.expiresAt.getTime() <= Date.now())
      throw new InvalidToken(scheme, 'the consent of this access token has expired');
    ctx.state.consent = consent;
    await next();
  };
}
