import { IDEMPOTENCY_KEY_LENGTH_MAX } from '../../ledger/index.ts';
import { HeaderInvalid, HeaderMissing } from '../errors.ts';
import type { ResourceContext } from '../state.ts';

const HEADER = 'x-idempotency-key';
/** OB x-idempotency-key schema pattern: no leading or trailing white space. */
const PATTERN = /^(?!\s)(.*)(\S)$/;

/** The OB `x-idempotency-key` of a request that creates a resource: required, at most 40 characters. */
export function idempotencyKey(ctx: ResourceContext): string {
  const key = ctx.get(HEADER);
  if (!key) throw new HeaderMissing(HEADER);
  if (key.length > IDEMPOTENCY_KEY_LENGTH_MAX) {
    throw new HeaderInvalid(`the ${HEADER} header must be at most ${IDEMPOTENCY_KEY_LENGTH_MAX} characters`, HEADER);
  }
  if (!PATTERN.test(key)) throw new HeaderInvalid(`the ${HEADER} header must not begin or end with white space`, HEADER);
  return key;
}

/** A key reused within its 24 hours for another request body. */
export function idempotencyKeyReused(): HeaderInvalid {
  return new HeaderInvalid(`this ${HEADER} was used within the last 24 hours for a different request body; use a new key for a new request`, HEADER);
}
