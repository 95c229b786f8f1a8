import { outgoingPayments, parseAmount, type Db, type OutgoingPayments } from '../ledger/index.ts';

/**
 * The bank's payment limits, counted per customer account (platform/config.ts PAYMENT_LIMITS).
 * Amounts are decimal strings in the payment's currency; an absent limit is off.
 */
export interface PaymentLimits {
  perPayment: string | undefined;
  perDay: string | undefined;
  /** At most `payments` payments from an account in any `windowSeconds`. */
  velocity: { payments: number; windowSeconds: number } | undefined;
}

export type LimitBreach =
  | { rule: 'per-payment'; limit: string }
  | { rule: 'per-day'; limit: string }
  | { rule: 'velocity'; payments: number; windowSeconds: number };

/** The per-payment limit alone: known from the amount, before any account is read. */
export function perPaymentBreach(
  limits: PaymentLimits,
  amountMinor: bigint,
  currency: string,
): LimitBreach | undefined {
  if (limits.perPayment !== undefined && amountMinor > parseAmount(limits.perPayment, currency))
    return { rule: 'per-payment', limit: limits.perPayment };
  return undefined;
}

/**
 * The first limit this payment would break, given what its account paid out before it: the
 * per-payment limit, then the day's total (UK day), then the number of payments in the window.
 */
export function limitBreach(
  limits: PaymentLimits,
  amountMinor: bigint,
  currency: string,
  before: OutgoingPayments,
): LimitBreach | undefined {
  const single = perPaymentBreach(limits, amountMinor, currency);
  if (single) return single;
  if (
    limits.perDay !== undefined &&
    before.todayMinor + amountMinor > parseAmount(limits.perDay, currency)
  )
    return { rule: 'per-day', limit: limits.perDay };
  if (limits.velocity && before.recentCount + 1 > limits.velocity.payments)
    return { rule: 'velocity', ...limits.velocity };
  return undefined;
}

/**
 * What each account paid out before now, for the limits (one statement; none when no limit counts
 * usage).
 */
export async function paymentsBefore(
  db: Db,
  limits: PaymentLimits,
  accountIds: readonly string[],
): Promise<Map<string, OutgoingPayments>> {
  if (limits.perDay === undefined && !limits.velocity) return new Map();
  return outgoingPayments(db, accountIds, limits.velocity?.windowSeconds ?? 0);
}

/**
 * The check of a payment already posted in this transaction: its account is locked and its own
 * debit is counted, so it is taken back out to see what was paid before it. The caller throws
 * on a breach, which rolls the payment back.
 */
export async function postedPaymentBreach(
  trx: Db,
  limits: PaymentLimits,
  payment: { accountId: string; amountMinor: bigint; currency: string },
): Promise<LimitBreach | undefined> {
  const usage = (await paymentsBefore(trx, limits, [payment.accountId])).get(payment.accountId);
  if (!usage) return perPaymentBreach(limits, payment.amountMinor, payment.currency);
  const before = {
    todayMinor: usage.todayMinor - payment.amountMinor,
    recentCount: usage.recentCount - 1,
  };
  return limitBreach(limits, payment.amountMinor, payment.currency, before);
}
