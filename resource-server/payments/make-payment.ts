import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { enqueueHeldSettlement, enqueueSettlement } from '../../events/index.ts';
import {
  OUTBOUND_PAYMENT_ACCOUNTS,
  clearingAccountFor,
  completeIdempotentOperation,
  parseAmount,
  postTransfer,
  type IdempotencyHandle,
  type JsonObject,
} from '../../ledger/index.ts';
import { meterRequest } from '../../metering/index.ts';
import { countPayments } from '../../observability/index.ts';
import {
  insertPayment,
  insertRejectedPayment,
  perPaymentBreach,
  postedPaymentBreach,
  raiseEvents,
  type LimitBreach,
  type PaymentKind,
  type PaymentRecord,
  type PaymentStatus,
} from '../../openbanking/index.ts';
import type { ApiDeps } from '../api.ts';
import {
  DailyLimitExceeded,
  PaymentLimitExceeded,
  UnsupportedCurrency,
  VelocityLimitExceeded,
} from '../errors.ts';
import { inClaimedTransaction, type PaymentClaim } from './claimed-request.ts';
import type { DomesticInitiation } from './domestic-payment.ts';

/** The money has left the debtor's account; settlement with the scheme follows (events/). */
const PAYMENT_STATUS_AT_SUBMISSION = 'AcceptedSettlementInProcess';

export type { PaymentClaim } from './claimed-request.ts';

/** What a payment API found the request may pay, after its own checks against its consent. */
export interface PaymentToMake {
  kind: PaymentKind;
  consentId: string;
  debtorAccountId: string;
  /**
   * What moves and is settled: amount, creditor, identifications, remittance (a domestic
   * payment's Initiation, a VRP's Instruction), stored as the payment's `initiation`.
   */
  initiation: DomesticInitiation;
  /** The payment's own Risk, where the API gives each payment one (VRP). */
  risk?: JsonObject;
  /** The JSON path of the amount in the request, for the refusals about it. */
  amountPath: string;
  /** The submission changed the consent's status (a single-use consent is now Consumed). */
  consentChanged: boolean;
  /** The API's response body for the payment as written. */
  response(row: PaymentRecord): object;
}

/**
 * A payment request in one SQL transaction, so it happens exactly once or not at all; returns the
 * response body as JSON text. Claims the idempotency key (a concurrent twin waits on it, then
 * replays), lets `prepare` lock and check the consent (its row lock serialises payments on it),
 * then writes the payment, stores the response for retries, debits the customer and credits one
 * of the outbound clearing sub-accounts (the ledger locks accounts in id order), and asks for
 * settlement. Any refusal rolls all of it back.
 */
export async function submitPayment(
  deps: Pick<ApiDeps, 'knex' | 'paymentLimits' | 'screening'>,
  claim: PaymentClaim,
  prepare: (trx: Knex.Transaction) => Promise<PaymentToMake>,
): Promise<string> {
  let made: PaymentStatus | undefined;
  const response = await inClaimedTransaction(deps.knex, claim, async (trx, handle) => {
    const payment = await prepare(trx);
    const outcome = await makePayment(trx, deps, claim.clientId, payment, handle);
    made = outcome.status;
    return outcome.response;
  });
  // Counted once committed: a replay or a rolled-back attempt made no payment.
  if (made) countPayments(made);
  return response;
}

async function makePayment(
  trx: Knex.Transaction,
  deps: Pick<ApiDeps, 'paymentLimits' | 'screening'>,
  clientId: string,
  payment: PaymentToMake,
  handle: IdempotencyHandle,
): Promise<{ status: PaymentStatus; response: string }> {
  const { initiation, amountPath } = payment;
  const { Amount, Currency } = initiation.InstructedAmount;
  const amountMinor = parseAmount(Amount, Currency);
  const accounts = OUTBOUND_PAYMENT_ACCOUNTS[Currency];
  if (!accounts)
    throw new UnsupportedCurrency(
      `payments in ${Currency} are not supported from this account`,
      `${amountPath}.Currency`,
    );
  const overSingle = perPaymentBreach(deps.paymentLimits, amountMinor, Currency);
  if (overSingle) throw limitRefusal(overSingle, Currency, amountPath);
  const written = {
    kind: payment.kind,
    consentId: payment.consentId,
    clientId,
    initiation,
    risk: payment.risk,
    debtorAccountId: payment.debtorAccountId,
  };
  const screening = deps.screening(initiation);
  if (screening.outcome === 'reject') {
    // Answered (and replayed) as Rejected; it spends the consent as any submission does and
    // moves no money, so it has no ledger transfer to settle.
    const row = await insertRejectedPayment(trx, { id: randomUUID(), ...written });
    const response = JSON.stringify(payment.response(row));
    await completeIdempotentOperation(trx, handle, response);
    if (payment.consentChanged) await raiseEvents(trx, { consents: [payment.consentId] });
    await meterRequest(trx, clientId, 'pisp');
    return { status: 'Rejected', response };
  }
  // The payment and its stored response are written before the transfer they name (the foreign
  // key is checked at commit): the transfer locks the debtor and a clearing sub-account, and
  // only the money movement and the settlement request need to run under those locks.
  const paymentId = randomUUID();
  const transferId = randomUUID();
  const row = await insertPayment(trx, {
    id: paymentId,
    ...written,
    status: PAYMENT_STATUS_AT_SUBMISSION,
    ledgerTransferId: transferId,
    holdSeconds: screening.outcome === 'hold' ? screening.seconds : null,
  });
  const response = JSON.stringify(payment.response(row));
  await completeIdempotentOperation(trx, handle, response);
  // The consent's status changed: the TPP's event, before the clearing account is locked.
  if (payment.consentChanged) await raiseEvents(trx, { consents: [payment.consentId] });

  await postTransfer(trx, {
    kind: 'domestic-payment',
    transferId,
    reference: initiation.RemittanceInformation?.Reference ?? initiation.EndToEndIdentification,
    entries: [
      { accountId: payment.debtorAccountId, currency: Currency, amountMinor: -amountMinor },
      { accountId: clearingAccountFor(accounts, paymentId), currency: Currency, amountMinor },
    ],
    metadata: {
      counterparty: {
        name: initiation.CreditorAccount.Name ?? initiation.CreditorAccount.Identification,
      },
      consentId: payment.consentId,
    },
  });
  // After posting: the debtor's row lock keeps its other payments out until this commits, and
  // the usage read now counts every payment before this one (ledger/outgoing-payments.ts).
  const breach = await postedPaymentBreach(trx, deps.paymentLimits, {
    accountId: payment.debtorAccountId,
    amountMinor,
    currency: Currency,
  });
  if (breach) throw limitRefusal(breach, Currency, amountPath);
  if (screening.outcome === 'hold')
    await enqueueHeldSettlement(trx, Currency, paymentId, screening.seconds);
  else await enqueueSettlement(trx, Currency);
  await meterRequest(trx, clientId, 'pisp');
  return { status: PAYMENT_STATUS_AT_SUBMISSION, response };
}

function limitRefusal(
  breach: LimitBreach,
  currency: string,
  amountPath: string,
): PaymentLimitExceeded | DailyLimitExceeded | VelocityLimitExceeded {
  if (breach.rule === 'per-payment')
    return new PaymentLimitExceeded(breach.limit, currency, `${amountPath}.Amount`);
  if (breach.rule === 'per-day')
    return new DailyLimitExceeded(breach.limit, currency, `${amountPath}.Amount`);
  return new VelocityLimitExceeded(breach.payments, breach.windowSeconds);
}
