import type { Knex } from 'knex';
import type { JsonRecord } from './consents.ts';
import { raiseEvents } from './outbox.ts';
import type { PaymentStatus } from './payments.ts';
import type { PaymentOrderKind } from './payment-schedule.ts';

/**
 * openbanking.payment_orders: domestic scheduled payments and standing orders, made by the TPP's
 * submission (which consumes the consent in the same transaction) and executed on their dates by
 * the execution job, each instalment a row of openbanking.payments that names the order and its
 * execution date (unique together).
 */

/** OBWriteDomesticScheduledResponse5 / OBWriteDomesticStandingOrderResponse6 Data.Status. */
export type PaymentOrderStatus =
  | 'InitiationPending'
  | 'InitiationCompleted'
  | 'InitiationFailed'
  | 'Cancelled';

export interface PaymentOrderRecord {
  id: string;
  kind: PaymentOrderKind;
  consentId: string;
  clientId: string;
  status: PaymentOrderStatus;
  statusUpdatedAt: Date;
  createdAt: Date;
  initiation: JsonRecord;
  debtorAccountId: string;
  nextInstalment: number;
  nextDueAt: Date | null;
}

const COLUMNS = `id, kind, consent_id AS "consentId", client_id AS "clientId", status,
  status_updated_at AS "statusUpdatedAt", created_at AS "createdAt", initiation,
  debtor_account_id AS "debtorAccountId", next_instalment AS "nextInstalment", next_due_at AS "nextDueAt"`;

export interface NewPaymentOrder {
  id: string;
  kind: PaymentOrderKind;
  consentId: string;
  clientId: string;
  initiation: JsonRecord;
  debtorAccountId: string;
  /** The first instalment's due time. */
  firstDueAt: Date;
}

/** In the submission's transaction, after its consent was consumed: InitiationPending. */
export async function insertPaymentOrder(
  trx: Knex.Transaction,
  order: NewPaymentOrder,
): Promise<PaymentOrderRecord> {
  const { rows } = await trx.raw<{ rows: PaymentOrderRecord[] }>(
    `INSERT INTO openbanking.payment_orders (id, kind, consent_id, client_id, status, initiation, debtor_account_id, next_due_at)
     VALUES (?, ?, ?, ?, 'InitiationPending', ?::jsonb, ?, ?)
     RETURNING ${COLUMNS}`,
    [
      order.id,
      order.kind,
      order.consentId,
      order.clientId,
      JSON.stringify(order.initiation),
      order.debtorAccountId,
      order.firstDueAt,
    ],
  );
  if (!rows[0]) throw new Error('payment order insert returned no row');
  return rows[0];
}

/** The client's own order of this kind; another TPP's, or another kind's, is not found. */
export async function findClientPaymentOrder(
  db: Knex,
  kind: PaymentOrderKind,
  id: string,
  clientId: string,
): Promise<PaymentOrderRecord | undefined> {
  const { rows } = await db.raw<{ rows: PaymentOrderRecord[] }>(
    `SELECT ${COLUMNS} FROM openbanking.payment_orders WHERE id = ? AND kind = ? AND client_id = ?`,
    [id, kind, clientId],
  );
  return rows[0];
}

/** One execution of an order: a payment, as its details show it. */
export interface OrderExecution {
  id: string;
  status: PaymentStatus;
  statusUpdatedAt: Date;
  ledgerTransferId: string | null;
  executionDate: string;
}

/** An order's executions, oldest first (at most `limit`: a long-running order has many). */
export async function listOrderExecutions(
  db: Knex,
  orderId: string,
  limit: number,
): Promise<OrderExecution[]> {
  const { rows } = await db.raw<{ rows: OrderExecution[] }>(
    `SELECT id, status, status_updated_at AS "statusUpdatedAt", ledger_transfer_id AS "ledgerTransferId",
       to_char(execution_date, 'YYYY-MM-DD') AS "executionDate"
     FROM openbanking.payments WHERE order_id = ? ORDER BY execution_date DESC LIMIT ?`,
    [orderId, limit],
  );
  return rows.reverse();
}

/** The ids of orders with an instalment due at `now`, earliest first. */
export async function dueOrderIds(db: Knex, now: Date, limit: number): Promise<string[]> {
  const { rows } = await db.raw<{ rows: { id: string }[] }>(
    `SELECT id FROM openbanking.payment_orders WHERE next_due_at <= ? ORDER BY next_due_at, id LIMIT ?`,
    [now, limit],
  );
  return rows.map((row) => row.id);
}

/**
 * The order, locked for the caller's execution, if an instalment is still due at `now`: SKIP
 * LOCKED, so a concurrent run leaves it to the one executing it, and a run that comes after finds
 * it advanced. A cancelled (or finished) order has no due time (CHECK payment_orders_due), so it
 * is never locked here: a cancellation that commits first leaves nothing to pay.
 */
export async function lockDueOrder(
  trx: Knex.Transaction,
  id: string,
  now: Date,
): Promise<PaymentOrderRecord | undefined> {
  const { rows } = await trx.raw<{ rows: PaymentOrderRecord[] }>(
    `SELECT ${COLUMNS} FROM openbanking.payment_orders WHERE id = ? AND next_due_at <= ? FOR UPDATE SKIP LOCKED`,
    [id, now],
  );
  return rows[0];
}

export interface NewOrderExecution {
  id: string;
  order: Pick<PaymentOrderRecord, 'id' | 'kind' | 'consentId' | 'clientId' | 'debtorAccountId'>;
  executionDate: string;
  /** The instruction the scheme gets (a domestic payment's Initiation shape, for settlement). */
  initiation: JsonRecord;
  /**
   * Paid: the ledger transfer the caller posts next (foreign key checked at commit), and how long
   * the bank's screening holds its settlement (null: not held); refused: Rejected.
   */
  outcome: { ledgerTransferId: string; holdSeconds: number | null } | { rejected: true };
}

/**
 * An instalment's payment, in the execution's transaction; false when this order already has a
 * payment on that date (the unique key: nothing is paid twice, whatever ran before).
 */
export async function insertOrderExecution(
  trx: Knex.Transaction,
  execution: NewOrderExecution,
): Promise<boolean> {
  const paid = 'ledgerTransferId' in execution.outcome;
  const { rowCount } = await trx.raw<{ rowCount: number }>(
    `INSERT INTO openbanking.payments (id, kind, consent_id, client_id, status, initiation, debtor_account_id,
       ledger_transfer_id, order_id, execution_date, settle_not_before)
     VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?, ?::date, now() + make_interval(secs => ?::float8))
     ON CONFLICT (order_id, execution_date) WHERE order_id IS NOT NULL DO NOTHING`,
    [
      execution.id,
      execution.order.kind,
      execution.order.consentId,
      execution.order.clientId,
      paid ? 'AcceptedSettlementInProcess' : 'Rejected',
      JSON.stringify(execution.initiation),
      execution.order.debtorAccountId,
      'ledgerTransferId' in execution.outcome ? execution.outcome.ledgerTransferId : null,
      execution.order.id,
      execution.executionDate,
      'holdSeconds' in execution.outcome ? execution.outcome.holdSeconds : null,
    ],
  );
  return rowCount === 1;
}

/** After an execution: the next instalment and its due time (none: the order is done), and the order's status. */
export async function advanceOrder(
  trx: Knex.Transaction,
  id: string,
  next: { instalment: number; dueAt: Date | null; status: PaymentOrderStatus },
): Promise<void> {
  await trx.raw(
    `UPDATE openbanking.payment_orders
     SET next_instalment = ?, next_due_at = ?,
       status_updated_at = CASE WHEN status = ? THEN status_updated_at ELSE now() END, status = ?
     WHERE id = ?`,
    [next.instalment, next.dueAt, next.status, next.status, id],
  );
}

/** Orders of the customer's (through the consent they approved), in the customer's own reads. */
const OF_CUSTOMER = 'consent_id IN (SELECT id FROM openbanking.consents WHERE customer_id = ?)';

/** The latest instalment an order paid (a refused one moved no money and is not one). */
export interface LastOrderPayment {
  madeAt: Date;
  amount: { Amount: string; Currency: string };
}

export interface AccountPaymentOrder extends PaymentOrderRecord {
  lastPayment: LastOrderPayment | null;
}

export interface AccountOrdersQuery {
  kind: PaymentOrderKind;
  customerId: string;
  /** The debtor accounts to list the orders of (the accounts a consent shares). */
  accountIds: readonly string[];
  /** Only orders in these statuses; all when absent. */
  statuses?: readonly PaymentOrderStatus[];
  /** Keyset page: the orders after this id. */
  afterId?: string;
  limit: number;
}

/**
 * The customer's orders of one kind paying from these accounts, in id order, each with its latest
 * paid instalment (account information: the customer's scheduled payments and standing orders).
 * The customer is the one whose consent made the order, so another customer's order never shows,
 * whichever account it names.
 */
export async function listAccountPaymentOrders(
  db: Knex,
  query: AccountOrdersQuery,
): Promise<AccountPaymentOrder[]> {
  if (query.accountIds.length === 0) return [];
  const { rows } = await db.raw<{ rows: AccountPaymentOrder[] }>(
    `SELECT ${COLUMNS}, (SELECT json_build_object('madeAt', p.created_at, 'amount', p.initiation->'InstructedAmount')
         FROM openbanking.payments p WHERE p.order_id = o.id AND p.status <> 'Rejected'
         ORDER BY p.execution_date DESC LIMIT 1) AS "lastPayment"
     FROM openbanking.payment_orders o
     WHERE o.kind = ? AND ${OF_CUSTOMER} AND o.debtor_account_id = ANY(?::text[])
       AND (?::text[] IS NULL OR o.status = ANY(?::text[])) AND (?::text IS NULL OR o.id > ?)
     ORDER BY o.id LIMIT ?`,
    [
      query.kind,
      query.customerId,
      [...query.accountIds],
      query.statuses ? [...query.statuses] : null,
      query.statuses ? [...query.statuses] : null,
      query.afterId ?? null,
      query.afterId ?? null,
      query.limit,
    ],
  );
  // json_build_object writes the timestamp as text.
  return rows.map((row) => ({
    ...row,
    lastPayment: row.lastPayment && {
      ...row.lastPayment,
      madeAt: new Date(row.lastPayment.madeAt),
    },
  }));
}

/** A customer's dashboard lists at most this many running orders, the next due first. */
const CUSTOMER_PAYMENT_ORDERS_MAX = 200;

/**
 * The customer's orders that will still pay: scheduled payments not yet made, standing orders
 * with instalments to come (the ones the customer can cancel), the next due first.
 */
export async function listCustomerPaymentOrders(
  db: Knex,
  customerId: string,
): Promise<PaymentOrderRecord[]> {
  const { rows } = await db.raw<{ rows: PaymentOrderRecord[] }>(
    `SELECT ${COLUMNS} FROM openbanking.payment_orders
     WHERE ${OF_CUSTOMER} AND next_due_at IS NOT NULL ORDER BY next_due_at, id LIMIT ?`,
    [customerId, CUSTOMER_PAYMENT_ORDERS_MAX],
  );
  return rows;
}

/** The customer's order; another customer's is not found. */
export async function findCustomerPaymentOrder(
  db: Knex,
  id: string,
  customerId: string,
): Promise<PaymentOrderRecord | undefined> {
  const { rows } = await db.raw<{ rows: PaymentOrderRecord[] }>(
    `SELECT ${COLUMNS} FROM openbanking.payment_orders WHERE id = ? AND ${OF_CUSTOMER}`,
    [id, customerId],
  );
  return rows[0];
}

/** Why the customer cannot cancel an order. */
export type CancelRefusal = 'not-found' | 'already-cancelled' | 'finished';

/**
 * What stands in the way of cancelling the customer's order (undefined: nothing, it will still
 * pay): not found (or another customer's), cancelled already, or done paying (or failed).
 */
export function cancelRefusal(
  order: Pick<PaymentOrderRecord, 'status' | 'nextDueAt'> | undefined,
): CancelRefusal | undefined {
  if (!order) return 'not-found';
  if (order.status === 'Cancelled') return 'already-cancelled';
  const paying = order.status === 'InitiationPending' || order.status === 'InitiationCompleted';
  return paying && order.nextDueAt !== null ? undefined : 'finished';
}

export type CancelOutcome =
  | { readonly cancelled: PaymentOrderRecord }
  | { readonly refused: CancelRefusal };

/**
 * The customer cancels their order (UK Open Banking gives the TPP no cancel; the customer asks
 * the bank): Cancelled, with no due time, and the TPP's resource-update event, in one
 * transaction. One UPDATE guarded on the order still paying and being the customer's: it waits
 * for an instalment being executed (the job holds the row) and then sees the order as that
 * instalment left it, so that instalment is paid and no later one, or a scheduled payment just
 * made is finished and refused; an execution run after it finds nothing due.
 */
export async function cancelCustomerPaymentOrder(
  knex: Knex,
  id: string,
  customerId: string,
): Promise<CancelOutcome> {
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: PaymentOrderRecord[] }>(
      `UPDATE openbanking.payment_orders
       SET status = 'Cancelled', status_updated_at = now(), next_due_at = NULL
       WHERE id = ? AND ${OF_CUSTOMER}
         AND status IN ('InitiationPending', 'InitiationCompleted') AND next_due_at IS NOT NULL
       RETURNING ${COLUMNS}`,
      [id, customerId],
    );
    const cancelled = rows[0];
    if (cancelled) {
      await raiseEvents(trx, { paymentOrders: [id] });
      return { cancelled };
    }
    const refused = cancelRefusal(await findCustomerPaymentOrder(trx, id, customerId));
    // The UPDATE's guard is this function's: it cannot find the order cancellable.
    if (!refused) throw new Error(`payment order ${id} was not cancelled though it can be`);
    return { refused };
  });
}
