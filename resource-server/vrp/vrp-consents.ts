import {
  calendarFortnightIndex,
  type ControlParameters,
  type JsonRecord as JsonObject,
} from '../../openbanking/index.ts';
import { consentRoutes, type ConsentKindSpec } from '../consents/consent-routes.ts';
import { FieldInvalid, UnsupportedFrequency, type ObError } from '../errors.ts';
import {
  accountIdentificationErrors,
  type AccountIdentification,
} from '../validation/account-identification.ts';
import { amountErrors } from '../validation/amount-rules.ts';
import { dateRangeError, futureDateTimeError } from '../validation/date-rules.ts';
import { debtorAccountOf } from '../payments/debtor-account.ts';

/** OBDomesticVRPInitiation, as its schema has already shaped it (the members the rules read). */
export interface VrpInitiation extends JsonObject {
  DebtorAccount?: JsonObject & AccountIdentification;
  CreditorAccount?: JsonObject & AccountIdentification;
}

/** OBDomesticVRPConsentRequest, as its schema has already shaped it. */
interface VrpConsentRequest {
  Data: {
    ReadRefundAccount?: 'Yes' | 'No';
    ControlParameters: ControlParameters;
    Initiation: VrpInitiation;
  };
  Risk: JsonObject;
}

/**
 * What this bank offers of the namespaced enumerations (extensible by design, so the schema takes
 * any value): sweeping first, and commercial VRP ("Other") under the same control parameters; the
 * PSU authentication methods OB names.
 */
const VRP_TYPES: readonly string[] = ['UK.OBIE.VRPType.Sweeping', 'UK.OBIE.VRPType.Other'];
const PSU_AUTHENTICATION_METHODS: readonly string[] = ['UK.OBIE.SCA', 'UK.OBIE.SCANotRequired'];

const CONTROL = 'Data.ControlParameters';

/** The control parameters' own rules: one currency, payable amounts, known values, a validity that ends after it starts. */
function controlParameterErrors(parameters: ControlParameters, now: Date): (ObError | undefined)[] {
  const maximum = parameters.MaximumIndividualAmount;
  const fortnight = calendarFortnightIndex(parameters);
  return [
    ...amountErrors(maximum, `${CONTROL}.MaximumIndividualAmount`),
    ...parameters.PeriodicLimits.flatMap((limit, index) => {
      const path = `${CONTROL}.PeriodicLimits[${index}]`;
      const errors = amountErrors(limit, path);
      if (errors.length === 0 && limit.Currency !== maximum.Currency)
        errors.push(
          new FieldInvalid(
            `${path}.Currency must be the consent's currency, ${maximum.Currency} (MaximumIndividualAmount)`,
            `${path}.Currency`,
          ),
        );
      return errors;
    }),
    fortnight >= 0
      ? new UnsupportedFrequency(
          `${CONTROL}.PeriodicLimits[${fortnight}]: a fortnight has no calendar start; use PeriodAlignment Consent`,
          `${CONTROL}.PeriodicLimits[${fortnight}].PeriodAlignment`,
        )
      : undefined,
    ...unknownValues(parameters.VRPType, VRP_TYPES, `${CONTROL}.VRPType`),
    ...unknownValues(
      parameters.PSUAuthenticationMethods,
      PSU_AUTHENTICATION_METHODS,
      `${CONTROL}.PSUAuthenticationMethods`,
    ),
    futureDateTimeError(parameters.ValidToDateTime, `${CONTROL}.ValidToDateTime`, now),
    dateRangeError(
      parameters.ValidFromDateTime,
      parameters.ValidToDateTime,
      `${CONTROL}.ValidFromDateTime`,
      `${CONTROL}.ValidToDateTime`,
    ),
  ];
}

function unknownValues(
  values: readonly string[],
  known: readonly string[],
  path: string,
): ObError[] {
  return values.flatMap((value, index) =>
    known.includes(value)
      ? []
      : [
          new FieldInvalid(
            `${path}[${index}] ${value} is not supported; supported: ${known.join(', ')}`,
            `${path}[${index}]`,
          ),
        ],
  );
}

/**
 * OB VRP API: /pisp/domestic-vrp-consents (OBDomesticVRPConsentRequest ->
 * OBDomesticVRPConsentResponse). The consent ends at ValidToDateTime (its expiry: its tokens end
 * then too). The TPP's DELETE revokes it with its tokens; a revoked consent is gone for the TPP
 * (OB's consent statuses for VRP have no Revoked), the customer's dashboard still lists it.
 */
export const vrpConsentSpec: ConsentKindSpec<VrpConsentRequest> = {
  kind: 'domestic-vrp',
  path: '/pisp/domestic-vrp-consents',
  idPrefix: 'vrp',
  rules: ({ Data: { ControlParameters, Initiation } }, now) => [
    ...controlParameterErrors(ControlParameters, now),
    ...(Initiation.CreditorAccount
      ? accountIdentificationErrors(Initiation.CreditorAccount, 'Data.Initiation.CreditorAccount')
      : []),
    ...(Initiation.DebtorAccount
      ? accountIdentificationErrors(Initiation.DebtorAccount, 'Data.Initiation.DebtorAccount')
      : []),
  ],
  toNewConsent: ({ Data, Risk }) => ({
    initiation: Data.Initiation,
    risk: Risk,
    controlParameters: Data.ControlParameters,
    expiresAt: Data.ControlParameters.ValidToDateTime,
    readRefundAccount: Data.ReadRefundAccount,
  }),
  data: (consent) => ({
    ...(consent.readRefundAccount && { ReadRefundAccount: consent.readRefundAccount }),
    ControlParameters: consent.controlParameters ?? {},
    Initiation: consent.initiation ?? {},
  }),
  // "The value must be populated for GET responses once the consent is approved."
  authorisedData: async (deps, consent) => {
    const debtor = await debtorAccountOf(deps.knex, consent.debtorAccountId);
    return debtor ? { DebtorAccount: debtor } : {};
  },
  gone: ['Revoked'],
  withRisk: true,
  idempotent: true,
  signed: true,
  deletable: true,
};

export const vrpConsents = consentRoutes(vrpConsentSpec);
