import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { EventVersion } from './event-types.ts';
import { requestPush } from './outbox.ts';

/** A TPP's event subscription (OB Event Subscription API); a TPP has at most one. */
export interface EventSubscription {
  readonly id: string;
  readonly clientId: string;
  /** Absent: the TPP collects its events by aggregated polling only. */
  readonly callbackUrl: string | undefined;
  /** The OB version its SETs link the resources in. */
  readonly version: EventVersion;
  /** Empty: every event type the bank supports. */
  readonly eventTypes: readonly string[];
}

export interface SubscriptionRequest {
  readonly callbackUrl: string | undefined;
  readonly version: EventVersion;
  readonly eventTypes: readonly string[];
}

interface SubscriptionRow {
  id: string;
  client_id: string;
  callback_url: string | null;
  /** Written only from a SubscriptionRequest's version. */
  version: EventVersion;
  event_types: string[];
}

const COLUMNS = ['id', 'client_id', 'callback_url', 'version', 'event_types'] as const;

/** PostgreSQL unique_violation: the TPP already has its one subscription. */
const UNIQUE_VIOLATION = '23505';

/** The new subscription, or `exists` when the TPP has one already (OB: 409). */
export async function createSubscription(
  knex: Knex,
  clientId: string,
  request: SubscriptionRequest,
): Promise<EventSubscription | 'exists'> {
  try {
    const [row] = await knex('openbanking.event_subscriptions')
      .insert({
        id: `es-${randomUUID()}`,
        client_id: clientId,
        callback_url: request.callbackUrl ?? null,
        version: request.version,
        event_types: [...request.eventTypes],
      })
      .returning<SubscriptionRow[]>([...COLUMNS]);
    return toSubscription(row!);
  } catch (error) {
    if ((error as { code?: string }).code === UNIQUE_VIOLATION) return 'exists';
    throw error;
  }
}

export async function findSubscriptions(
  knex: Knex,
  clientId: string,
): Promise<EventSubscription[]> {
  const rows = await knex('openbanking.event_subscriptions')
    .select<SubscriptionRow[]>([...COLUMNS])
    .where({ client_id: clientId });
  return rows.map(toSubscription);
}

/**
 * Replaces the TPP's subscription `id` (undefined when it has none by that id). Its events still
 * waiting follow the new delivery mode in the same transaction: pushed from now on to a new
 * callback URL, or left to polling when the URL is removed.
 */
export async function replaceSubscription(
  knex: Knex,
  clientId: string,
  id: string,
  request: SubscriptionRequest,
): Promise<EventSubscription | undefined> {
  return knex.transaction(async (trx) => {
    const [row] = await trx('openbanking.event_subscriptions')
      .update({
        callback_url: request.callbackUrl ?? null,
        version: request.version,
        event_types: [...request.eventTypes],
        updated_at: trx.fn.now(),
      })
      .where({ id, client_id: clientId })
      .returning<SubscriptionRow[]>([...COLUMNS]);
    if (!row) return undefined;
    await trx.raw(
      `UPDATE openbanking.event_deliveries SET next_attempt_at = CASE WHEN ? THEN now() END
       WHERE client_id = ? AND status = 'pending'`,
      [row.callback_url !== null, clientId],
    );
    if (row.callback_url !== null) await requestPush(trx, clientId);
    return toSubscription(row);
  });
}

/**
 * Deletes the TPP's subscription `id` and the events it has not acknowledged: none is pushed or
 * offered any more. False when the TPP has no subscription by that id.
 */
export async function deleteSubscription(
  knex: Knex,
  clientId: string,
  id: string,
): Promise<boolean> {
  return knex.transaction(async (trx) => {
    const deleted = await trx('openbanking.event_subscriptions')
      .where({ id, client_id: clientId })
      .delete();
    if (deleted === 0) return false;
    await trx('openbanking.event_deliveries')
      .where({ client_id: clientId })
      .whereIn('status', ['pending', 'failed'])
      .delete();
    return true;
  });
}

function toSubscription(row: SubscriptionRow): EventSubscription {
  return {
    id: row.id,
    clientId: row.client_id,
    callbackUrl: row.callback_url ?? undefined,
    version: row.version,
    eventTypes: row.event_types,
  };
}
