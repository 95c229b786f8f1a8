import type { Knex } from 'knex';
import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { OUTBOUND_PAYMENT_ACCOUNTS, postTransfer } from '../../ledger/index.ts';
import { raiseEvents } from '../../openbanking/index.ts';
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

interface UnsettledPayment {
  id: string;
  ledger_transfer_id: string;
  /** The credit the payment's own transfer posted to clearing; null if there is none. */
  cleared_minor: bigint | null;
}

export interface SettlementBatch {
  /** The settlement transfer, or null when nothing was waiting. */
  readonly transferId: string | null;
  readonly payments: number;
}

/**
 * Enqueues the settlement of `currency`'s outbound payments, in the caller's transaction (the
 * payment's, so the job exists if and only if the payment does). Pending requests collapse into
 * one job per currency.
 */
export async function enqueueSettlement(trx: Knex.Transaction, currency: string, delaySeconds = SETTLEMENT_DELAY_SECONDS): Promise<void> {
  await enqueueJob(trx, 'settle-payments', { currency }, { jobKey: `settle-payments:${currency}`, delaySeconds, preserveRunAt: true });
}

/**
 * Settles a batch of a currency's outbound payments as a bank settles with the scheme: one
 * transfer moves their sum from outbound clearing to scheme settlement, and each payment becomes
 * AcceptedSettlementCompleted with that transfer, in one transaction. Delivery is at least once and
 * runs may overlap: the payments are taken FOR UPDATE SKIP LOCKED and only while in process, so a
 * payment is settled by exactly one run and a repeated run finds nothing left to do.
 */
export default function settlePayments(deps: TaskDeps): Task<'settle-payments'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    const { currency } = assertSettlePaymentsPayload(payload);
    const batch = await settleBatch(deps.knex, currency);
    helpers.logger.info(`settled ${batch.payments} ${currency} payments`, { currency, payments: batch.payments, transferId: batch.transferId });
  };
}

function assertSettlePaymentsPayload(payload: unknown): SettlePaymentsPayload {
  const { currency } = payloadObject('settle-payments', payload);
  if (typeof currency !== 'string' || !Object.hasOwn(OUTBOUND_PAYMENT_ACCOUNTS, currency)) {
    throw new InvalidJobPayloadError('settle-payments', `currency must be one of ${Object.keys(OUTBOUND_PAYMENT_ACCOUNTS).join(', ')}`);
  }
  return { currency };
}

/** One batch, oldest payments first. Exported for tests that need a run's result. */
export async function settleBatch(knex: Knex, currency: string, batchMax = SETTLEMENT_BATCH_MAX): Promise<SettlementBatch> {
  const accounts = OUTBOUND_PAYMENT_ACCOUNTS[currency];
  if (!accounts) throw new InvalidJobPayloadError('settle-payments', `no settlement accounts for ${currency}`);
  return knex.transaction(async (trx) => {
    // payments_unsettled_idx holds exactly the in-process payments, oldest first.
    const { rows: payments } = await trx.raw<{ rows: UnsettledPayment[] }>(
      `SELECT p.id, p.ledger_transfer_id, e.amount_minor AS cleared_minor
       FROM openbanking.payments p
       LEFT JOIN ledger.entries e ON e.transfer_id = p.ledger_transfer_id AND e.account_id = ?
       WHERE p.status = 'AcceptedSettlementInProcess' AND p.initiation #>> '{InstructedAmount,Currency}' = ?
       ORDER BY p.created_at
       LIMIT ?
       FOR UPDATE OF p SKIP LOCKED`,
      [accounts.clearing, currency, batchMax],
    );
    if (payments.length === 0) return { transferId: null, payments: 0 };

    let totalMinor = 0n;
    for (const payment of payments) {
      const cleared = payment.cleared_minor;
      if (typeof cleared !== 'bigint' || cleared <= 0n) {
        throw new JobInvariantError(`payment ${payment.id}: its transfer ${payment.ledger_transfer_id} has no credit to ${accounts.clearing}`);
      }
      totalMinor += cleared;
    }
    const transfer = await postTransfer(trx, {
      kind: 'settlement',
      reference: `Settlement of ${payments.length} ${currency} payments`,
      metadata: { payments: payments.length },
      entries: [
        { accountId: accounts.clearing, currency, amountMinor: -totalMinor },
        { accountId: accounts.settlement, currency, amountMinor: totalMinor },
      ],
    });
    const updated = await trx.raw<{ rowCount: number }>(
      `UPDATE openbanking.payments
       SET status = 'AcceptedSettlementCompleted', status_updated_at = now(), settlement_transfer_id = ?
       WHERE id = ANY(?::text[]) AND status = 'AcceptedSettlementInProcess' AND settlement_transfer_id IS NULL`,
      [transfer.transferId, payments.map((payment) => payment.id)],
    );
    if (updated.rowCount !== payments.length) {
      throw new JobInvariantError(`${payments.length - updated.rowCount} payments changed under their row locks`);
    }
    await raiseEvents(trx, { payments: payments.map((payment) => payment.id) });
    // A full batch may have left more behind: the next run starts when this one commits.
    if (payments.length === batchMax) await enqueueSettlement(trx, currency, 0);
    return { transferId: transfer.transferId, payments: payments.length };
  });
}
