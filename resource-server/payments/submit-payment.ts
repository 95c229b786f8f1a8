import type { ApiDeps } from '../api.ts';
import { PAYMENT_AMOUNT_PATH } from '../ledger-refusals.ts';
import {
  domesticPaymentResponse,
  type DomesticInitiation,
  type DomesticPaymentRequest,
} from './domestic-payment.ts';
import { type ClaimedSubmission, claimOf } from './claimed-request.ts';
import { refundAccount } from './debtor-account.ts';
import { submitPayment } from './make-payment.ts';
import { spendPaymentConsent } from './spend-consent.ts';

/** The idempotency operation name: keys of other operations never collide with a payment's. */
const OPERATION = 'domestic-payment';

export interface PaymentSubmission extends ClaimedSubmission {
  request: DomesticPaymentRequest;
}

/**
 * Makes the domestic payment once (make-payment.ts): consumes the consent (a second payment on it
 * waits on the row lock, then finds it Consumed) and pays exactly what the customer authorised in
 * it. Returns the response body as JSON text.
 */
export async function submitDomesticPayment(
  deps: Pick<ApiDeps, 'knex' | 'tppBaseUrl' | 'paymentLimits' | 'screening'>,
  submission: PaymentSubmission,
): Promise<string> {
  return submitPayment(deps, claimOf(OPERATION, submission), async (trx) => {
    const { Initiation: initiation } = submission.request.Data;
    const consent = await spendPaymentConsent<DomesticInitiation>(trx, {
      kind: 'domestic-payment',
      consentId: submission.consentId,
      clientId: submission.clientId,
      initiation,
      risk: submission.request.Risk,
    });
    const refund = await refundAccount(trx, consent.read_refund_account, consent.debtor_account_id);
    return {
      kind: 'domestic-payment',
      consentId: submission.consentId,
      debtorAccountId: consent.debtor_account_id,
      initiation,
      amountPath: PAYMENT_AMOUNT_PATH,
      consentChanged: true,
      response: (row) => domesticPaymentResponse(deps, row, refund),
    };
  });
}
