import type { JobHelpers, Task } from 'graphile-worker';
import { purgeFinishedDeliveries } from '../../openbanking/index.ts';
import type { TaskDeps } from '../task-list.ts';
import { inBatches } from './in-batches.ts';
import { assertCronPayload } from './payload.ts';

/** Deliveries deleted per statement, and statements per run; the next run takes what is left. */
const DELIVERIES_PER_BATCH = 1000;
const BATCHES_PER_RUN_MAX = 20;

/**
 * Deletes finished event deliveries past their retention (openbanking/event-deliveries.ts);
 * harmless late or twice.
 */
export default function purgeEventDeliveries(deps: TaskDeps): Task<'purge-event-deliveries'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('purge-event-deliveries', payload);
    const deleted = await inBatches(
      (limit) => purgeFinishedDeliveries(deps.knex, limit),
      DELIVERIES_PER_BATCH,
      BATCHES_PER_RUN_MAX,
    );
    if (deleted > 0) helpers.logger.info('purged finished event deliveries', { deleted });
  };
}
