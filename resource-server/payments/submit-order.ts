import { randomUUID } from 'node:crypto';
import { enqueueOrderExecution } from '../../events/index.ts';
import { completeIdempotentOperation, type JsonObject } from '../../ledger/index.ts';
import { meterRequest } from '../../metering/index.ts';
import {
  bankDate,
  instalment,
  insertPaymentOrder,
  type JsonRecord,
  type PaymentOrderKind,
  type PaymentOrderRecord,
  raiseEvents,
  type ScheduledInitiation,
  type StandingOrderInitiation,
} from '../../openbanking/index.ts';
import type { ApiDeps } from '../api.ts';
import { FieldInvalidDate } from '../errors.ts';
import { type ClaimedSubmission, claimOf, inClaimedTransaction } from './claimed-request.ts';
import { refundAccount } from './debtor-account.ts';
import { spendPaymentConsent } from './spend-consent.ts';

export interface OrderSubmission extends ClaimedSubmission {
  kind: PaymentOrderKind;
  initiation: JsonRecord;
  risk: JsonRecord;
}

/** Where the first payment's date is in the request, for the refusal about it. */
const FIRST_DATE_PATH: Record<PaymentOrderKind, string> = {
  'domestic-scheduled-payment': 'Data.Initiation.RequestedExecutionDateTime',
  'domestic-standing-order': 'Data.Initiation.FirstPaymentDateTime',
};

/**
 * Makes a scheduled payment or standing order in one SQL transaction, exactly once: claims the
 * idempotency key (a retry replays the first answer), consumes the consent for exactly what the
 * customer authorised, writes the order InitiationPending with its first instalment's due time,
 * stores the response, raises the consent's event, and asks for an execution run at that time.
 * No money moves now: the execution job pays each instalment on its date. Returns the response
 * body as JSON text.
 */
export async function submitPaymentOrder(
  deps: Pick<ApiDeps, 'knex'>,
  submission: OrderSubmission,
  response: (order: PaymentOrderRecord, refund: JsonObject | undefined) => JsonObject,
): Promise<string> {
  const claim = claimOf(submission.kind, submission);
  return inClaimedTransaction(deps.knex, claim, async (trx, handle) => {
    const consent = await spendPaymentConsent(trx, submission);
    const first = instalment(
      submission.kind,
      submission.initiation as unknown as ScheduledInitiation & StandingOrderInitiation,
      1,
    );
    if (!first) throw new Error(`a ${submission.kind} initiation without a first payment`);
    // Due earlier today: paid at once. A day already gone cannot be paid on its date.
    if (first.executionDate < bankDate(new Date())) {
      throw new FieldInvalidDate(
        'the first payment was due on a day that has passed; ask the customer for a new consent',
        FIRST_DATE_PATH[submission.kind],
      );
    }
    const order = await insertPaymentOrder(trx, {
      id: randomUUID(),
      kind: submission.kind,
      consentId: submission.consentId,
      clientId: submission.clientId,
      initiation: submission.initiation,
      debtorAccountId: consent.debtor_account_id,
      firstDueAt: first.dueAt,
    });
    const refund = await refundAccount(trx, consent.read_refund_account, consent.debtor_account_id);
    const body = JSON.stringify(response(order, refund));
    await completeIdempotentOperation(trx, handle, body);
    await raiseEvents(trx, { consents: [submission.consentId] });
    await enqueueOrderExecution(trx, order.id, first.dueAt);
    await meterRequest(trx, submission.clientId, 'pisp');
    return body;
  });
}
