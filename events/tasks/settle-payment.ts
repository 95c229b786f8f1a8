import type { Knex } from 'knex';
import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { SYSTEM_ACCOUNT_IDS, postTransfer } from '../../ledger/index.ts';
import { InvalidJobPayloadError, JobInvariantError } from '../errors.ts';
import { payloadObject } from './payload.ts';

export interface SettlePaymentPayload {
  readonly paymentId: string;
}

/** Where each currency's outbound payments clear and then settle with the scheme. */
const SETTLEMENT_ACCOUNTS: Readonly<Record<string, { clearing: string; settlement: string }>> = {
  GBP: { clearing: SYSTEM_ACCOUNT_IDS.gbpOutboundClearing, settlement: SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement },
};

/** Statuses a settled payment can have; seeing one means an earlier delivery already did the work. */
const SETTLED_STATUSES = new Set(['AcceptedSettlementCompleted', 'AcceptedCreditSettlementCompleted']);

interface PaymentRow {
  id: string;
  status: string;
  ledger_transfer_id: string | null;
  settlement_transfer_id: string | null;
  currency: unknown;
}

type SettlementOutcome = 'settled' | 'already-settled' | 'not-settleable';

/**
 * Moves a payment's money from outbound clearing to scheme settlement and marks the payment
 * AcceptedSettlementCompleted, in one transaction. Delivery is at least once: the payment row is
 * locked and its status checked first, so a second or concurrent delivery finds it settled and
 * posts nothing (and the UNIQUE settlement_transfer_id would refuse a second transfer anyway).
 */
export default function settlePayment(deps: TaskDeps): Task<'settle-payment'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    const { paymentId } = assertSettlePaymentPayload(payload);
    const outcome = await settle(deps.knex, paymentId);
    helpers.logger.info(`payment ${paymentId}: ${outcome}`, { paymentId, outcome });
  };
}

function assertSettlePaymentPayload(payload: unknown): SettlePaymentPayload {
  const { paymentId } = payloadObject('settle-payment', payload);
  if (typeof paymentId !== 'string' || paymentId.length === 0 || paymentId.length > 40) {
    throw new InvalidJobPayloadError('settle-payment', 'paymentId must be a string of 1 to 40 characters');
  }
  return { paymentId };
}

async function settle(knex: Knex, paymentId: string): Promise<SettlementOutcome> {
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: PaymentRow[] }>(
      `SELECT id, status, ledger_transfer_id, settlement_transfer_id, initiation #>> '{InstructedAmount,Currency}' AS currency
       FROM openbanking.payments WHERE id = ? FOR UPDATE`,
      [paymentId],
    );
    const payment = rows[0];
    // The job is enqueued in the payment's own transaction: a job without its payment is a bug.
    if (!payment) throw new JobInvariantError(`payment ${paymentId} does not exist`);
    if (SETTLED_STATUSES.has(payment.status)) return 'already-settled';
    if (payment.status !== 'AcceptedSettlementInProcess') return 'not-settleable';
    if (payment.settlement_transfer_id !== null) throw new JobInvariantError(`payment ${paymentId} is in process but has a settlement transfer`);
    if (payment.ledger_transfer_id === null) throw new JobInvariantError(`payment ${paymentId} is in process without a ledger transfer`);

    const { currency } = payment;
    const accounts = typeof currency === 'string' ? SETTLEMENT_ACCOUNTS[currency] : undefined;
    if (typeof currency !== 'string' || !accounts) throw new JobInvariantError(`payment ${paymentId}: no settlement accounts for its currency`);
    const amountMinor = await clearedAmount(trx, payment.ledger_transfer_id, accounts.clearing);

    const transfer = await postTransfer(trx, {
      kind: 'settlement',
      reference: `Settlement of payment ${paymentId}`,
      metadata: { paymentId },
      entries: [
        { accountId: accounts.clearing, currency, amountMinor: -amountMinor },
        { accountId: accounts.settlement, currency, amountMinor },
      ],
    });
    const updated = await trx.raw<{ rowCount: number }>(
      `UPDATE openbanking.payments
       SET status = 'AcceptedSettlementCompleted', status_updated_at = now(), settlement_transfer_id = ?
       WHERE id = ? AND status = 'AcceptedSettlementInProcess' AND settlement_transfer_id IS NULL`,
      [transfer.transferId, paymentId],
    );
    if (updated.rowCount !== 1) throw new JobInvariantError(`payment ${paymentId} changed under its row lock`);
    return 'settled';
  });
}

/** What the payment put into clearing: the credit its own transfer posted to the clearing account. */
async function clearedAmount(trx: Knex.Transaction, transferId: string, clearingAccountId: string): Promise<bigint> {
  const { rows } = await trx.raw<{ rows: { amount_minor: bigint }[] }>(
    'SELECT amount_minor FROM ledger.entries WHERE transfer_id = ? AND account_id = ?',
    [transferId, clearingAccountId],
  );
  const [entry] = rows;
  if (rows.length !== 1 || !entry || typeof entry.amount_minor !== 'bigint' || entry.amount_minor <= 0n) {
    throw new JobInvariantError(`transfer ${transferId} has no single credit to ${clearingAccountId}`);
  }
  return entry.amount_minor;
}
