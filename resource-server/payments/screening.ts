import type { DomesticInitiation } from './domestic-payment.ts';

/**
 * The bank's screening of a payment before money moves (fraud, sanctions, scheme checks): the seam
 * where a bank plugs its own. It accepts the payment, holds its settlement for a while (the money
 * has left the account; the payment stays AcceptedSettlementInProcess until then), or rejects it
 * (the payment is answered Rejected and no money moves). The sandbox's screening answers documented
 * references (sandbox/magic-values.ts); a bank without one accepts every payment.
 */
export type ScreeningDecision =
  | { readonly outcome: 'accept' }
  | { readonly outcome: 'hold'; readonly seconds: number }
  | { readonly outcome: 'reject' };

export type PaymentScreening = (initiation: DomesticInitiation) => ScreeningDecision;

export const ACCEPT_EVERY_PAYMENT: PaymentScreening = () => ({ outcome: 'accept' });
