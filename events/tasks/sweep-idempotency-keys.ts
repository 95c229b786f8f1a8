import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { sweepExpiredIdempotencyKeys } from '../../ledger/index.ts';
import { assertCronPayload } from './payload.ts';

/** Keys deleted per statement: short statements keep row locks and WAL bursts small. */
const KEYS_PER_BATCH = 1000;
/** Bounds one run; whatever is left is taken by the next run. */
const BATCHES_PER_RUN_MAX = 20;

/**
 * Deletes ledger idempotency keys whose retry window has passed. A retry after the window is a new
 * request anyway, so deleting late or twice changes no answer; it only reclaims space.
 */
export default function sweepIdempotencyKeys(deps: TaskDeps): Task<'sweep-idempotency-keys'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('sweep-idempotency-keys', payload);
    let deleted = 0;
    for (let batch = 0; batch < BATCHES_PER_RUN_MAX; batch += 1) {
      const count = await sweepExpiredIdempotencyKeys(deps.knex, KEYS_PER_BATCH);
      deleted += count;
      if (count < KEYS_PER_BATCH) break;
    }
    if (deleted > 0) helpers.logger.info(`swept ${deleted} expired idempotency keys`, { deleted });
  };
}
