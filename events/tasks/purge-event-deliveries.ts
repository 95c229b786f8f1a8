import type { JobHelpers, Task } from 'graphile-worker';
import { purgeFinishedDeliveries } from '../../openbanking/index.ts';
import type { TaskDeps } from '../task-list.ts';
import { assertCronPayload } from './payload.ts';

/** Deliveries deleted per statement, and statements per run; the next run takes what is left. */
const DELIVERIES_PER_BATCH = 1000;
const BATCHES_PER_RUN_MAX = 20;

/** Deletes finished event deliveries past their retention (openbanking/event-deliveries.ts); harmless late or twice. */
export default function purgeEventDeliveries(deps: TaskDeps): Task<'purge-event-deliveries'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('purge-event-deliveries', payload);
    let deleted = 0;
    for (let batch = 0; batch < BATCHES_PER_RUN_MAX; batch += 1) {
      const count = await purgeFinishedDeliveries(deps.knex, DELIVERIES_PER_BATCH);
      deleted += count;
      if (count < DELIVERIES_PER_BATCH) break;
    }
    if (deleted > 0) helpers.logger.info('purged finished event deliveries', { deleted });
  };
}
