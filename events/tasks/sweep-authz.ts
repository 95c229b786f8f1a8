import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { sweepExpired } from '../../authz/index.ts';
import { assertCronPayload } from './payload.ts';

/**
 * Reclaims the authorization server's expired rows (tokens, codes, sessions, replay markers).
 * Nothing reads expired rows, so running late or twice is harmless; each run is bounded by
 * sweepExpired's batch limits.
 */
export default function sweepAuthz(deps: TaskDeps): Task<'sweep-authz'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('sweep-authz', payload);
    const swept = await sweepExpired(deps.knex);
    if (swept.payloads + swept.replay > 0)
      helpers.logger.info('swept expired authorization rows', { ...swept });
  };
}
