import type { Knex } from 'knex';
import { CONSENT_AUTHORIZATION_REVOKED, RESOURCE_UPDATE, type EventType } from './event-types.ts';

/** Resources whose status just changed, in the caller's transaction. */
export type ResourceChange =
  | {
      readonly consents: readonly string[];
      /**
       * The consent's authorisation ended without the TPP asking (the customer revoked it, or it
       * expired): OB consent-authorization-revoked, beside resource-update.
       */
      readonly authorizationRevoked?: boolean;
    }
  | { readonly payments: readonly string[] }
  /** Scheduled payments or standing orders themselves (the customer cancelled them). */
  | { readonly paymentOrders: readonly string[] };

/** The task that pushes a TPP's events (events/delivery), named here so the outbox stays a leaf. */
export const DELIVER_EVENTS_TASK = 'deliver-events';

/**
 * One job key per TPP: its events are pushed by one job at a time, queued jobs collapse into one.
 */
export function deliverEventsJobKey(clientId: string): string {
  return `${DELIVER_EVENTS_TASK}:${clientId}`;
}

/**
 * graphile-worker's SQL API: the push job of the TPP `clientColumn` names, keyed per TPP (two
 * bindings).
 */
function addPushJob(clientColumn: string): string {
  return `graphile_worker.add_job(?, json_build_object('clientId', ${clientColumn}), job_key => ?::text || ${clientColumn})`;
}
const PUSH_JOB_BINDINGS = [DELIVER_EVENTS_TASK, deliverEventsJobKey('')];

/**
 * Asks for the TPP's events to be pushed now, in the caller's transaction (its callback URL changed
 * while events wait).
 */
export async function requestPush(trx: Knex.Transaction, clientId: string): Promise<void> {
  await trx.raw(`SELECT ${addPushJob('client_id')} FROM (SELECT ?::text AS client_id) tpp`, [
    ...PUSH_JOB_BINDINGS,
    clientId,
  ]);
}

/** Consent kind -> OB resource type (`http://openbanking.org.uk/rty`): each kind's is its name + "-consent". */
const CONSENT_RESOURCE_TYPE = `kind || '-consent'`;

/**
 * The transactional outbox: raises the event notifications of a status change in the transaction
 * that makes the change, so an event exists if and only if the change commits. One statement,
 * whatever the number of resources: for each resource whose TPP has an event subscription that
 * covers the event, a delivery row carrying the SET's `txn`, `toe` and the subscribed `events`; and
 * for each TPP with a callback URL, the job that pushes its events. A TPP without a subscription
 * costs one index lookup and writes nothing.
 */
export async function raiseEvents(trx: Knex.Transaction, change: ResourceChange): Promise<void> {
  // Outside a transaction the events would commit whether or not the change does.
  if (trx.isTransaction !== true)
    throw new TypeError('raiseEvents needs the transaction that makes the change');
  const revoked = 'consents' in change && change.authorizationRevoked === true;
  const ids =
    'consents' in change
      ? change.consents
      : 'payments' in change
        ? change.payments
        : change.paymentOrders;
  if (ids.length === 0) return;
  const types: EventType[] = revoked
    ? [RESOURCE_UPDATE, CONSENT_AUTHORIZATION_REVOKED]
    : [RESOURCE_UPDATE];
  const resources =
    'consents' in change
      ? `SELECT id, client_id, ${CONSENT_RESOURCE_TYPE} AS resource_type FROM openbanking.consents WHERE id = ANY(?::text[])`
      : 'payments' in change
        ? // A payment's kind is its resource type (domestic-payment, domestic-vrp); a scheduled
          // payment's or standing order's execution is news about its order (the resource the
          // TPP holds; payment-details shows the execution), whose kind it carries.
          `SELECT coalesce(order_id, id) AS id, client_id, kind AS resource_type
           FROM openbanking.payments WHERE id = ANY(?::text[])`
        : // An order's kind is its resource type too.
          `SELECT id, client_id, kind AS resource_type
           FROM openbanking.payment_orders WHERE id = ANY(?::text[])`;
  await trx.raw(
    `WITH raised AS (
       INSERT INTO openbanking.event_deliveries
         (id, client_id, subscription_id, event_type, resource_type, resource_id, claims, next_attempt_at)
       SELECT gen_random_uuid()::text, s.client_id, s.id, ?, r.resource_type, r.id,
         jsonb_build_object('txn', gen_random_uuid()::text, 'toe', floor(extract(epoch FROM now()))::bigint, 'events', subscribed.events),
         CASE WHEN s.callback_url IS NULL THEN NULL ELSE now() END
       FROM (${resources}) r
       JOIN openbanking.event_subscriptions s ON s.client_id = r.client_id
       CROSS JOIN LATERAL (
         SELECT jsonb_object_agg(t, '{}'::jsonb) AS events FROM unnest(?::text[]) t
         WHERE cardinality(s.event_types) = 0 OR t = ANY(s.event_types)) subscribed
       WHERE subscribed.events IS NOT NULL
       RETURNING client_id, next_attempt_at)
     SELECT ${addPushJob('client_id')}
     FROM (SELECT DISTINCT client_id FROM raised WHERE next_attempt_at IS NOT NULL) pushed`,
    [
      revoked ? CONSENT_AUTHORIZATION_REVOKED : RESOURCE_UPDATE,
      [...ids],
      types,
      ...PUSH_JOB_BINDINGS,
    ],
  );
}
