import type { Knex } from 'knex';
import type { TaskList } from 'graphile-worker';
import type { CronPayload } from './tasks/payload.ts';
import type { PaymentScreening } from '../openbanking/index.ts';
import executePaymentOrders from './tasks/execute-payment-orders.ts';
import expireConsents from './tasks/expire-consents.ts';
import purgeEventDeliveries from './tasks/purge-event-deliveries.ts';
import settlePayments, { type SettlePaymentsPayload } from './tasks/settle-payments.ts';
import sweepAuthz from './tasks/sweep-authz.ts';
import sweepIdempotencyKeys from './tasks/sweep-idempotency-keys.ts';
import sweepRateLimits from './tasks/sweep-rate-limits.ts';
import sweepSettlements from './tasks/sweep-settlements.ts';

declare global {
  namespace GraphileWorker {
    /** Task name -> payload: graphile-worker types `addJob` and each task's payload from this. */
    interface Tasks {
      'settle-payments': SettlePaymentsPayload;
      'execute-payment-orders': CronPayload;
      'expire-consents': CronPayload;
      'purge-event-deliveries': CronPayload;
      'sweep-authz': CronPayload;
      'sweep-idempotency-keys': CronPayload;
      'sweep-rate-limits': CronPayload;
      'sweep-settlements': CronPayload;
    }
  }
}

export type TaskName = keyof GraphileWorker.Tasks;

export interface TaskDeps {
  readonly knex: Knex;
  /** The bank's payment screening, which each instalment of a payment order passes. */
  readonly screening: PaymentScreening;
}

/**
 * Every task this platform runs. Tasks are built from their dependencies rather than found in a
 * directory: they need the platform's database pool, and a module-level pool would tie every
 * worker in a process (and every test) to one database.
 */
export function createTaskList(deps: TaskDeps): TaskList {
  return {
    'settle-payments': settlePayments(deps),
    'execute-payment-orders': executePaymentOrders(deps),
    'expire-consents': expireConsents(deps),
    'purge-event-deliveries': purgeEventDeliveries(deps),
    'sweep-authz': sweepAuthz(deps),
    'sweep-idempotency-keys': sweepIdempotencyKeys(deps),
    'sweep-rate-limits': sweepRateLimits(deps),
    'sweep-settlements': sweepSettlements(deps),
  };
}

/**
 * Periodic jobs. graphile-worker records each schedule's last run in `known_crontabs`, so several
 * worker processes on one database schedule each tick once; the job key keeps at most one queued.
 * No backfill: a missed tick's work is picked up by the next one.
 */
export const CRONTAB = [
  '* * * * * execute-payment-orders ?jobKey=execute-payment-orders&max=3',
  '* * * * * expire-consents ?jobKey=expire-consents&max=3',
  '*/10 * * * * sweep-authz ?jobKey=sweep-authz&max=3',
  '5,15,25,35,45,55 * * * * sweep-idempotency-keys ?jobKey=sweep-idempotency-keys&max=3',
  '7,17,27,37,47,57 * * * * sweep-rate-limits ?jobKey=sweep-rate-limits&max=3',
  '* * * * * sweep-settlements ?jobKey=sweep-settlements&max=3',
  '23 * * * * purge-event-deliveries ?jobKey=purge-event-deliveries&max=3',
].join('\n');
