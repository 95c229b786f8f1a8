import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { sweepExpiredIdempotencyKeys } from '../../ledger/index.ts';
import { inBatches } from './in-batches.ts';
import { assertCronPayload } from './payload.ts';

/** Keys deleted per statement. */
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
    const deleted = await inBatches(
      (limit) => sweepExpiredIdempotencyKeys(deps.knex, limit),
      KEYS_PER_BATCH,
      BATCHES_PER_RUN_MAX,
    );
    if (deleted > 0) helpers.logger.info(`swept ${deleted} expired idempotency keys`, { deleted });
  };
}
