import { randomUUID } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import type { Knex } from 'knex';
import {
  OUTBOUND_PAYMENT_ACCOUNTS,
  clearingAccountFor,
  completeIdempotentOperation,
  parseAmount,
  postTransfer,
  type IdempotencyHandle,
} from '../../ledger/index.ts';
import { enqueueHeldSettlement, enqueueSettlement } from '../../events/index.ts';
import { meterRequest } from '../../metering/index.ts';
import { countPayments } from '../../observability/index.ts';
import {
  consumePaymentConsent,
  insertPayment,
  insertRejectedPayment,
  perPaymentBreach,
  postedPaymentBreach,
  raiseEvents,
  type ConsumedPaymentConsent,
  type LimitBreach,
  type PaymentStatus,
} from '../../openbanking/index.ts';
import type { ApiDeps } from '../api.ts';
import { beginIdempotentText } from '../consents/idempotency-key.ts';
import {
  DailyLimitExceeded,
  PaymentLimitExceeded,
  ResourceConsentMismatch,
  ResourceInvalidConsentStatus,
  ResourceNotFound,
  UnsupportedCurrency,
  VelocityLimitExceeded,
} from '../errors.ts';
import {
  domesticPaymentResponse,
  type DomesticInitiation,
  type DomesticPaymentRequest,
} from './domestic-payment.ts';

/** The idempotency operation name: keys of other operations never collide with a payment's. */
const OPERATION = 'domestic-payment';
/** The money has left the debtor's account; settlement with the scheme follows (events/). */
const PAYMENT_STATUS_AT_SUBMISSION = 'AcceptedSettlementInProcess';

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
 * Makes the payment in one SQL transaction, so it happens exactly once or not at all, and returns
 * the response body as JSON text: claim the idempotency key (a concurrent twin waits on it, then
 * replays), consume the consent (a second
 * payment on it waits on the row lock, then finds it Consumed), write the payment, store the
 * response for retries, debit the customer and credit one of the outbound clearing sub-accounts
 * (the ledger locks accounts in id order), ask for settlement. Any refusal rolls all of it back.
 */
export async function submitDomesticPayment(
  deps: Pick<ApiDeps, 'knex' | 'tppBaseUrl' | 'paymentLimits' | 'screening'>,
  submission: PaymentSubmission,
): Promise<string> {
  let made: PaymentStatus | undefined;
  const response = await deps.knex.transaction(async (trx) => {
    const start = await beginIdempotentText(trx, {
      clientId: submission.clientId,
      operation: OPERATION,
      key: submission.idempotencyKey,
      body: submission.rawBody,
    });
    // Counted with the payment (metering/): a replay counts, a refusal rolls its count back too.
    // Last in the transaction: the TPP's usage row is locked only until the commit.
    if (start.state === 'replayed') {
      await meterRequest(trx, submission.clientId, 'pisp');
      return start.response;
    }

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

    const { Amount, Currency } = initiation.InstructedAmount;
    const amountMinor = parseAmount(Amount, Currency);
    const accounts = OUTBOUND_PAYMENT_ACCOUNTS[Currency];
    if (!accounts) throw unsupportedCurrency(Currency);
    const overSingle = perPaymentBreach(deps.paymentLimits, amountMinor, Currency);
    if (overSingle) throw limitRefusal(overSingle, Currency);
    const screening = deps.screening(initiation);
    if (screening.outcome === 'reject') {
      made = 'Rejected';
      return rejectedPayment(trx, deps, submission, consent, start.handle);
    }
    // The payment and its stored response are written before the transfer they name (the foreign
    // key is checked at commit): the transfer locks the debtor and a clearing sub-account, and
    // only the money movement and the settlement request need to run under those locks.
    const paymentId = randomUUID();
    const transferId = randomUUID();
    const row = await insertPayment(trx, {
      id: paymentId,
      consentId: submission.consentId,
      clientId: submission.clientId,
      status: PAYMENT_STATUS_AT_SUBMISSION,
      initiation,
      debtorAccountId: consent.debtor_account_id,
      ledgerTransferId: transferId,
      holdSeconds: screening.outcome === 'hold' ? screening.seconds : null,
    });
    const response = JSON.stringify(domesticPaymentResponse(deps, row));
    await completeIdempotentOperation(trx, start.handle, response);
    // The consent is Consumed: the TPP's event, before the clearing account is locked.
    await raiseEvents(trx, { consents: [submission.consentId] });

    await postTransfer(trx, {
      kind: 'domestic-payment',
      transferId,
      reference: initiation.RemittanceInformation?.Reference ?? initiation.EndToEndIdentification,
      entries: [
        { accountId: consent.debtor_account_id, currency: Currency, amountMinor: -amountMinor },
        { accountId: clearingAccountFor(accounts, paymentId), currency: Currency, amountMinor },
      ],
      metadata: {
        counterparty: {
          name: initiation.CreditorAccount.Name ?? initiation.CreditorAccount.Identification,
        },
        consentId: submission.consentId,
      },
    });
    // After posting: the debtor's row lock keeps its other payments out until this commits, and
    // the usage read now counts every payment before this one (ledger/outgoing-payments.ts).
    const breach = await postedPaymentBreach(trx, deps.paymentLimits, {
      accountId: consent.debtor_account_id,
      amountMinor,
      currency: Currency,
    });
    if (breach) throw limitRefusal(breach, Currency);
    if (screening.outcome === 'hold')
      await enqueueHeldSettlement(trx, Currency, paymentId, screening.seconds);
    else await enqueueSettlement(trx, Currency);
    await meterRequest(trx, submission.clientId, 'pisp');
    made = PAYMENT_STATUS_AT_SUBMISSION;
    return response;
  });
  // Counted once committed: a replay or a rolled-back attempt made no payment.
  if (made) countPayments(made);
  return response;
}

/**
 * A payment the bank's screening rejected: it is answered (and replayed) as Rejected, consumes the
 * consent as any submission does, and moves no money, so it has no ledger transfer to settle.
 */
async function rejectedPayment(
  trx: Knex.Transaction,
  deps: Pick<ApiDeps, 'tppBaseUrl'>,
  submission: PaymentSubmission,
  consent: ConsumedConsent,
  handle: IdempotencyHandle,
): Promise<string> {
  const row = await insertRejectedPayment(trx, {
    id: randomUUID(),
    consentId: submission.consentId,
    clientId: submission.clientId,
    initiation: submission.request.Data.Initiation,
    debtorAccountId: consent.debtor_account_id,
  });
  const response = JSON.stringify(domesticPaymentResponse(deps, row));
  await completeIdempotentOperation(trx, handle, response);
  await raiseEvents(trx, { consents: [submission.consentId] });
  await meterRequest(trx, submission.clientId, 'pisp');
  return response;
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

function unsupportedCurrency(currency: string): UnsupportedCurrency {
  return new UnsupportedCurrency(
    `payments in ${currency} are not supported from this account`,
    'Data.Initiation.InstructedAmount.Currency',
  );
}

function limitRefusal(
  breach: LimitBreach,
  currency: string,
): PaymentLimitExceeded | DailyLimitExceeded | VelocityLimitExceeded {
  if (breach.rule === 'per-payment') return new PaymentLimitExceeded(breach.limit, currency);
  if (breach.rule === 'per-day') return new DailyLimitExceeded(breach.limit, currency);
  return new VelocityLimitExceeded(breach.payments, breach.windowSeconds);
}
