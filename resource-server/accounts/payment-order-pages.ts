import type { Knex } from 'knex';
import {
  type AccountPaymentOrder,
  listAccountPaymentOrders,
  type PaymentOrderKind,
  type PaymentOrderStatus,
} from '../../openbanking/index.ts';
import { FieldInvalid } from '../errors.ts';
import { QUERY_PAGE } from './transaction-query.ts';

/** Scheduled payments or standing orders per response; more come through Links.Next. */
export const PAYMENT_ORDERS_PAGE_SIZE = 100;

/** A page cursor is the last order id of the page before (ids are UUIDs). */
const ORDER_ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

/**
 * What the account information API lists of each kind: the scheduled payments the bank has still
 * to make (a made, failed or cancelled one is a transaction or nothing), and every standing order,
 * Active or Inactive.
 */
const LISTED: Readonly<Record<PaymentOrderKind, readonly PaymentOrderStatus[] | undefined>> = {
  'domestic-scheduled-payment': ['InitiationPending'],
  'domestic-standing-order': undefined,
};

/** The `page` query parameter: the cursor of Links.Next, or undefined for the first page. */
export function orderPageCursor(query: Record<string, string | string[] | undefined>) {
  const page = query[QUERY_PAGE];
  if (page === undefined) return undefined;
  if (typeof page !== 'string' || !ORDER_ID.test(page))
    throw new FieldInvalid(`${QUERY_PAGE} must be a cursor from Links.Next`, QUERY_PAGE);
  return page;
}

export interface OrderPage {
  orders: AccountPaymentOrder[];
  /** The cursor of the next page, when there are more. */
  next: string | undefined;
}

/** One page of the customer's orders of `kind` paying from `accountIds`, after `cursor`. */
export async function paymentOrderPage(
  knex: Knex,
  kind: PaymentOrderKind,
  customerId: string,
  accountIds: readonly string[],
  cursor: string | undefined,
): Promise<OrderPage> {
  const statuses = LISTED[kind];
  const read = await listAccountPaymentOrders(knex, {
    kind,
    customerId,
    accountIds,
    ...(statuses && { statuses }),
    ...(cursor !== undefined && { afterId: cursor }),
    // One more than a page: whether a Next link is due.
    limit: PAYMENT_ORDERS_PAGE_SIZE + 1,
  });
  const orders = read.slice(0, PAYMENT_ORDERS_PAGE_SIZE);
  return {
    orders,
    next: read.length > PAYMENT_ORDERS_PAGE_SIZE ? orders.at(-1)?.id : undefined,
  };
}
