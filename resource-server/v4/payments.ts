import type { PaymentStatus } from '../../openbanking/index.ts';
import { PAYMENT_STATUS } from './codes.ts';
import { refuseReservedMember, withPayment } from './consents.ts';
import type { JsonObject, ObBody, OperationMapping } from './mapping.ts';
import { paymentToModel, paymentToV4 } from './payment-parties.ts';

/** OBWriteDomesticResponse5: ExternalPaymentTransactionStatus1Code, the Initiation in v4.0. */
function domesticPaymentResponse(body: ObBody): ObBody {
  const mapped = withPayment(body, paymentToV4);
  const { Status } = body.Data as { Status: PaymentStatus };
  return { ...mapped, Data: { ...mapped.Data, Status: PAYMENT_STATUS[Status] } };
}

/** OBWritePaymentDetailsResponse1: each transfer's status as its ISO code. */
export function paymentDetailsResponse(body: ObBody): ObBody {
  const { PaymentStatus: transfers } = body.Data as {
    PaymentStatus: (JsonObject & { Status: PaymentStatus })[];
  };
  return {
    ...body,
    Data: {
      ...body.Data,
      PaymentStatus: transfers.map((transfer) => ({
        ...transfer,
        Status: PAYMENT_STATUS[transfer.Status],
      })),
    },
  };
}

export const domesticPaymentOperations: readonly OperationMapping[] = [
  // OBWriteFundsConfirmationResponse1 is written alike in both versions.
  { route: 'GET /pisp/domestic-payment-consents/:ConsentId/funds-confirmation' },
  {
    route: 'POST /pisp/domestic-payments',
    // OBWriteDomestic2: the Initiation and Risk as for its consent, so they match it.
    request: (body) => withPayment(refuseReservedMember(body), paymentToModel),
    response: domesticPaymentResponse,
  },
  { route: 'GET /pisp/domestic-payments/:DomesticPaymentId', response: domesticPaymentResponse },
  {
    route: 'GET /pisp/domestic-payments/:DomesticPaymentId/payment-details',
    response: paymentDetailsResponse,
  },
];

/** OBFundsConfirmation1 and its response are written alike in both versions. */
export const fundsConfirmationOperations: readonly OperationMapping[] = [
  { route: 'POST /cbpii/funds-confirmations' },
];
