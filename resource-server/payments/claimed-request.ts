import type { Knex } from 'knex';
import type { IdempotencyHandle } from '../../ledger/index.ts';
import { meterRequest } from '../../metering/index.ts';
import { beginIdempotentText } from '../consents/idempotency-key.ts';

/** The request as the idempotency key claims it: "the same request" means the same bytes. */
export interface PaymentClaim {
  clientId: string;
  /** The idempotency operation: keys of other operations never collide with this one's. */
  operation: string;
  idempotencyKey: string;
  rawBody: Uint8Array;
}

/**
 * What every PISP write carries: the calling client, the consent its access token was issued for
 * (checked against the body before the write runs) and the key over the body as received.
 */
export interface ClaimedSubmission {
  clientId: string;
  consentId: string;
  idempotencyKey: string;
  /** The body as received: "the same request" means the same bytes. */
  rawBody: Uint8Array;
}

export function claimOf(operation: string, submission: ClaimedSubmission): PaymentClaim {
  return {
    clientId: submission.clientId,
    operation,
    idempotencyKey: submission.idempotencyKey,
    rawBody: submission.rawBody,
  };
}

/**
 * A PISP write under its x-idempotency-key, in one SQL transaction: the key is claimed first (a
 * concurrent twin waits on it, then replays); a retry with the same key and body gets the first
 * response text, counted as a request of the TPP's (metering/) like the first; otherwise `work`
 * writes, stores its response with `handle` and meters the request itself, last in the
 * transaction (the TPP's usage row is then locked only until the commit). Any refusal rolls the
 * claim back with the rest, so the key stays free.
 */
export function inClaimedTransaction(
  knex: Knex,
  claim: PaymentClaim,
  work: (trx: Knex.Transaction, handle: IdempotencyHandle) => Promise<string>,
): Promise<string> {
  return knex.transaction(async (trx) => {
    const start = await beginIdempotentText(trx, {
      clientId: claim.clientId,
      operation: claim.operation,
      key: claim.idempotencyKey,
      body: claim.rawBody,
    });
    if (start.state === 'replayed') {
      await meterRequest(trx, claim.clientId, 'pisp');
      return start.response;
    }
    return work(trx, start.handle);
  });
}
