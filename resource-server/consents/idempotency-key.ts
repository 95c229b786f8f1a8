import type { Knex } from 'knex';
import {
  beginIdempotentOperation,
  IDEMPOTENCY_KEY_LENGTH_MAX,
  IdempotencyKeyReusedError,
  type IdempotentRequest,
  type IdempotentStart,
} from '../../ledger/index.ts';
import { HeaderInvalid, HeaderMissing } from '../errors.ts';
import { step } from '../pipeline.ts';
import type { ResourceContext } from '../state.ts';

const HEADER = 'x-idempotency-key';
/** OB x-idempotency-key schema pattern: no leading or trailing white space. */
const PATTERN = /^(?!\s)(.*)(\S)$/;

/**
 * The OB `x-idempotency-key` of a request that creates a resource: required, at most 40 characters.
 */
export function idempotencyKey(ctx: ResourceContext): string {
  const key = ctx.get(HEADER);
  if (!key) throw new HeaderMissing(HEADER);
  if (key.length > IDEMPOTENCY_KEY_LENGTH_MAX) {
    throw new HeaderInvalid(
      `the ${HEADER} header must be at most ${IDEMPOTENCY_KEY_LENGTH_MAX} characters`,
      HEADER,
    );
  }
  if (!PATTERN.test(key))
    throw new HeaderInvalid(`the ${HEADER} header must not begin or end with white space`, HEADER);
  return key;
}

/** The pipeline step of an endpoint that creates a resource: `ctx.state.idempotencyKey`. */
export const idempotencyKeyHeader = step<{ idempotencyKey: string }>(async (ctx, next) => {
  ctx.state.idempotencyKey = idempotencyKey(ctx);
  await next();
});

/** A key reused within its 24 hours for another request body. */
export function idempotencyKeyReused(): HeaderInvalid {
  return new HeaderInvalid(
    `this ${HEADER} was used within the last 24 hours for a different request body; use a new key for a new request`,
    HEADER,
  );
}

/**
 * Claims the key for an operation (its response is stored as the text answered, so a retry gets
 * the very same bytes, and a signature over them that verifies like the first). A key reused for
 * another body is Header.Invalid.
 */
export function beginIdempotentText(
  trx: Knex.Transaction,
  request: IdempotentRequest,
): Promise<IdempotentStart> {
  return beginIdempotentOperation(trx, request).catch((error: unknown) => {
    throw error instanceof IdempotencyKeyReusedError ? idempotencyKeyReused() : error;
  });
}
