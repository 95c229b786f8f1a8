import type { ConsentStatus } from '../../openbanking/index.ts';
import { FieldUnexpected } from '../errors.ts';
import { consentStatus } from './codes.ts';
import type { JsonObject, ObBody, OperationMapping } from './mapping.ts';
import { isObject, paymentToModel, paymentToV4, V4_ORIGINAL } from './payment-parties.ts';

/**
 * The operations of one consent kind (POST the collection, GET a member, DELETE one where the
 * kind has it) with the kind's body mappings; the status is mapped here for every kind.
 */
export function consentOperations(
  path: string,
  kind: {
    /** The v4.0 request -> the model's. */
    request?: (body: ObBody) => ObBody;
    /** The model's response -> v4.0's, before the status is mapped. */
    response?: (body: ObBody) => ObBody;
    /** Where v4.0 has a member the creation's refusals name (OperationMapping.errorPath). */
    errorPath?: (path: string) => string;
    deletable?: boolean;
  },
): OperationMapping[] {
  const response = (body: ObBody, now: Date): ObBody => {
    const mapped = kind.response ? kind.response(body) : body;
    const { Status, ExpirationDateTime } = mapped.Data as {
      Status: ConsentStatus;
      ExpirationDateTime?: string;
    };
    return {
      ...mapped,
      Data: { ...mapped.Data, Status: consentStatus(Status, ExpirationDateTime, now) },
    };
  };
  return [
    {
      route: `POST ${path}`,
      ...(kind.request && { request: kind.request }),
      ...(kind.errorPath && { errorPath: kind.errorPath }),
      response,
    },
    { route: `GET ${path}/:ConsentId`, response },
    ...(kind.deletable ? [{ route: `DELETE ${path}/:ConsentId` }] : []),
  ];
}

/** OBReadConsent1 is written alike in both versions; only the status codes differ. */
export const accountAccessConsentOperations = consentOperations('/aisp/account-access-consents', {
  deletable: true,
});

/**
 * OBFundsConfirmationConsent1: v4.0 adds an account Proxy (a phone number, an e-mail...) the bank
 * does not resolve, and the consent's DebtorAccount has nowhere to keep one; it is refused.
 */
export const fundsConfirmationConsentOperations = consentOperations(
  '/cbpii/funds-confirmation-consents',
  {
    request: (body) => {
      const { DebtorAccount } = body.Data as { DebtorAccount: JsonObject };
      if (DebtorAccount.Proxy !== undefined)
        throw new FieldUnexpected(
          'this bank confirms funds on an account by its identification; it does not resolve account proxies',
          'Data.DebtorAccount.Proxy',
        );
      return body;
    },
    deletable: true,
  },
);

/** A payment consent's or order's body with its Initiation and Risk in the other version. */
export function withPayment(body: ObBody, map: typeof paymentToModel): ObBody {
  const { initiation, risk } = map({
    initiation: body.Data.Initiation as JsonObject,
    ...(isObject(body.Risk) && { risk: body.Risk }),
  });
  return { ...body, Data: { ...body.Data, Initiation: initiation }, ...(risk && { Risk: risk }) };
}

/** OBWriteDomesticConsent4: the Initiation and Risk (payment-parties.ts). */
export const domesticPaymentConsentOperations = consentOperations(
  '/pisp/domestic-payment-consents',
  {
    request: (body) => withPayment(refuseReservedMember(body), paymentToModel),
    response: (body) => withPayment(body, paymentToV4),
  },
);

/**
 * The member where the bank keeps a v4.0 request's own Initiation (and a VRP's Instruction) is not
 * the TPP's to write. `members`: the objects of Data that carry one.
 */
export function refuseReservedMember(
  body: ObBody,
  members: readonly string[] = ['Initiation'],
): ObBody {
  for (const member of members) {
    const value = body.Data[member];
    if (
      isObject(value) &&
      isObject(value.SupplementaryData) &&
      V4_ORIGINAL in value.SupplementaryData
    )
      throw new FieldUnexpected(
        `SupplementaryData.${V4_ORIGINAL} is reserved by the bank`,
        `Data.${member}.SupplementaryData.${V4_ORIGINAL}`,
      );
  }
  return body;
}
