import type { JobHelpers, Task } from 'graphile-worker';
import type { Knex } from 'knex';
import { deliverEventsJobKey, tppsWithEventsToPush } from '../../openbanking/index.ts';
import { assertCronPayload } from './payload.ts';

/** TPPs scheduled per run; the next run (every minute) takes the rest. */
const TPPS_PER_RUN_MAX = 1000;

/**
 * Schedules the push of every TPP with events waiting, at its first event's time, so no crash can
 * strand an event: a killed worker's job stays locked for 4 hours in graphile-worker 0.17, and
 * re-adding by job key puts a new job beside a locked one (events/tasks/sweep-settlements.ts has
 * the same problem). Runs every minute and once when the delivery worker starts.
 */
export default function sweepEventDeliveries(deps: {
  readonly knex: Knex;
}): Task<'sweep-event-deliveries'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('sweep-event-deliveries', payload);
    const tpps = await tppsWithEventsToPush(deps.knex, TPPS_PER_RUN_MAX);
    for (const { clientId, due } of tpps) {
      await helpers.addJob(
        'deliver-events',
        { clientId },
        { jobKey: deliverEventsJobKey(clientId), runAt: due },
      );
    }
    if (tpps.length > 0) helpers.logger.info(`event pushes scheduled for ${tpps.length} TPPs`);
  };
}
