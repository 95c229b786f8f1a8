import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { OUTBOUND_PAYMENT_ACCOUNTS, postTransfer, transferEntries } from '../../ledger/index.ts';
import {
  prepareCreditTransfer,
  recordCreditTransfer,
  type SettledPayment,
} from '../../iso20022/index.ts';
import { countPayments } from '../../observability/index.ts';
import {
  hasPaymentsToSettle,
  markSettled,
  raiseEvents,
  takeSettlementBatch,
} from '../../openbanking/index.ts';
import { enqueueJob } from '../enqueue.ts';
import { InvalidJobPayloadError, JobInvariantError } from '../errors.ts';
import { payloadObject } from './payload.ts';

export interface SettlePaymentsPayload {
  readonly currency: string;
}

/**
 * Payments per settlement transfer: bounds the rows one transaction locks and updates. A full
 * batch enqueues the next run, so a backlog drains batch after batch.
 */
const SETTLEMENT_BATCH_MAX = 500;

/**
 * How long a settlement run waits after the first payment that asks for it. The payments of that
 * time join one queued job (job key per currency, run_at preserved), so under load one ledger
 * transfer settles many payments instead of one each.
 */
const SETTLEMENT_DELAY_SECONDS = 1;

export interface SettlementBatch {
  /** The settlement transfer, or null when nothing was waiting. */
  readonly transferId: string | null;
  readonly payments: number;
  /** The batch's ISO 20022 pacs.008 in the outbox (iso20022/), or null when nothing was waiting. */
  readonly messageId: string | null;
}

/**
 * Enqueues the settlement of `currency`'s outbound payments, in the caller's transaction (the
 * payment's, so the job exists if and only if the payment does). Pending requests collapse into
 * one job per currency: while that job waits to run, a payment adds nothing (it will be in the
 * job's batch: the job selects its payments when it starts), so a busy currency's payments do not
 * all rewrite the one job row. A payment that commits only after the job has taken its batch is
 * seen by the job's own check for what is left (settleBatch), or asks for the next run itself
 * (the job is no longer waiting once it runs); sweep-settlements is the backstop for a crash.
 */
export async function enqueueSettlement(
  trx: Knex.Transaction,
  currency: string,
  delaySeconds = SETTLEMENT_DELAY_SECONDS,
): Promise<void> {
  await enqueueJob(
    trx,
    'settle-payments',
    { currency },
    {
      jobKey: `settle-payments:${currency}`,
      delaySeconds,
      preserveRunAt: true,
      unlessWaiting: true,
    },
  );
}

/**
 * Enqueues the settlement run of one payment the bank's screening held for `delaySeconds`, in the
 * payment's transaction: runs leave the payment out of their batches until its settle_not_before,
 * so this job, keyed by the payment, is the one that finds it due (with whatever else is waiting).
 */
export async function enqueueHeldSettlement(
  trx: Knex.Transaction,
  currency: string,
  paymentId: string,
  delaySeconds: number,
): Promise<void> {
  await enqueueJob(
    trx,
    'settle-payments',
    { currency },
    { jobKey: `settle-payments:${currency}:held:${paymentId}`, delaySeconds },
  );
}

/**
 * Settles a batch of a currency's outbound payments as a bank settles with the scheme: one
 * transfer moves their sum from the outbound clearing sub-accounts they were credited to (each
 * debited by what its payments put in) to scheme settlement, each payment becomes
 * AcceptedSettlementCompleted with that transfer, and the batch's ISO 20022 pacs.008 goes to the
 * outbox for the scheme, in one transaction. Delivery is at least once and
 * runs may overlap: the payments are taken FOR UPDATE SKIP LOCKED and only while in process, so a
 * payment is settled by exactly one run and a repeated run finds nothing left to do.
 */
export default function settlePayments(deps: TaskDeps): Task<'settle-payments'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    const { currency } = assertSettlePaymentsPayload(payload);
    const batch = await settleBatch(deps.knex, currency);
    countPayments('AcceptedSettlementCompleted', batch.payments);
    helpers.logger.info(`settled ${batch.payments} ${currency} payments`, {
      currency,
      payments: batch.payments,
      transferId: batch.transferId,
      messageId: batch.messageId,
    });
  };
}

function assertSettlePaymentsPayload(payload: unknown): SettlePaymentsPayload {
  const { currency } = payloadObject('settle-payments', payload);
  if (typeof currency !== 'string' || !Object.hasOwn(OUTBOUND_PAYMENT_ACCOUNTS, currency)) {
    throw new InvalidJobPayloadError(
      'settle-payments',
      `currency must be one of ${Object.keys(OUTBOUND_PAYMENT_ACCOUNTS).join(', ')}`,
    );
  }
  return { currency };
}

/** One batch, oldest payments first. Exported for tests that need a run's result. */
export async function settleBatch(
  knex: Knex,
  currency: string,
  batchMax = SETTLEMENT_BATCH_MAX,
): Promise<SettlementBatch> {
  const accounts = OUTBOUND_PAYMENT_ACCOUNTS[currency];
  if (!accounts)
    throw new InvalidJobPayloadError('settle-payments', `no settlement accounts for ${currency}`);
  return knex.transaction(async (trx) => {
    const payments = await takeSettlementBatch(trx, currency, batchMax);
    if (payments.length === 0) return { transferId: null, payments: 0, messageId: null };

    const credits = await transferEntries(
      trx,
      payments.map((payment) => payment.ledger_transfer_id),
      accounts.clearing,
    );
    const clearedBySubaccount = new Map<string, bigint>();
    const settled: SettledPayment[] = [];
    let totalMinor = 0n;
    for (const payment of payments) {
      const cleared = credits.filter((entry) => entry.transferId === payment.ledger_transfer_id);
      if (cleared.length > 1)
        throw new JobInvariantError(
          "a payment's transfer credited more than one outbound clearing sub-account",
        );
      const [credit] = cleared;
      if (!credit || credit.amountMinor <= 0n) {
        throw new JobInvariantError(
          `payment ${payment.id}: its transfer ${payment.ledger_transfer_id} has no credit to ${accounts.clearing[0]} or another outbound clearing sub-account`,
        );
      }
      clearedBySubaccount.set(
        credit.accountId,
        (clearedBySubaccount.get(credit.accountId) ?? 0n) + credit.amountMinor,
      );
      settled.push({ id: payment.id, amountMinor: credit.amountMinor });
      totalMinor += credit.amountMinor;
    }
    // The message is built and validated before the transfer locks the clearing accounts.
    const settlementTransferId = randomUUID();
    const message = await prepareCreditTransfer(trx, {
      settlementTransferId,
      currency,
      payments: settled,
    });
    const transfer = await postTransfer(trx, {
      transferId: settlementTransferId,
      kind: 'settlement',
      reference: `Settlement of ${payments.length} ${currency} payments`,
      metadata: { payments: payments.length },
      entries: [
        ...[...clearedBySubaccount].map(([accountId, clearedMinor]) => ({
          accountId,
          currency,
          amountMinor: -clearedMinor,
        })),
        { accountId: accounts.settlement, currency, amountMinor: totalMinor },
      ],
    });
    const updated = await markSettled(
      trx,
      payments.map((payment) => payment.id),
      transfer.transferId,
    );
    if (updated !== payments.length) {
      throw new JobInvariantError(
        `${payments.length - updated} payments changed under their row locks`,
      );
    }
    await raiseEvents(trx, { payments: payments.map((payment) => payment.id) });
    await recordCreditTransfer(trx, message, transfer.transferId);
    // A full batch may have left more behind: the next run starts when this one commits. A short
    // one may have missed payments that committed while it ran, having seen this job waiting.
    if (payments.length === batchMax) await enqueueSettlement(trx, currency, 0);
    else if (await hasPaymentsToSettle(trx, currency)) await enqueueSettlement(trx, currency);
    return {
      transferId: transfer.transferId,
      payments: payments.length,
      messageId: message.batch.messageId,
    };
  });
}
