import type { PaymentScreening } from '../openbanking/index.ts';

/**
 * The sandbox's documented magic values: what a TPP puts in a payment's
 * `Initiation.RemittanceInformation.Reference` to get an outcome it must handle. Only with
 * SEED_SANDBOX: a bank's platform has no sandbox screening and no latency middleware, so there
 * these references are ordinary references. The README's "Sandbox" table lists them.
 */
export const MAGIC_REFERENCES = {
  /** The bank's screening rejects the payment: 201 with Status Rejected, no money moves. */
  reject: 'SANDBOX-REJECT',
  /**
   * Settlement waits SETTLEMENT_HOLD_SECONDS: AcceptedSettlementInProcess, then
   * AcceptedSettlementCompleted.
   */
  settleLater: 'SANDBOX-SETTLE-LATER',
  /**
   * Every answer about the payment (its intent, the payment, their reads) comes SLOW_ANSWER_MS
   * late.
   */
  slow: 'SANDBOX-SLOW',
} as const;

export const SETTLEMENT_HOLD_SECONDS = 10;
export const SLOW_ANSWER_MS = 3_000;

/** The reference a payment's initiation carries, if any. */
export function referenceOf(initiation: unknown): string | undefined {
  if (typeof initiation !== 'object' || initiation === null) return undefined;
  const remittance = (initiation as { RemittanceInformation?: unknown }).RemittanceInformation;
  if (typeof remittance !== 'object' || remittance === null) return undefined;
  const reference = (remittance as { Reference?: unknown }).Reference;
  return typeof reference === 'string' ? reference : undefined;
}

/**
 * The sandbox's screening: the real seam of the payment API, deciding by the documented references.
 */
export const sandboxScreening: PaymentScreening = (initiation) => {
  switch (referenceOf(initiation)) {
    case MAGIC_REFERENCES.reject:
      return { outcome: 'reject' };
    case MAGIC_REFERENCES.settleLater:
      return { outcome: 'hold', seconds: SETTLEMENT_HOLD_SECONDS };
    default:
      return { outcome: 'accept' };
  }
};
