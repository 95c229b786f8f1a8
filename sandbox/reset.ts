import type { Knex } from 'knex';
import { revokeGrantTokens, unlockCustomer } from '../authz/index.ts';
import {
  cancelCustomerPaymentOrder,
  listCustomerPaymentOrders,
  revokeCustomerConsents,
} from '../openbanking/index.ts';
import {
  CONFORMANCE_CUSTOMER,
  restoreSeedBalances,
  SANDBOX_CUSTOMERS,
  type RestoredBalance,
} from '../db/seeds/index.ts';

export interface SandboxReset {
  /** Accounts brought back to their seeded balance, and how. */
  readonly balances: readonly RestoredBalance[];
  /** Account-access and funds-confirmation consents revoked (the TPPs get the event). */
  readonly consentsRevoked: number;
  /** Scheduled payments and standing orders that would still have paid, cancelled (with events). */
  readonly ordersCancelled: number;
}

/**
 * The sandbox customers as the seed made them: balances back to the seed's (balanced transfers
 * against the bank's funding account; the ledger keeps its history), every consent they gave
 * revoked with its tokens, every scheduled payment and standing order that would still pay
 * cancelled (as the customer cancels one), sign-in unlocked. Payments already made stay as the
 * TPPs' records (one in process still settles); so do the TPPs' registrations and intents.
 */
export async function resetSandbox(
  knex: Knex,
  options: { conformanceCustomer?: boolean } = {},
): Promise<SandboxReset> {
  const customers = options.conformanceCustomer
    ? [...SANDBOX_CUSTOMERS, CONFORMANCE_CUSTOMER]
    : SANDBOX_CUSTOMERS;
  let consentsRevoked = 0;
  let ordersCancelled = 0;
  for (const customer of customers) {
    consentsRevoked += await revokeCustomerConsents(knex, customer.id, revokeGrantTokens);
    // Cancelled before the balances are restored, so no instalment pays out of the seed's money;
    // the list is a page of the running ones, so again until none is left.
    for (;;) {
      const orders = await listCustomerPaymentOrders(knex, customer.id);
      let cancelled = 0;
      for (const order of orders) {
        const outcome = await cancelCustomerPaymentOrder(knex, order.id, customer.id);
        if ('cancelled' in outcome) cancelled += 1;
      }
      ordersCancelled += cancelled;
      // Refused ones finished meanwhile and are gone from the list; nothing cancelled: none left.
      if (cancelled === 0) break;
    }
    await unlockCustomer(knex, customer.id);
  }
  const balances = await restoreSeedBalances(knex, options);
  return { balances, consentsRevoked, ordersCancelled };
}
