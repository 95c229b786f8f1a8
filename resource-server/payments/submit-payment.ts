import { isDeepStrictEqual } from 'node:util';
import type { Knex } from 'knex';
import { consumePaymentConsent, type ConsumedPaymentConsent } from '../../openbanking/index.ts';
import type { ApiDeps } from '../api.ts';
import {
  ResourceConsentMismatch,
  ResourceInvalidConsentStatus,
  ResourceNotFound,
} from '../errors.ts';
import { PAYMENT_AMOUNT_PATH } from '../ledger-refusals.ts';
import {
  domesticPaymentResponse,
  type DomesticInitiation,
  type DomesticPaymentRequest,
} from './domestic-payment.ts';
import { submitPayment } from './make-payment.ts';

/** The idempotency operation name: keys of other operations never collide with a payment's. */
const OPERATION = 'domestic-payment';

export interface PaymentSubmission {
  clientId: string;
  /** The consent the access token was issued for (checked against the body before this runs). */
  consentId: string;
  idempotencyKey: string;
  /** The body as received: "the same request" means the same bytes. */
  rawBody: Uint8Array;
  request: DomesticPaymentRequest;
}

type ConsumedConsent = ConsumedPaymentConsent<DomesticInitiation>;

/**
 * Makes the domestic payment once (make-payment.ts): consumes the consent (a second payment on it
 * waits on the row lock, then finds it Consumed) and pays exactly what the customer authorised in
 * it. Returns the response body as JSON text.
 */
export async function submitDomesticPayment(
  deps: Pick<ApiDeps, 'knex' | 'tppBaseUrl' | 'paymentLimits' | 'screening'>,
  submission: PaymentSubmission,
): Promise<string> {
  const claim = {
    clientId: submission.clientId,
    operation: OPERATION,
    idempotencyKey: submission.idempotencyKey,
    rawBody: submission.rawBody,
  };
  return submitPayment(deps, claim, async (trx) => {
    const consent = await consumeConsent(trx, submission);
    const { Initiation: initiation } = submission.request.Data;
    if (!isDeepStrictEqual(initiation, consent.initiation)) {
      throw new ResourceConsentMismatch(
        'the Initiation differs from the one the customer authorised in the consent',
        'Data.Initiation',
      );
    }
    if (!isDeepStrictEqual(submission.request.Risk, consent.risk)) {
      throw new ResourceConsentMismatch(
        'the Risk differs from the one sent with the consent',
        'Risk',
      );
    }
    return {
      kind: 'domestic-payment',
      consentId: submission.consentId,
      debtorAccountId: consent.debtor_account_id,
      initiation,
      amountPath: PAYMENT_AMOUNT_PATH,
      consentChanged: true,
      response: (row) => domesticPaymentResponse(deps, row),
    };
  });
}

/**
 * Marks the consent Consumed if it is this client's Authorised, unexpired payment consent; the
 * row lock this takes serialises payments on one consent. Otherwise says why it cannot pay.
 */
async function consumeConsent(
  trx: Knex.Transaction,
  submission: PaymentSubmission,
): Promise<ConsumedConsent> {
  const outcome = await consumePaymentConsent<DomesticInitiation>(
    trx,
    submission.consentId,
    submission.clientId,
  );
  if ('consumed' in outcome) return outcome.consumed;
  if (!outcome.found) throw new ResourceNotFound('domestic payment consent', 'Data.ConsentId');
  if (outcome.status === 'Consumed')
    throw new ResourceInvalidConsentStatus('the consent has already been used for a payment');
  if (outcome.status === 'Authorised' && outcome.expired)
    throw new ResourceInvalidConsentStatus('the consent has expired');
  throw new ResourceInvalidConsentStatus(`the consent is ${outcome.status}, not Authorised`);
}
