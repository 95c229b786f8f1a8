import type { JobHelpers, Task } from 'graphile-worker';
import { sweepFullBuckets } from '../../ratelimit/index.ts';
import type { TaskDeps } from '../task-list.ts';
import { assertCronPayload } from './payload.ts';

/** Reclaims rate-limit buckets that are full again (ratelimit/sweep.ts); harmless late or twice. */
export default function sweepRateLimits(deps: TaskDeps): Task<'sweep-rate-limits'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('sweep-rate-limits', payload);
    const buckets = await sweepFullBuckets(deps.knex);
    if (buckets > 0) helpers.logger.info('swept full rate-limit buckets', { buckets });
  };
}
