import type { ExecutionInstruction } from './payment-schedule.ts';

/**
 * The bank's screening of a payment before money moves (fraud, sanctions, scheme checks): the seam
 * where a bank plugs its own. Every payment passes it, whoever starts it: a TPP's domestic payment
 * or VRP (the resource server) and each instalment of a scheduled payment or standing order (the
 * execution job). It accepts the payment, holds its settlement for a while (the money has left the
 * account; the payment stays AcceptedSettlementInProcess until then), or rejects it (the payment
 * is Rejected and no money moves). The sandbox's screening answers documented references
 * (sandbox/magic-values.ts); a bank without one accepts every payment.
 */
export type ScreeningDecision =
  | { readonly outcome: 'accept' }
  | { readonly outcome: 'hold'; readonly seconds: number }
  | { readonly outcome: 'reject' };

/** Decides on what the payment moves, in a domestic payment's Initiation shape. */
export type PaymentScreening = (instruction: ExecutionInstruction) => ScreeningDecision;

export const ACCEPT_EVERY_PAYMENT: PaymentScreening = () => ({ outcome: 'accept' });
