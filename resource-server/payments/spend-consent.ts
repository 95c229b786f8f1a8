import { isDeepStrictEqual } from 'node:util';
import type { Knex } from 'knex';
import {
  type ConsumedPaymentConsent,
  consumePaymentConsent,
  type JsonRecord,
  type SingleUsePaymentKind,
} from '../../openbanking/index.ts';
import {
  ResourceConsentMismatch,
  ResourceInvalidConsentStatus,
  ResourceNotFound,
} from '../errors.ts';

/** A submission of a single-use payment consent: what it claims the customer authorised. */
export interface ConsentSpending {
  kind: SingleUsePaymentKind;
  consentId: string;
  clientId: string;
  initiation: JsonRecord;
  risk: JsonRecord;
}

/**
 * Consumes the consent in the submission's transaction if it is this client's Authorised,
 * unexpired consent of the kind, and the submission repeats exactly the Initiation the customer
 * authorised and the Risk sent with it; otherwise says why not (a second submission on it waits
 * on the row lock, then finds it Consumed). A refusal rolls the consumption back with the rest.
 */
export async function spendPaymentConsent<Initiation>(
  trx: Knex.Transaction,
  spending: ConsentSpending,
): Promise<ConsumedPaymentConsent<Initiation>> {
  const outcome = await consumePaymentConsent<Initiation>(
    trx,
    spending.consentId,
    spending.clientId,
    spending.kind,
  );
  if (!('consumed' in outcome)) {
    if (!outcome.found)
      throw new ResourceNotFound(`${spending.kind.replaceAll('-', ' ')} consent`, 'Data.ConsentId');
    if (outcome.status === 'Consumed')
      throw new ResourceInvalidConsentStatus('the consent has already been used for a payment');
    if (outcome.status === 'Authorised' && outcome.expired)
      throw new ResourceInvalidConsentStatus('the consent has expired');
    throw new ResourceInvalidConsentStatus(`the consent is ${outcome.status}, not Authorised`);
  }
  if (!isDeepStrictEqual(spending.initiation, outcome.consumed.initiation)) {
    throw new ResourceConsentMismatch(
      'the Initiation differs from the one the customer authorised in the consent',
      'Data.Initiation',
    );
  }
  if (!isDeepStrictEqual(spending.risk, outcome.consumed.risk)) {
    throw new ResourceConsentMismatch(
      'the Risk differs from the one sent with the consent',
      'Risk',
    );
  }
  return outcome.consumed;
}
