import type { Knex } from 'knex';
import type { JsonObject } from '../ledger/index.ts';
import type { JsonRecord } from './consents.ts';

/**
 * openbanking.payments: a PISP's domestic payments, from submission (in the payment's transaction,
 * with its consent and ledger transfer) through settlement batches to the scheme's status report.
 * The statements on the submission path are named prepared statements, one round trip each.
 */

/** OBWriteDomesticResponse5.Data.Status: the statuses the table allows. */
export type PaymentStatus =
  | 'AcceptedCreditSettlementCompleted'
  | 'AcceptedSettlementCompleted'
  | 'AcceptedSettlementInProcess'
  | 'AcceptedWithoutPosting'
  | 'Pending'
  | 'Rejected';

/** A payment as the TPP's responses need it. */
export interface PaymentRecord {
  id: string;
  consent_id: string;
  status: PaymentStatus;
  status_updated_at: Date;
  created_at: Date;
  initiation: JsonObject;
  ledger_transfer_id: string | null;
}

const PAYMENT_COLUMNS = [
  'id',
  'consent_id',
  'status',
  'status_updated_at',
  'created_at',
  'initiation',
  'ledger_transfer_id',
] as const;

/** The kinds of openbanking.payments: the payment consent kind each is made under. */
export type PaymentKind =
  | 'domestic-payment'
  | 'domestic-scheduled-payment'
  | 'domestic-standing-order'
  | 'domestic-vrp';

export interface NewPayment {
  id: string;
  kind: PaymentKind;
  consentId: string;
  clientId: string;
  initiation: JsonRecord;
  /** The payment's own Risk, where its API sends one per payment (VRP). */
  risk?: JsonRecord | undefined;
  debtorAccountId: string;
}

/**
 * A payment that moves money, in the caller's transaction: `ledgerTransferId` names the debit the
 * caller posts next (the foreign key is checked at commit). `holdSeconds` keeps it out of
 * settlement batches that long; the statement text is the same either way (it is prepared).
 */
export async function insertPayment(
  trx: Knex.Transaction,
  payment: NewPayment & {
    status: PaymentStatus;
    ledgerTransferId: string;
    holdSeconds: number | null;
  },
): Promise<PaymentRecord> {
  const [row] = await trx('openbanking.payments')
    .insert({
      id: payment.id,
      kind: payment.kind,
      consent_id: payment.consentId,
      client_id: payment.clientId,
      status: payment.status,
      initiation: JSON.stringify(payment.initiation),
      risk: payment.risk === undefined ? null : JSON.stringify(payment.risk),
      debtor_account_id: payment.debtorAccountId,
      ledger_transfer_id: payment.ledgerTransferId,
      settle_not_before: trx.raw('now() + make_interval(secs => ?::float8)', [payment.holdSeconds]),
    })
    .returning<PaymentRecord[]>([...PAYMENT_COLUMNS])
    .options({ name: 'payments.insert' });
  if (!row) throw new Error('payment insert returned no row');
  return row;
}

/** A payment refused before any money moved (the bank's screening): Rejected, no transfer. */
export async function insertRejectedPayment(
  trx: Knex.Transaction,
  payment: NewPayment,
): Promise<PaymentRecord> {
  const [row] = await trx('openbanking.payments')
    .insert({
      id: payment.id,
      kind: payment.kind,
      consent_id: payment.consentId,
      client_id: payment.clientId,
      status: 'Rejected',
      initiation: JSON.stringify(payment.initiation),
      risk: payment.risk === undefined ? null : JSON.stringify(payment.risk),
      debtor_account_id: payment.debtorAccountId,
    })
    .returning<PaymentRecord[]>([...PAYMENT_COLUMNS]);
  if (!row) throw new Error('payment insert returned no row');
  return row;
}

/** The client's own payment; another TPP's is not found. */
export async function findClientPayment(
  db: Knex,
  paymentId: string,
  clientId: string,
): Promise<PaymentRecord | undefined> {
  return db('openbanking.payments')
    .select<PaymentRecord[]>([...PAYMENT_COLUMNS])
    .where({ id: paymentId, client_id: clientId, kind: 'domestic-payment' })
    .first();
}

/** A payment a settlement run took: its own ledger transfer says what it cleared. */
export interface PaymentToSettle {
  id: string;
  ledger_transfer_id: string;
}

/**
 * Up to `limit` of the currency's in-process payments that are due, oldest first, locked for the
 * caller's settlement: SKIP LOCKED, so overlapping runs take disjoint batches.
 */
export async function takeSettlementBatch(
  trx: Knex.Transaction,
  currency: string,
  limit: number,
): Promise<PaymentToSettle[]> {
  // payments_unsettled_idx holds exactly the in-process payments, oldest first.
  const { rows } = await trx.raw<{ rows: PaymentToSettle[] }>(
    `SELECT id, ledger_transfer_id
     FROM openbanking.payments
     WHERE status = 'AcceptedSettlementInProcess' AND initiation #>> '{InstructedAmount,Currency}' = ?
       AND (settle_not_before IS NULL OR settle_not_before <= now())
     ORDER BY created_at
     LIMIT ?
     FOR UPDATE SKIP LOCKED`,
    [currency, limit],
  );
  return rows;
}

/**
 * Marks the batch's payments AcceptedSettlementCompleted by `settlementTransferId`; returns how
 * many were still in process.
 */
export async function markSettled(
  trx: Knex.Transaction,
  paymentIds: readonly string[],
  settlementTransferId: string,
): Promise<number> {
  const updated = await trx.raw<{ rowCount: number }>(
    `UPDATE openbanking.payments
     SET status = 'AcceptedSettlementCompleted', status_updated_at = now(), settlement_transfer_id = ?
     WHERE id = ANY(?::text[]) AND status = 'AcceptedSettlementInProcess' AND settlement_transfer_id IS NULL`,
    [settlementTransferId, [...paymentIds]],
  );
  return updated.rowCount;
}

/** Whether any of the currency's payments waits to be settled now (a held one is not yet due). */
export async function hasPaymentsToSettle(
  db: Knex | Knex.Transaction,
  currency: string,
): Promise<boolean> {
  const { rows } = await db.raw<{ rows: { waiting: boolean }[] }>(
    `SELECT EXISTS (SELECT 1 FROM openbanking.payments
                    WHERE status = 'AcceptedSettlementInProcess' AND initiation #>> '{InstructedAmount,Currency}' = ?
                      AND (settle_not_before IS NULL OR settle_not_before <= now())) AS waiting`,
    [currency],
  );
  return rows[0]?.waiting === true;
}

/** The currencies that have payments in process, held ones included. */
export async function currenciesInSettlement(db: Knex | Knex.Transaction): Promise<string[]> {
  // payments_unsettled_idx holds exactly the in-process payments.
  const { rows } = await db.raw<{ rows: { currency: string }[] }>(
    `SELECT DISTINCT initiation #>> '{InstructedAmount,Currency}' AS currency
     FROM openbanking.payments WHERE status = 'AcceptedSettlementInProcess'`,
  );
  return rows.map((row) => row.currency);
}

/** What a credit transfer message says of a payment: what was instructed, from which account. */
export interface PaymentInstruction<Initiation> {
  id: string;
  initiation: Initiation;
  debtor_account_id: string;
}

export async function findPaymentInstructions<Initiation>(
  db: Knex | Knex.Transaction,
  paymentIds: readonly string[],
): Promise<PaymentInstruction<Initiation>[]> {
  const { rows } = await db.raw<{ rows: PaymentInstruction<Initiation>[] }>(
    `SELECT id, initiation, debtor_account_id FROM openbanking.payments WHERE id = ANY(?::text[])`,
    [[...paymentIds]],
  );
  return rows;
}

/** A payment as a scheme status report finds it. */
export interface ReportedPayment {
  id: string;
  status: PaymentStatus;
  debtor_account_id: string;
  reversal_transfer_id: string | null;
}

/** Locks the payments a status report names, in id order, for the caller's transaction. */
export async function lockReportedPayments(
  trx: Knex.Transaction,
  paymentIds: readonly string[],
): Promise<ReportedPayment[]> {
  const { rows } = await trx.raw<{ rows: ReportedPayment[] }>(
    `SELECT id, status, debtor_account_id, reversal_transfer_id
     FROM openbanking.payments WHERE id = ANY(?::text[]) ORDER BY id FOR UPDATE`,
    [[...paymentIds]],
  );
  return rows;
}

/**
 * The scheme's final word on a settled payment: credited, or rejected with the reversal that
 * returned its money.
 */
export async function recordSchemeOutcome(
  trx: Knex.Transaction,
  paymentId: string,
  outcome:
    | { status: 'AcceptedCreditSettlementCompleted' }
    | { status: 'Rejected'; reversalTransferId: string },
): Promise<void> {
  await trx('openbanking.payments')
    .where({ id: paymentId })
    .update({
      status: outcome.status,
      status_updated_at: trx.fn.now(),
      ...('reversalTransferId' in outcome
        ? { reversal_transfer_id: outcome.reversalTransferId }
        : {}),
    });
}
