import type { Knex } from 'knex';
import type { EventVersion, ResourceType } from './event-types.ts';

/**
 * The outbox's deliveries (openbanking.event_deliveries) as the pushing worker and the polling
 * endpoint work them off. A delivery is `pending` until the TPP has it (`delivered`), said it will
 * never take it (`rejected`), or every push attempt failed (`failed`, the dead letter, which
 * polling still offers).
 */

export interface PendingEvent {
  /** The SET's `jti`. */
  readonly id: string;
  readonly clientId: string;
  readonly resourceType: ResourceType;
  readonly resourceId: string;
  readonly claims: {
    readonly txn: string;
    readonly toe: number;
    readonly events: Readonly<Record<string, Record<string, unknown>>>;
  };
  /** Push attempts so far, this one included when claimed for a push. */
  readonly attempts: number;
  /**
   * The version the TPP's subscription names when the event is sent (a SET is signed when sent,
   * so a subscription changed to another version meanwhile has its waiting events in the new one).
   */
  readonly version: EventVersion;
}

interface PendingEventRow {
  id: string;
  client_id: string;
  resource_type: ResourceType;
  resource_id: string;
  claims: PendingEvent['claims'];
  attempts: number;
  version: EventVersion;
}

/** A delivery's columns of a PendingEventRow, qualified by `alias`; the version is the subscription's. */
function eventColumns(alias: string): string {
  return ['id', 'client_id', 'resource_type', 'resource_id', 'claims', 'attempts']
    .map((column) => `${alias}.${column}`)
    .join(', ');
}

/**
 * Pushable now, in order: a pending delivery whose time has come and that no earlier pending
 * delivery of the same resource waits before (OB resource events reach the TPP in the order they
 * happened; an earlier one that is dead-lettered no longer holds the later ones back).
 */
const PUSHABLE = `c.client_id = ? AND c.status = 'pending' AND c.next_attempt_at IS NOT NULL
  AND NOT EXISTS (SELECT 1 FROM openbanking.event_deliveries e
    WHERE e.client_id = c.client_id AND e.resource_type = c.resource_type AND e.resource_id = c.resource_id
      AND e.status = 'pending' AND e.seq < c.seq)`;

export type PushLease =
  /** This caller pushes to the TPP until `until` (renewed with each claim). */
  | { readonly state: 'taken'; readonly until: Date }
  /** Another worker pushes to the TPP; its lease ends at `until` unless renewed. */
  | { readonly state: 'held'; readonly until: Date }
  /** Nothing to push to: no subscription, or one without a callback URL. */
  | { readonly state: 'none' };

/**
 * One worker at a time pushes to a TPP: the lease is a time on its subscription, so a worker that
 * dies stops holding it when the time passes. The time is also the holder's token (whole
 * milliseconds, so that it survives the round trip through a JavaScript Date).
 */
export async function takePushLease(
  knex: Knex,
  clientId: string,
  leaseMs: number,
): Promise<PushLease> {
  const { rows } = await knex.raw<{ rows: { push_lease_until: Date }[] }>(
    `UPDATE openbanking.event_subscriptions SET push_lease_until = date_trunc('milliseconds', clock_timestamp() + make_interval(secs => ?))
     WHERE client_id = ? AND callback_url IS NOT NULL AND (push_lease_until IS NULL OR push_lease_until <= clock_timestamp())
     RETURNING push_lease_until`,
    [leaseMs / 1000, clientId],
  );
  if (rows[0]) return { state: 'taken', until: rows[0].push_lease_until };
  const { rows: held } = await knex.raw<{ rows: { push_lease_until: Date | null }[] }>(
    'SELECT push_lease_until FROM openbanking.event_subscriptions WHERE client_id = ? AND callback_url IS NOT NULL',
    [clientId],
  );
  const until = held[0]?.push_lease_until;
  // Released between the two statements: whoever released it looks for due events again.
  return until ? { state: 'held', until } : { state: 'none' };
}

/** Gives the lease up, unless it has already passed to another worker. */
export async function releasePushLease(knex: Knex, clientId: string, until: Date): Promise<void> {
  await knex.raw(
    'UPDATE openbanking.event_subscriptions SET push_lease_until = NULL WHERE client_id = ? AND push_lease_until = ?',
    [clientId, until],
  );
}

export interface Claim {
  /** The renewed lease: what to renew or release it with next. */
  readonly leaseUntil: Date;
  /** The event to push now and where to, or undefined when none is due. */
  readonly claimed: { readonly event: PendingEvent; readonly callbackUrl: string } | undefined;
}

/**
 * With the lease still held (renewing it), takes the next pushable event of the TPP for one
 * attempt: counts the attempt and moves its next attempt `leaseMs` on, so that if this worker dies
 * mid-push the event is pushed again after that. `lost` when the lease has passed to another
 * worker or the callback URL was removed.
 */
export async function claimNextEvent(
  knex: Knex,
  clientId: string,
  lease: Date,
  leaseMs: number,
): Promise<Claim | 'lost'> {
  const { rows } = await knex.raw<{
    rows: (Partial<PendingEventRow> & { callback_url: string; push_lease_until: Date })[];
  }>(
    `WITH lease AS (
       UPDATE openbanking.event_subscriptions SET push_lease_until = date_trunc('milliseconds', clock_timestamp() + make_interval(secs => ?))
       WHERE client_id = ? AND push_lease_until = ? AND callback_url IS NOT NULL
       RETURNING callback_url, push_lease_until, version),
     claimed AS (
       UPDATE openbanking.event_deliveries d
       SET attempts = d.attempts + 1, last_attempt_at = clock_timestamp(), next_attempt_at = clock_timestamp() + make_interval(secs => ?)
       WHERE EXISTS (SELECT 1 FROM lease) AND d.id = (
         SELECT c.id FROM openbanking.event_deliveries c
         WHERE ${PUSHABLE} AND c.next_attempt_at <= clock_timestamp()
         ORDER BY c.seq LIMIT 1
         FOR UPDATE SKIP LOCKED)
       RETURNING ${eventColumns('d')})
     SELECT lease.callback_url, lease.push_lease_until, lease.version, claimed.* FROM lease LEFT JOIN claimed ON true`,
    [leaseMs / 1000, clientId, lease, leaseMs / 1000, clientId],
  );
  const row = rows[0];
  if (!row) return 'lost';
  const claimed =
    row.id === undefined || row.id === null
      ? undefined
      : { event: toPendingEvent(row as PendingEventRow), callbackUrl: row.callback_url };
  return { leaseUntil: row.push_lease_until, claimed };
}

/**
 * When the TPP's next event becomes pushable (now or in the past: at once), or undefined if none
 * waits.
 */
export async function nextPushAt(knex: Knex, clientId: string): Promise<Date | undefined> {
  const { rows } = await knex.raw<{ rows: { next: Date | null }[] }>(
    `SELECT min(c.next_attempt_at) AS next FROM openbanking.event_deliveries c WHERE ${PUSHABLE}`,
    [clientId],
  );
  return rows[0]?.next ?? undefined;
}

export type AttemptResult =
  | { readonly kind: 'delivered' }
  | { readonly kind: 'rejected'; readonly error: string }
  | { readonly kind: 'retry'; readonly error: string; readonly delayMs: number }
  | { readonly kind: 'dead-letter'; readonly error: string };

/**
 * Records how an attempt ended; a delivery finished meanwhile (acknowledged by polling) is left
 * alone.
 */
export async function recordAttempt(
  knex: Knex,
  eventId: string,
  result: AttemptResult,
): Promise<void> {
  const error = result.kind === 'delivered' ? null : result.error.slice(0, 1000);
  const [status, nextAttempt] =
    result.kind === 'retry'
      ? ['pending', 'clock_timestamp() + make_interval(secs => ?)']
      : [result.kind === 'dead-letter' ? 'failed' : result.kind, 'NULL'];
  await knex.raw(
    `UPDATE openbanking.event_deliveries
     SET status = ?, next_attempt_at = ${nextAttempt}, last_error = ?, delivered_at = CASE WHEN ? = 'delivered' THEN clock_timestamp() END
     WHERE id = ? AND status = 'pending'`,
    [status, ...(result.kind === 'retry' ? [result.delayMs / 1000] : []), error, status, eventId],
  );
}

/** TPPs with events to push, and when the first is due: what the sweep schedules pushes for. */
export async function tppsWithEventsToPush(
  knex: Knex,
  tppsMax: number,
): Promise<{ clientId: string; due: Date }[]> {
  const { rows } = await knex.raw<{ rows: { client_id: string; due: Date }[] }>(
    `SELECT client_id, min(next_attempt_at) AS due FROM openbanking.event_deliveries
     WHERE status = 'pending' AND next_attempt_at IS NOT NULL
     GROUP BY client_id ORDER BY due LIMIT ?`,
    [tppsMax],
  );
  return rows.map((row) => ({ clientId: row.client_id, due: row.due }));
}

/**
 * Aggregated polling: the TPP's events not yet acknowledged (pending, and dead-lettered pushes),
 * oldest first, at most `eventsMax`, and whether more wait.
 */
export async function eventsToPoll(
  knex: Knex,
  clientId: string,
  eventsMax: number,
): Promise<{ events: PendingEvent[]; more: boolean }> {
  // Unacknowledged events exist only while the subscription does (deleting it deletes them).
  const { rows } = await knex.raw<{ rows: PendingEventRow[] }>(
    `SELECT ${eventColumns('d')}, s.version
     FROM openbanking.event_deliveries d JOIN openbanking.event_subscriptions s ON s.client_id = d.client_id
     WHERE d.client_id = ? AND d.status IN ('pending', 'failed') ORDER BY d.seq LIMIT ?`,
    [clientId, eventsMax + 1],
  );
  return { events: rows.slice(0, eventsMax).map(toPendingEvent), more: rows.length > eventsMax };
}

/** Whether the TPP has unacknowledged events at all (polling with maxEvents 0). */
export async function hasEventsToPoll(knex: Knex, clientId: string): Promise<boolean> {
  const { rows } = await knex.raw<{ rows: unknown[] }>(
    `SELECT 1 FROM openbanking.event_deliveries WHERE client_id = ? AND status IN ('pending', 'failed') LIMIT 1`,
    [clientId],
  );
  return rows.length > 0;
}

/**
 * The TPP's answers from polling, in one transaction: acknowledged events are delivered, events
 * it reported an error for (`setErrs`) are rejected with it; either way not offered again. Ids of
 * other TPPs' events, or of events already settled, change nothing.
 */
export async function settlePolledEvents(
  knex: Knex,
  clientId: string,
  acknowledged: readonly string[],
  errors: ReadonlyMap<string, string>,
): Promise<void> {
  if (acknowledged.length === 0 && errors.size === 0) return;
  await knex.transaction(async (trx) => {
    if (acknowledged.length > 0) {
      await trx.raw(
        `UPDATE openbanking.event_deliveries SET status = 'delivered', delivered_at = now(), next_attempt_at = NULL
         WHERE client_id = ? AND id = ANY(?::text[]) AND status IN ('pending', 'failed')`,
        [clientId, [...acknowledged]],
      );
    }
    if (errors.size > 0) {
      await trx.raw(
        `UPDATE openbanking.event_deliveries d SET status = 'rejected', next_attempt_at = NULL, last_error = e.error
         FROM unnest(?::text[], ?::text[]) AS e(id, error)
         WHERE d.client_id = ? AND d.id = e.id AND d.status IN ('pending', 'failed')`,
        [[...errors.keys()], [...errors.values()].map((error) => error.slice(0, 1000)), clientId],
      );
    }
  });
}

function toPendingEvent(row: PendingEventRow): PendingEvent {
  return {
    id: row.id,
    clientId: row.client_id,
    resourceType: row.resource_type,
    resourceId: row.resource_id,
    claims: row.claims,
    attempts: row.attempts,
    version: row.version,
  };
}

/**
 * How long a finished event is kept after it was raised: long enough for a TPP or an operator to
 * ask what happened to it (the dead-lettered ones above all), short enough that the table does
 * not grow with every event ever raised. Pending events are never purged.
 */
export const FINISHED_EVENT_RETENTION_DAYS = 30;

/**
 * Deletes up to `limit` finished deliveries raised before the retention period; returns how many.
 */
export async function purgeFinishedDeliveries(knex: Knex, limit: number): Promise<number> {
  const { rowCount } = await knex.raw<{ rowCount: number }>(
    `DELETE FROM openbanking.event_deliveries WHERE id IN (
       SELECT id FROM openbanking.event_deliveries
       WHERE status <> 'pending' AND created_at < now() - make_interval(days => ?)
       LIMIT ?)`,
    [FINISHED_EVENT_RETENTION_DAYS, limit],
  );
  return rowCount;
}
