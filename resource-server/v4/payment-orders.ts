import type { PaymentOrderKind, PaymentOrderStatus } from '../../openbanking/index.ts';
import { FieldMissing } from '../errors.ts';
import { consentOperations, refuseReservedMember, withPayment } from './consents.ts';
import { frequencyToModel, frequencyToV4, type V4Frequency } from './frequency.ts';
import type { JsonObject, ObBody, OperationMapping } from './mapping.ts';
import {
  DOMESTIC_INITIATION,
  type InitiationMapping,
  isObject,
  type PaymentParts,
  paymentToModel,
  paymentToV4,
  pick,
} from './payment-parties.ts';
import { paymentDetailsResponse } from './payments.ts';

/**
 * Domestic scheduled payments and standing orders on v4.0: the consents and the orders are
 * v3.1's, with the Initiation and Risk of a domestic payment, and the order's status as its
 * ExternalPaymentTransactionStatus1Code. A scheduled payment's RequestedExecutionDateTime is
 * written alike in both versions; a standing order's schedule moves (STANDING_ORDER_INITIATION).
 */

/**
 * The order's status in v4.0, by kind (each response document enumerates its own codes). A
 * scheduled payment is pending until its date (PDNG), executed and on its way to the creditor
 * (ACSP: its payment's own settlement is in payment-details), refused (RJCT) or cancelled (CANC).
 * A standing order is pending until its first payment (PDNG), then INCO ("set up and the payment
 * completed") while it runs, or INFA when its first payment failed, or CANC.
 */
export const ORDER_STATUS: Readonly<
  Record<PaymentOrderKind, Readonly<Record<PaymentOrderStatus, string>>>
> = {
  'domestic-scheduled-payment': {
    InitiationPending: 'PDNG',
    InitiationCompleted: 'ACSP',
    InitiationFailed: 'RJCT',
    Cancelled: 'CANC',
  },
  'domestic-standing-order': {
    InitiationPending: 'PDNG',
    InitiationCompleted: 'INCO',
    InitiationFailed: 'INFA',
    Cancelled: 'CANC',
  },
};

const MANDATE = 'MandateRelatedInformation';
/** The schedule's dates: in v4.0's MandateRelatedInformation, at the model's Initiation's top. */
const SCHEDULE_DATES = ['FirstPaymentDateTime', 'RecurringPaymentDateTime', 'FinalPaymentDateTime'];
/** Written alike in both versions' Initiation. */
const SCHEDULE_AMOUNTS = [
  'NumberOfPayments',
  'FirstPaymentAmount',
  'RecurringPaymentAmount',
  'FinalPaymentAmount',
];

/** The date-time the recurring days count from, whose day a frequency without PointInTime takes. */
function recurringAnchor(schedule: JsonObject): string | undefined {
  const anchor = schedule.RecurringPaymentDateTime ?? schedule.FirstPaymentDateTime;
  return typeof anchor === 'string' ? anchor : undefined;
}

/**
 * A standing order's Initiation (v4.0 OBWriteDomesticStandingOrderConsent5 against v3.1's): the
 * schedule (Frequency and the three date-times) is in v4.0's MandateRelatedInformation, the
 * Frequency as an OBFrequency6 (frequency.ts); v3.1's Reference is the structured remittance's
 * creditor reference; the amounts, NumberOfPayments and the accounts are alike. The mandate's
 * other members (MandateIdentification, Classification, Reason...) and an unstructured remittance
 * have no v3.1 place and stay in the V4_ORIGINAL copy (payment-parties.ts).
 */
const STANDING_ORDER_INITIATION: InitiationMapping = {
  toModel(v4) {
    const mandate = v4[MANDATE] as JsonObject & { Frequency: V4Frequency };
    const path = `Data.Initiation.${MANDATE}`;
    // Optional in v4.0; the schedule cannot start without it.
    if (typeof mandate.FirstPaymentDateTime !== 'string')
      throw new FieldMissing(
        'a standing order needs the date-time of its first payment',
        `${path}.FirstPaymentDateTime`,
      );
    const { RemittanceInformation, ...parties } = DOMESTIC_INITIATION.toModel(v4);
    const reference = isObject(RemittanceInformation) ? RemittanceInformation.Reference : undefined;
    return {
      Frequency: frequencyToModel(mandate.Frequency, recurringAnchor(mandate), `${path}.Frequency`),
      ...(typeof reference === 'string' && { Reference: reference }),
      ...pick(mandate, SCHEDULE_DATES),
      ...pick(v4, SCHEDULE_AMOUNTS),
      ...parties,
    };
  },
  // The schedule rules (payment-order-rules.ts) and the submission name the model's members.
  errorPath: (path) =>
    path.replace(
      /^Data\.Initiation\.(Frequency|FirstPaymentDateTime|RecurringPaymentDateTime|FinalPaymentDateTime)\b/,
      `Data.Initiation.${MANDATE}.$1`,
    ),
  toV4(model) {
    const { Frequency, Reference } = model;
    const parties = DOMESTIC_INITIATION.toV4({
      ...pick(model, ['DebtorAccount', 'CreditorAccount', 'SupplementaryData']),
      ...(typeof Reference === 'string' && { RemittanceInformation: { Reference } }),
    });
    return {
      ...pick(model, SCHEDULE_AMOUNTS),
      ...parties,
      [MANDATE]: {
        Frequency: frequencyToV4(String(Frequency), recurringAnchor(model)),
        ...pick(model, SCHEDULE_DATES),
      },
    };
  },
};

/**
 * One order kind's operations: its consent, the submission, the order and its payment-details,
 * with the kind's Initiation mapping and status codes.
 */
function orderOperations(
  kind: PaymentOrderKind,
  paths: { consents: string; orders: string; idName: string },
  initiation?: InitiationMapping,
): OperationMapping[] {
  const toV4 = (parts: PaymentParts) => paymentToV4(parts, initiation);
  const request = (body: ObBody) =>
    withPayment(refuseReservedMember(body), (parts) => paymentToModel(parts, initiation));
  const orderResponse = (body: ObBody): ObBody => {
    const mapped = withPayment(body, toV4);
    const { Status } = body.Data as { Status: PaymentOrderStatus };
    return { ...mapped, Data: { ...mapped.Data, Status: ORDER_STATUS[kind][Status] } };
  };
  const order = `${paths.orders}/:${paths.idName}`;
  const errorPath = initiation?.errorPath && { errorPath: initiation.errorPath };
  return [
    ...consentOperations(paths.consents, {
      request,
      response: (body) => withPayment(body, toV4),
      ...errorPath,
    }),
    { route: `POST ${paths.orders}`, request, response: orderResponse, ...errorPath },
    { route: `GET ${order}`, response: orderResponse },
    { route: `GET ${order}/payment-details`, response: paymentDetailsResponse },
  ];
}

export const scheduledPaymentOperations = orderOperations('domestic-scheduled-payment', {
  consents: '/pisp/domestic-scheduled-payment-consents',
  orders: '/pisp/domestic-scheduled-payments',
  idName: 'DomesticScheduledPaymentId',
});

export const standingOrderOperations = orderOperations(
  'domestic-standing-order',
  {
    consents: '/pisp/domestic-standing-order-consents',
    orders: '/pisp/domestic-standing-orders',
    idName: 'DomesticStandingOrderId',
  },
  STANDING_ORDER_INITIATION,
);
