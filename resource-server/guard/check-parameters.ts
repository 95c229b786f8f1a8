import { isStorableText } from '../../edge/index.ts';
import { FieldInvalid } from '../errors.ts';
import type { ResourceMiddleware } from '../state.ts';

/**
 * The route's path parameters (ConsentId, AccountId, DomesticPaymentId) are what the handlers look
 * resources up by. One that PostgreSQL text cannot hold (a `%00`) names no resource, and would
 * reach the database as an error, so it is refused here, once for every endpoint, naming the
 * parameter. It runs after the token checks: an unauthenticated caller learns nothing more.
 */
export function checkParameters(): ResourceMiddleware {
  return async (ctx, next) => {
    const params = (ctx.params as Record<string, string | undefined> | undefined) ?? {};
    for (const [name, value] of Object.entries(params)) {
      if (value !== undefined && !isStorableText(value)) {
        throw new FieldInvalid(`${name} contains a NUL character or an unpaired surrogate`, name);
      }
    }
    await next();
  };
}
