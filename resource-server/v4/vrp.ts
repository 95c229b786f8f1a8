import type { PaymentStatus } from '../../openbanking/index.ts';
import { PAYMENT_STATUS } from './codes.ts';
import { consentOperations, refuseReservedMember } from './consents.ts';
import type { JsonObject, ObBody, OperationMapping } from './mapping.ts';
import { isObject, paymentToModel, paymentToV4 } from './payment-parties.ts';
import { paymentDetailsResponse } from './payments.ts';

/**
 * Domestic VRP on v4.0 (OB v4.0 VRP document): the control parameters and the funds confirmation
 * are written alike in both versions; the Initiation, each payment's Instruction and the Risk are
 * mapped by payment-parties.ts, each on its own, so a payment's Initiation matches its consent's
 * whatever Risk either carries (a Risk member v4.0 has and v3.1 has not is not kept for VRP);
 * statuses take their ISO codes, a breach of the control parameters its v4.0 code U014.
 */

/** Each of Initiation, Instruction and Risk of a body into the other version. */
function vrpParts(body: ObBody, map: typeof paymentToModel): ObBody {
  const part = (value: unknown) => map({ initiation: value as JsonObject }).initiation;
  const { Initiation, Instruction } = body.Data;
  const risk = isObject(body.Risk) ? map({ initiation: {}, risk: body.Risk }).risk : undefined;
  return {
    ...body,
    Data: {
      ...body.Data,
      ...(isObject(Initiation) && { Initiation: part(Initiation) }),
      ...(isObject(Instruction) && { Instruction: part(Instruction) }),
    },
    ...(risk && { Risk: risk }),
  };
}

const refuseReserved = (body: ObBody) => refuseReservedMember(body, ['Initiation', 'Instruction']);

/** OBDomesticVRPResponse: ExternalPaymentTransactionStatus1Code, the Initiation and Instruction in v4.0. */
function vrpResponse(body: ObBody): ObBody {
  const mapped = vrpParts(body, paymentToV4);
  const { Status } = body.Data as { Status: PaymentStatus };
  return { ...mapped, Data: { ...mapped.Data, Status: PAYMENT_STATUS[Status] } };
}

export const vrpOperations: readonly OperationMapping[] = [
  ...consentOperations('/pisp/domestic-vrp-consents', {
    request: (body) => vrpParts(refuseReserved(body), paymentToModel),
    response: (body) => vrpParts(body, paymentToV4),
    deletable: true,
  }),
  // OBVRPFundsConfirmationRequest and its response are written alike in both versions.
  { route: 'POST /pisp/domestic-vrp-consents/:ConsentId/funds-confirmation' },
  {
    route: 'POST /pisp/domestic-vrps',
    request: (body) => vrpParts(refuseReserved(body), paymentToModel),
    response: vrpResponse,
  },
  { route: 'GET /pisp/domestic-vrps/:DomesticVRPId', response: vrpResponse },
  {
    route: 'GET /pisp/domestic-vrps/:DomesticVRPId/payment-details',
    response: paymentDetailsResponse,
  },
];
