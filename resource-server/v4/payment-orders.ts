import type { PaymentOrderStatus } from '../../openbanking/index.ts';
import { consentOperations, refuseReservedMember, withPayment } from './consents.ts';
import type { ObBody, OperationMapping } from './mapping.ts';
import { paymentToModel, paymentToV4 } from './payment-parties.ts';
import { paymentDetailsResponse } from './payments.ts';

/**
 * Domestic scheduled payments on v4.0: the consent and the order are v3.1's with the Initiation
 * and Risk of a domestic payment (RequestedExecutionDateTime is written alike in both versions),
 * and the order's status as its ExternalPaymentTransactionStatus1Code. Standing orders are v3.1
 * only: v4.0 moves their schedule into MandateRelatedInformation, which has no mapping yet.
 */

/**
 * The order's status in v4.0: pending until its date (PDNG), executed and on its way to the
 * creditor (ACSP: its payment's own settlement is in payment-details), refused (RJCT) or
 * cancelled (CANC).
 */
export const ORDER_STATUS: Readonly<Record<PaymentOrderStatus, string>> = {
  InitiationPending: 'PDNG',
  InitiationCompleted: 'ACSP',
  InitiationFailed: 'RJCT',
  Cancelled: 'CANC',
};

const toModel = (body: ObBody) => withPayment(refuseReservedMember(body), paymentToModel);

function orderResponse(body: ObBody): ObBody {
  const mapped = withPayment(body, paymentToV4);
  const { Status } = body.Data as { Status: PaymentOrderStatus };
  return { ...mapped, Data: { ...mapped.Data, Status: ORDER_STATUS[Status] } };
}

export const scheduledPaymentOperations: readonly OperationMapping[] = [
  ...consentOperations('/pisp/domestic-scheduled-payment-consents', {
    request: toModel,
    response: (body) => withPayment(body, paymentToV4),
  }),
  { route: 'POST /pisp/domestic-scheduled-payments', request: toModel, response: orderResponse },
  {
    route: 'GET /pisp/domestic-scheduled-payments/:DomesticScheduledPaymentId',
    response: orderResponse,
  },
  {
    route: 'GET /pisp/domestic-scheduled-payments/:DomesticScheduledPaymentId/payment-details',
    response: paymentDetailsResponse,
  },
];
