import type { JobHelpers, Task } from 'graphile-worker';
import { OUTBOUND_PAYMENT_ACCOUNTS } from '../../ledger/index.ts';
import { currenciesInSettlement } from '../../openbanking/index.ts';
import type { TaskDeps } from '../task-list.ts';
import { assertCronPayload } from './payload.ts';
import { enqueueSettlement } from './settle-payments.ts';

/**
 * Asks again for the settlement of every currency that has payments still in process, so that no
 * crash can strand one. graphile-worker 0.17 frees the lock of a job whose worker was killed only
 * after 4 hours, and never runs again a job whose killed run was its last attempt; the payments
 * that job was to settle would wait that long, or for good.
 *
 * Asking again by the job key is safe whatever state the job is in: a queued one keeps its run
 * time; a failed one is reset to run (a permanently failed one too); a locked one, whether its
 * worker runs or is dead, gets a new job next to it, and settlement runs may overlap
 * (settle-payments.ts takes its payments FOR UPDATE SKIP LOCKED). Runs every minute and once when
 * a worker starts, so a restart after a crash settles at once.
 */
export default function sweepSettlements(deps: TaskDeps): Task<'sweep-settlements'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('sweep-settlements', payload);
    const currencies = await deps.knex.transaction(async (trx) => {
      const waiting = (await currenciesInSettlement(trx)).filter((currency) =>
        Object.hasOwn(OUTBOUND_PAYMENT_ACCOUNTS, currency),
      );
      for (const currency of waiting) await enqueueSettlement(trx, currency, 0);
      return waiting;
    });
    if (currencies.length > 0) helpers.logger.info('settlement asked for again', { currencies });
  };
}
