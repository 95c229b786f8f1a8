import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import {
  AccountNotEnabledError,
  clearingAccountFor,
  InsufficientFundsError,
  OUTBOUND_PAYMENT_ACCOUNTS,
  parseAmount,
  postTransfer,
} from '../../ledger/index.ts';
import { countPayments } from '../../observability/index.ts';
import {
  ACCEPT_EVERY_PAYMENT,
  advanceOrder,
  dueOrderIds,
  executionInstruction,
  insertOrderExecution,
  instalment,
  lockDueOrder,
  type OrderAmount,
  type PaymentOrderRecord,
  type PaymentOrderStatus,
  type PaymentScreening,
  type ScheduledInitiation,
  type StandingOrderInitiation,
} from '../../openbanking/index.ts';
import { enqueueJob } from '../enqueue.ts';
import { JobInvariantError } from '../errors.ts';
import { assertCronPayload } from './payload.ts';
import { enqueueHeldSettlement, enqueueSettlement } from './settle-payments.ts';

/** Orders executed per run; a full run asks for the next one at once. */
export const ORDERS_PER_RUN_MAX = 200;

const TASK = 'execute-payment-orders';

/**
 * Pays the instalments of domestic scheduled payments and standing orders that are due. Runs
 * every minute (CRONTAB), and at each order's due time (a job enqueued with the order and with
 * each of its instalments), so an instalment is paid within moments of its time, or within a
 * minute when that job was lost.
 */
export default function executePaymentOrders(deps: TaskDeps): Task<'execute-payment-orders'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload(TASK, payload);
    const run = await executeDueOrders(deps.knex, new Date(), deps.screening);
    if (run.paid + run.refused > 0)
      helpers.logger.info(
        `paid ${run.paid} instalments of payment orders, refused ${run.refused}`,
        {
          ...run,
        },
      );
  };
}

/**
 * Asks for an execution run at `dueAt` (at once when it has passed), in the caller's transaction:
 * the one that makes the order, or pays its previous instalment. Keyed per order: a replaced
 * request is the same order's, and the run pays whatever is due anyway.
 */
export async function enqueueOrderExecution(
  trx: Knex.Transaction,
  orderId: string,
  dueAt: Date,
): Promise<void> {
  const delaySeconds = Math.max(0, (dueAt.getTime() - Date.now()) / 1000);
  await enqueueJob(trx, TASK, {}, { jobKey: `${TASK}:${orderId}`, delaySeconds });
}

export interface ExecutionRun {
  readonly paid: number;
  readonly refused: number;
}

/**
 * Pays every instalment due at `now`, order by order, each in its own transaction: exactly once
 * (the order is locked and its next instalment advanced with the payment; the payment's unique
 * (order, execution date) refuses a second one whatever happened before), or not at all (a crash
 * rolls the instalment back whole, and the next run pays it). An order more than one instalment
 * behind (the worker was down) pays them one after another, each on its own date. Each instalment
 * passes the bank's screening first, as every payment does.
 */
export async function executeDueOrders(
  knex: Knex,
  now: Date,
  screening: PaymentScreening = ACCEPT_EVERY_PAYMENT,
): Promise<ExecutionRun> {
  let paid = 0;
  let refused = 0;
  for (;;) {
    const ids = await dueOrderIds(knex, now, ORDERS_PER_RUN_MAX);
    let executed = 0;
    for (const id of ids) {
      const outcome = await executeInstalment(knex, id, now, screening);
      if (outcome === 'paid') paid += 1;
      if (outcome === 'refused') refused += 1;
      if (outcome !== 'not due') executed += 1;
    }
    // Nothing moved (all locked by another run, or no longer due): that run will finish them.
    if (ids.length === 0 || executed === 0) break;
  }
  if (paid > 0) countPayments('AcceptedSettlementInProcess', paid);
  if (refused > 0) countPayments('Rejected', refused);
  return { paid, refused };
}

type InstalmentOutcome = 'paid' | 'refused' | 'not due';

async function executeInstalment(
  knex: Knex,
  orderId: string,
  now: Date,
  screening: PaymentScreening,
): Promise<InstalmentOutcome> {
  return knex.transaction(async (trx) => {
    const order = await lockDueOrder(trx, orderId, now);
    if (!order) return 'not due';
    const initiation = order.initiation as unknown as ScheduledInitiation & StandingOrderInitiation;
    const due = instalment(order.kind, initiation, order.nextInstalment);
    if (!due)
      throw new JobInvariantError(
        `order ${order.id} is due but has no instalment ${order.nextInstalment}`,
      );
    const paymentId = randomUUID();
    const transferId = randomUUID();
    const instruction = executionInstruction(order.kind, order.initiation, due);
    // Rejected by the screening, an instalment is refused as one the account cannot pay.
    const decision = screening(instruction);
    const debit =
      decision.outcome === 'reject'
        ? 'refused'
        : await debitDebtor(
            trx,
            order,
            paymentId,
            transferId,
            due.amount,
            instruction.EndToEndIdentification,
          );
    const holdSeconds = decision.outcome === 'hold' ? decision.seconds : null;
    const inserted = await insertOrderExecution(trx, {
      id: paymentId,
      order,
      executionDate: due.executionDate,
      initiation: instruction,
      outcome:
        debit === 'paid' ? { ledgerTransferId: transferId, holdSeconds } : { rejected: true },
    });
    if (!inserted) {
      throw new JobInvariantError(
        `order ${order.id} already has a payment on ${due.executionDate} though instalment ${due.number} is due`,
      );
    }
    const next = instalment(order.kind, initiation, due.number + 1);
    await advanceOrder(trx, order.id, {
      instalment: due.number + 1,
      dueAt: next && !(due.number === 1 && debit === 'refused') ? next.dueAt : null,
      status: statusAfter(order, due.number, debit),
    });
    if (debit === 'paid') {
      if (holdSeconds === null) await enqueueSettlement(trx, due.amount.Currency);
      else await enqueueHeldSettlement(trx, due.amount.Currency, paymentId, holdSeconds);
    }
    if (next) await enqueueOrderExecution(trx, order.id, next.dueAt);
    return debit;
  });
}

/**
 * A scheduled payment is InitiationCompleted or InitiationFailed by its one payment. A standing
 * order is set up by its first: paid, it is InitiationCompleted and runs on; refused, it is
 * InitiationFailed and stops. A later instalment refused is a Rejected payment of a running order.
 */
function statusAfter(
  order: PaymentOrderRecord,
  number: number,
  debit: 'paid' | 'refused',
): PaymentOrderStatus {
  if (number > 1) return order.status;
  return debit === 'paid' ? 'InitiationCompleted' : 'InitiationFailed';
}

/**
 * The instalment's money: debtor to an outbound clearing sub-account, as a domestic payment's. A
 * debtor short of funds or no longer enabled refuses it, in a savepoint, so the refusal is
 * recorded in the same transaction and nothing else of the transfer remains.
 */
async function debitDebtor(
  trx: Knex.Transaction,
  order: PaymentOrderRecord,
  paymentId: string,
  transferId: string,
  amount: OrderAmount,
  reference: string,
): Promise<'paid' | 'refused'> {
  const accounts = OUTBOUND_PAYMENT_ACCOUNTS[amount.Currency];
  if (!accounts)
    throw new JobInvariantError(`order ${order.id}: no outbound accounts for ${amount.Currency}`);
  const amountMinor = parseAmount(amount.Amount, amount.Currency);
  try {
    await trx.transaction((savepoint) =>
      postTransfer(savepoint, {
        kind: 'domestic-payment',
        transferId,
        reference,
        entries: [
          {
            accountId: order.debtorAccountId,
            currency: amount.Currency,
            amountMinor: -amountMinor,
          },
          {
            accountId: clearingAccountFor(accounts, paymentId),
            currency: amount.Currency,
            amountMinor,
          },
        ],
        metadata: {
          counterparty: { name: creditorName(order.initiation) },
          consentId: order.consentId,
          paymentOrderId: order.id,
        },
      }),
    );
    return 'paid';
  } catch (error) {
    if (error instanceof InsufficientFundsError || error instanceof AccountNotEnabledError)
      return 'refused';
    throw error;
  }
}

/** The payee as the customer's transactions show it: the creditor's name, else its account. */
function creditorName(initiation: Readonly<Record<string, unknown>>): string {
  const creditor = (initiation.CreditorAccount ?? {}) as {
    Name?: unknown;
    Identification?: unknown;
  };
  return String(creditor.Name ?? creditor.Identification ?? '');
}
