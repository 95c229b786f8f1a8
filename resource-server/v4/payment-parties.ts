import { isDeepStrictEqual } from 'node:util';
import { obDocument } from '../validation/ob-documents.ts';
import { ADDRESS_TYPE, modelCode } from './codes.ts';

/**
 * A payment's Initiation and Risk between v4.0 and the model (the v3.1.11 shapes the consents,
 * payments, ledger postings, screening and ISO 20022 messages read):
 * - RemittanceInformation: v3.1 Reference is v4.0 Structured[0].CreditorReferenceInformation.Reference,
 *   v3.1 Unstructured (one text) is v4.0 Unstructured[0];
 * - postal addresses: v4.0's structured OBPostalAddress7 with ISO address types (BIZZ, ADDR...)
 *   against v3.1's OBPostalAddress6 with OB names (Business, Postal...);
 * - Risk: ContractPresentIndicator (v3.1 spells it ContractPresentInidicator), purpose codes.
 * What v4.0 has and the model has not (UltimateCreditor, UltimateDebtor, CreditorAgent and LEIs,
 * account proxies, RegulatoryReporting, structured remittance beyond one reference, address
 * fields beyond v3.1's, CategoryPurposeCode) is kept, with the v4.0 Initiation and Risk as the
 * TPP sent them, in the Initiation's SupplementaryData under V4_ORIGINAL: an open object in both
 * versions, so the one consent stays valid for v3.1 readers and v4.0 readers get back exactly what
 * was authorised. Only a request the projection would lose something of carries it, so a consent
 * made through v3.1 and paid through v4.0 (or the reverse) matches its consent member for member.
 */

type Json = Record<string, unknown>;

/** The SupplementaryData member that holds a v4.0 request's own Initiation and Risk. */
export const V4_ORIGINAL = 'UK.SandboxBank.v4.0';

export interface PaymentParts {
  initiation: Json;
  /** Absent for a payment's own resource, which has no Risk. */
  risk?: Json;
}

/**
 * How one kind's Initiation maps between v4.0 and the model beside its Risk: a domestic payment's
 * (and a scheduled payment's) by default; a standing order's moves its schedule too.
 */
export interface InitiationMapping {
  toModel(v4: Json): Json;
  toV4(model: Json): Json;
  /** Where v4.0 has a member of the model's Initiation that a refusal names, if elsewhere. */
  errorPath?(path: string): string;
}

/** The model's Initiation and Risk of a v4.0 request's. */
export function paymentToModel(
  v4: PaymentParts,
  mapping: InitiationMapping = DOMESTIC_INITIATION,
): PaymentParts {
  const projected: PaymentParts = {
    initiation: mapping.toModel(v4.initiation),
    ...(v4.risk && { risk: riskToModel(v4.risk) }),
  };
  const back = paymentToV4(projected, mapping);
  if (isDeepStrictEqual(back.initiation, v4.initiation) && isDeepStrictEqual(back.risk, v4.risk))
    return projected;
  const supplementary = (projected.initiation.SupplementaryData as Json | undefined) ?? {};
  const original = { Initiation: v4.initiation, ...(v4.risk && { Risk: v4.risk }) };
  return {
    ...projected,
    initiation: {
      ...projected.initiation,
      SupplementaryData: { ...supplementary, [V4_ORIGINAL]: original },
    },
  };
}

/** The v4.0 Initiation and Risk of the model's: as the v4.0 TPP sent them, or mapped from v3.1. */
export function paymentToV4(
  model: PaymentParts,
  mapping: InitiationMapping = DOMESTIC_INITIATION,
): PaymentParts {
  const original = (model.initiation.SupplementaryData as Json | undefined)?.[V4_ORIGINAL] as
    | { Initiation: Json; Risk?: Json }
    | undefined;
  if (original) {
    return {
      initiation: original.Initiation,
      ...(model.risk && { risk: original.Risk ?? riskToV4(model.risk) }),
    };
  }
  return {
    initiation: mapping.toV4(model.initiation),
    ...(model.risk && { risk: riskToV4(model.risk) }),
  };
}

/** Members v3.1 and v4.0 write alike. */
const COMMON_INITIATION = [
  'InstructionIdentification',
  'EndToEndIdentification',
  'LocalInstrument',
  'RequestedExecutionDateTime',
  'InstructedAmount',
];
/** v4.0 adds Proxy to an OBCashAccount; the model's accounts have these. */
const ACCOUNT_MEMBERS = ['SchemeName', 'Identification', 'Name', 'SecondaryIdentification'];

function initiationToModel(v4: Json): Json {
  const { DebtorAccount, CreditorAccount, CreditorPostalAddress, RemittanceInformation } = v4;
  return {
    ...pick(v4, COMMON_INITIATION),
    ...(isObject(DebtorAccount) && { DebtorAccount: pick(DebtorAccount, ACCOUNT_MEMBERS) }),
    ...(isObject(CreditorAccount) && { CreditorAccount: pick(CreditorAccount, ACCOUNT_MEMBERS) }),
    ...(isObject(CreditorPostalAddress) && {
      CreditorPostalAddress: addressToModel(CreditorPostalAddress),
    }),
    ...(isObject(RemittanceInformation) && {
      RemittanceInformation: remittanceToModel(RemittanceInformation),
    }),
    ...pick(v4, ['SupplementaryData']),
  };
}

function initiationToV4(model: Json): Json {
  const { CreditorPostalAddress, RemittanceInformation } = model;
  return {
    ...pick(model, [...COMMON_INITIATION, 'DebtorAccount', 'CreditorAccount']),
    ...(isObject(CreditorPostalAddress) && {
      CreditorPostalAddress: addressToV4(CreditorPostalAddress),
    }),
    ...(isObject(RemittanceInformation) && {
      RemittanceInformation: remittanceToV4(RemittanceInformation),
    }),
    ...pick(model, ['SupplementaryData']),
  };
}

/** A domestic payment's Initiation: the parties, the remittance, the common members. */
export const DOMESTIC_INITIATION: InitiationMapping = {
  toModel: initiationToModel,
  toV4: initiationToV4,
};

/** v4.0 OBRemittanceInformation2 -> v3.1 OBRemittanceInformation1 (its first reference and text). */
function remittanceToModel(v4: Json): Json {
  const structured = Array.isArray(v4.Structured)
    ? (v4.Structured[0] as Json | undefined)
    : undefined;
  const reference = (structured?.CreditorReferenceInformation as Json | undefined)?.Reference;
  const unstructured = Array.isArray(v4.Unstructured) ? v4.Unstructured[0] : undefined;
  return {
    ...(typeof unstructured === 'string' && { Unstructured: unstructured }),
    ...(typeof reference === 'string' && { Reference: reference }),
  };
}

/** v3.1 OBRemittanceInformation1 -> v4.0: the reference structured, the text unstructured. */
export function remittanceToV4(model: Json): Json {
  return {
    ...(typeof model.Unstructured === 'string' && { Unstructured: [model.Unstructured] }),
    ...(typeof model.Reference === 'string' && {
      Structured: [{ CreditorReferenceInformation: { Reference: model.Reference } }],
    }),
  };
}

/** OBPostalAddress6 members and their v3.1 maximum lengths; a longer v4.0 value stays in V4_ORIGINAL only. */
const ADDRESS_LIMITS: Readonly<Record<string, number>> = {
  Department: 70,
  SubDepartment: 70,
  StreetName: 70,
  BuildingNumber: 16,
  PostCode: 16,
  TownName: 35,
  CountrySubDivision: 35,
  Country: 2,
};
/** v3.1 OBPostalAddress6 carries at most 7 address lines of 70 characters. */
const ADDRESS_LINES_MAX = 7;

function addressToModel(v4: Json): Json {
  const type =
    typeof v4.AddressType === 'string' ? modelCode(ADDRESS_TYPE, v4.AddressType) : undefined;
  return {
    ...(type && { AddressType: type }),
    ...fitting(v4, ADDRESS_LIMITS),
    ...addressLines(v4.AddressLine),
  };
}

function addressToV4(model: Json): Json {
  const type = typeof model.AddressType === 'string' ? ADDRESS_TYPE[model.AddressType] : undefined;
  return {
    ...(type && { AddressType: type }),
    ...pick(model, [...Object.keys(ADDRESS_LIMITS), 'AddressLine']),
  };
}

/** v3.1 OBRisk1.DeliveryAddress: no address type, TownName and Country required. */
const DELIVERY_LIMITS: Readonly<Record<string, number>> = {
  StreetName: 70,
  BuildingNumber: 16,
  PostCode: 16,
  TownName: 35,
  CountrySubDivision: 35,
  Country: 2,
};

function deliveryAddressToModel(v4: Json): Json | undefined {
  const address = { ...addressLines(v4.AddressLine), ...fitting(v4, DELIVERY_LIMITS) };
  return address.TownName && address.Country ? address : undefined;
}

/** Members v3.1 and v4.0 OBRisk1 write alike (v4.0 narrows PaymentContextCode and PaymentPurposeCode, below). */
const COMMON_RISK = [
  'MerchantCategoryCode',
  'MerchantCustomerIdentification',
  'BeneficiaryPrepopulatedIndicator',
  'BeneficiaryAccountType',
];

function riskToModel(v4: Json): Json {
  const delivery = isObject(v4.DeliveryAddress)
    ? deliveryAddressToModel(v4.DeliveryAddress)
    : undefined;
  return {
    ...pick(v4, [...COMMON_RISK, 'PaymentContextCode', 'PaymentPurposeCode']),
    ...(typeof v4.ContractPresentIndicator === 'boolean' && {
      ContractPresentInidicator: v4.ContractPresentIndicator,
    }),
    ...(delivery && { DeliveryAddress: delivery }),
  };
}

/**
 * v4.0 drops v3.1's older payment contexts (BillPayment, PartyToParty, Other...) and holds the
 * purpose code to ISO 20022 ExternalPurpose1Code: a v3.1 value outside the v4.0 list is left out.
 */
function riskToV4(model: Json): Json {
  const { PaymentContextCode, PaymentPurposeCode, ContractPresentInidicator, DeliveryAddress } =
    model;
  return {
    ...pick(model, COMMON_RISK),
    ...(v4Enum('OBRisk1', 'PaymentContextCode').has(PaymentContextCode as string) && {
      PaymentContextCode,
    }),
    ...(typeof ContractPresentInidicator === 'boolean' && {
      ContractPresentIndicator: ContractPresentInidicator,
    }),
    ...(v4Enum('ExternalPurpose1Code').has(PaymentPurposeCode as string) && { PaymentPurposeCode }),
    ...(isObject(DeliveryAddress) && {
      DeliveryAddress: pick(DeliveryAddress, [...Object.keys(DELIVERY_LIMITS), 'AddressLine']),
    }),
  };
}

const enums = new Map<string, ReadonlySet<string>>();

/** A code list of the v4.0 payment initiation document: a component's enum, or one of its properties'. */
function v4Enum(component: string, property?: string): ReadonlySet<string> {
  const key = `${component}.${property ?? ''}`;
  let values = enums.get(key);
  if (!values) {
    const schema = obDocument('v4.0-payment-initiation').components.schemas[component] as {
      enum?: string[];
      properties?: Record<string, { enum?: string[] }>;
    };
    const list = property ? schema.properties?.[property]?.enum : schema.enum;
    if (!list) throw new Error(`the v4.0 payment initiation document has no enum at ${key}`);
    values = new Set(list);
    enums.set(key, values);
  }
  return values;
}

function addressLines(lines: unknown): Json {
  if (!Array.isArray(lines)) return {};
  const kept = lines
    .filter((line) => typeof line === 'string' && line.length <= 70)
    .slice(0, ADDRESS_LINES_MAX);
  return kept.length > 0 ? { AddressLine: kept } : {};
}

/** The string members within their v3.1 length. */
function fitting(value: Json, limits: Readonly<Record<string, number>>): Json {
  return Object.fromEntries(
    Object.entries(limits).flatMap(([name, max]) => {
      const member = value[name];
      return typeof member === 'string' && member.length <= max ? [[name, member]] : [];
    }),
  );
}

export function pick(value: Json, names: readonly string[]): Json {
  return Object.fromEntries(
    names.flatMap((name) => (value[name] !== undefined ? [[name, value[name]]] : [])),
  );
}

export function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
