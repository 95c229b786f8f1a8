import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import { IdempotencyKeyReusedError, assert } from './errors.ts';
import { isTransaction, query, type Db } from './sql.ts';

/** OB: an idempotency key binds its request for 24 hours; after that the key may be reused. */
export const IDEMPOTENCY_WINDOW_SECONDS = 86_400;
/** OB x-idempotency-key maxLength. */
export const IDEMPOTENCY_KEY_LENGTH_MAX = 40;

export interface IdempotencyScope {
  /** The TPP: keys of different clients never collide. */
  readonly clientId: string;
  /** e.g. "domestic-payment": the same key may guard different operations. */
  readonly operation: string;
  readonly key: string;
}

export interface IdempotentRequest extends IdempotencyScope {
  /** The request body exactly as received; "same request" means the same bytes. */
  readonly body: string | Uint8Array;
}

export interface IdempotencyHandle extends IdempotencyScope {
  readonly requestSha256: string;
}

export type IdempotentStart =
  /**
   * First use of the key (or first since it expired): do the work, then
   * completeIdempotentOperation.
   */
  | { readonly state: 'started'; readonly handle: IdempotencyHandle }
  /** The key's request was already done: answer with its stored response, do nothing else. */
  | { readonly state: 'replayed'; readonly response: string };

export function requestSha256(body: string | Uint8Array): string {
  return createHash('sha256').update(body).digest('hex');
}

/**
 * Claims the key inside the caller's transaction. A concurrent request with the same key blocks
 * on the key's unique index until this transaction ends: if it commits, the other replays its
 * response; if it rolls back, the other starts afresh. So the work runs at most once per key.
 * Needs READ COMMITTED (the default): a stricter isolation level turns the wait into a
 * serialization failure. A different body under a live key throws IdempotencyKeyReusedError.
 */
export async function beginIdempotentOperation(
  trx: Knex.Transaction,
  request: IdempotentRequest,
): Promise<IdempotentStart> {
  assert(
    isTransaction(trx),
    'beginIdempotentOperation must run inside the transaction that does the work',
  );
  assert(
    request.key.length >= 1 && request.key.length <= IDEMPOTENCY_KEY_LENGTH_MAX,
    `idempotency key must be 1 to ${IDEMPOTENCY_KEY_LENGTH_MAX} characters (validate it at the edge)`,
  );
  const handle: IdempotencyHandle = {
    clientId: request.clientId,
    operation: request.operation,
    key: request.key,
    requestSha256: requestSha256(request.body),
  };
  // Inserts, or takes over a row whose window has passed. Either way RETURNING yields the row and
  // it is ours. A live row is left alone (and locked, which ON CONFLICT DO UPDATE always does).
  const claimed = await query<{ status: string }>(
    trx,
    `INSERT INTO ledger.idempotency_keys AS k (client_id, operation, key, request_sha256, status)
     VALUES (?, ?, ?, ?, 'in-progress')
     ON CONFLICT (client_id, operation, key) DO UPDATE
       SET request_sha256 = EXCLUDED.request_sha256, status = 'in-progress', response = NULL,
           created_at = now(), completed_at = NULL
       WHERE k.created_at < now() - make_interval(secs => ?)
     RETURNING k.status`,
    [
      handle.clientId,
      handle.operation,
      handle.key,
      handle.requestSha256,
      IDEMPOTENCY_WINDOW_SECONDS,
    ],
    'ledger.idempotency-claim',
  );
  if (claimed.length === 1) return { state: 'started', handle };

  const [existing] = await query<{ request_sha256: string; status: string; response: string }>(
    trx,
    `SELECT request_sha256, status, response FROM ledger.idempotency_keys
     WHERE client_id = ? AND operation = ? AND key = ?`,
    [handle.clientId, handle.operation, handle.key],
  );
  assert(existing, `idempotency key row vanished for ${handle.operation}`);
  if (existing.request_sha256 !== handle.requestSha256)
    throw new IdempotencyKeyReusedError(handle.operation);
  assert(
    existing.status === 'completed',
    `idempotency key for ${handle.operation} begun twice in one transaction`,
  );
  return { state: 'replayed', response: existing.response };
}

/**
 * Stores the response a retry will get: the exact text the first request is answered with, so a
 * retry gets the same bytes (and a signature over them that verifies like the first). Same
 * transaction as beginIdempotentOperation (checked at commit).
 */
export async function completeIdempotentOperation(
  trx: Knex.Transaction,
  handle: IdempotencyHandle,
  response: string,
): Promise<void> {
  const updated = await query<{ status: string }>(
    trx,
    `UPDATE ledger.idempotency_keys SET status = 'completed', response = ?, completed_at = now()
     WHERE client_id = ? AND operation = ? AND key = ? AND request_sha256 = ? AND status = 'in-progress'
     RETURNING status`,
    [response, handle.clientId, handle.operation, handle.key, handle.requestSha256],
    'ledger.idempotency-complete',
  );
  assert(
    updated.length === 1,
    `idempotent ${handle.operation} completed without being begun in this transaction`,
  );
}

/** Deletes up to `limit` keys whose window has passed; returns how many. For a periodic job. */
export async function sweepExpiredIdempotencyKeys(db: Db, limit: number): Promise<number> {
  assert(
    Number.isSafeInteger(limit) && limit > 0 && limit <= 10_000,
    'sweep limit must be 1 to 10000',
  );
  const deleted = await query<{ key: string }>(
    db,
    `DELETE FROM ledger.idempotency_keys
     WHERE (client_id, operation, key) IN (
       SELECT client_id, operation, key FROM ledger.idempotency_keys
       WHERE created_at < now() - make_interval(secs => ?)
       ORDER BY created_at LIMIT ?
       FOR UPDATE SKIP LOCKED)
     RETURNING key`,
    [IDEMPOTENCY_WINDOW_SECONDS, limit],
  );
  return deleted.length;
}
