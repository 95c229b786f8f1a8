import type { Knex } from 'knex';

/**
 * The event outbox (events/outbox.ts, issue 12). A delivery row is raised in the transaction that
 * changes its resource and names that resource, not its URL: the SET's `sub` and resource links are
 * built from the platform's public base URL when the SET is signed. `claims` keeps what is fixed
 * when the event happens: `txn`, `toe` and the `events` the TPP subscribed to.
 *
 * - `seq` orders a TPP's events: one resource's events are pushed in the order they were raised.
 * - `next_attempt_at` is when a pushed delivery may next be tried; a try in flight moves it past
 *   its timeout, so a try whose worker died is tried again then. Null: delivery by polling only.
 * - `rejected`: the TPP answered that it will never accept this SET (RFC 8935 section 2.3, or
 *   `setErrs` when polling); `failed`: every push attempt failed (dead letter), still offered to
 *   polling until acknowledged.
 * - `push_lease_until` on the subscription: one worker at a time pushes to a TPP, so a TPP whose
 *   endpoint hangs holds one delivery slot at most; the lease ends by itself if that worker dies.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    ALTER TABLE openbanking.event_subscriptions ADD COLUMN push_lease_until timestamptz;

    ALTER TABLE openbanking.event_deliveries
      ADD COLUMN seq bigint GENERATED ALWAYS AS IDENTITY,
      ADD COLUMN resource_type text NOT NULL
        CHECK (resource_type IN ('account-access-consent', 'domestic-payment-consent', 'funds-confirmation-consent', 'domestic-payment')),
      ADD COLUMN resource_id text COLLATE "C" NOT NULL CHECK (char_length(resource_id) BETWEEN 1 AND 128),
      DROP CONSTRAINT event_deliveries_status_check,
      ADD CONSTRAINT event_deliveries_status_check CHECK (status IN ('pending', 'delivered', 'failed', 'rejected')),
      ADD CONSTRAINT event_deliveries_unfinished CHECK (status = 'pending' OR next_attempt_at IS NULL);

    DROP INDEX openbanking.event_deliveries_client_pending_idx;
    -- What polling offers a TPP, oldest first.
    CREATE INDEX event_deliveries_client_waiting_idx ON openbanking.event_deliveries (client_id, seq)
      WHERE status IN ('pending', 'failed');
    -- "Is an earlier event of this resource still pending?"
    CREATE INDEX event_deliveries_resource_pending_idx ON openbanking.event_deliveries (client_id, resource_type, resource_id, seq)
      WHERE status = 'pending';
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    DROP INDEX openbanking.event_deliveries_resource_pending_idx;
    DROP INDEX openbanking.event_deliveries_client_waiting_idx;
    CREATE INDEX event_deliveries_client_pending_idx ON openbanking.event_deliveries (client_id, created_at) WHERE status = 'pending';
    DELETE FROM openbanking.event_deliveries WHERE status = 'rejected';
    ALTER TABLE openbanking.event_deliveries
      DROP CONSTRAINT event_deliveries_unfinished,
      DROP CONSTRAINT event_deliveries_status_check,
      ADD CONSTRAINT event_deliveries_status_check CHECK (status IN ('pending', 'delivered', 'failed')),
      DROP COLUMN resource_id,
      DROP COLUMN resource_type,
      DROP COLUMN seq;
    ALTER TABLE openbanking.event_subscriptions DROP COLUMN push_lease_until;
  `);
}
