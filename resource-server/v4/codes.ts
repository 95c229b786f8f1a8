import type { AccountSubtype } from '../../ledger/index.ts';
import type { ConsentStatus, PaymentStatus } from '../../openbanking/index.ts';
import type { EndReason } from '../accounts/payment-order-resource.ts';

/**
 * The model's code values and the ISO 20022 / OB internal codes the v4.0 documents carry in their
 * place (OB_Internal_Codeset.csv, ISO_External_CodeSet.csv). Each table is a Record over the
 * model's type, so a value added to the model does not compile until it has its v4.0 code.
 */

/** OBInternalConsentStatus1Code. EXPD is not a model status: it is an AUTH consent past its ExpirationDateTime (consentStatus). */
export type V4ConsentStatus = 'AWAU' | 'AUTH' | 'RJCT' | 'CANC' | 'EXPD' | 'COND';

export const CONSENT_STATUS: Readonly<Record<ConsentStatus, V4ConsentStatus>> = {
  AwaitingAuthorisation: 'AWAU',
  Authorised: 'AUTH',
  Rejected: 'RJCT',
  // The customer or the TPP ended the access (the model's Revoked; v3.1 calls it Revoked too).
  Revoked: 'CANC',
  Consumed: 'COND',
};

/**
 * The v4.0 status of a consent: the model keeps an expired consent Authorised (its expiry is its
 * ExpirationDateTime, checked on every use), which v4.0 reports as EXPD.
 */
export function consentStatus(
  status: ConsentStatus,
  expirationDateTime: string | undefined,
  now: Date,
): V4ConsentStatus {
  const expired =
    status === 'Authorised' &&
    expirationDateTime !== undefined &&
    Date.parse(expirationDateTime) <= now.getTime();
  return expired ? 'EXPD' : CONSENT_STATUS[status];
}

/** ExternalPaymentTransactionStatus1Code. */
export type V4PaymentStatus = 'PDNG' | 'ACSP' | 'ACSC' | 'ACCC' | 'ACWP' | 'RJCT';

export const PAYMENT_STATUS: Readonly<Record<PaymentStatus, V4PaymentStatus>> = {
  Pending: 'PDNG',
  AcceptedSettlementInProcess: 'ACSP',
  AcceptedSettlementCompleted: 'ACSC',
  AcceptedCreditSettlementCompleted: 'ACCC',
  AcceptedWithoutPosting: 'ACWP',
  Rejected: 'RJCT',
};

/**
 * ExternalMandateStatus1Code of a standing order in the account information API: ACTV while it
 * has payments to come (v3.1 Active); an Inactive one by why it ended: paid in full (EXPI, the
 * mandate ran its course), cancelled by the customer, or stopped by the bank when its first
 * payment failed (CANC, it pays no more; SUSP would promise it resumes).
 */
export const MANDATE_STATUS: Readonly<Record<EndReason | 'Active', string>> = {
  Active: 'ACTV',
  Completed: 'EXPI',
  Cancelled: 'CANC',
  Failed: 'CANC',
};

/** ExternalBalanceType1Code, by the v3.1 name the model's balances and transactions carry. */
export const BALANCE_TYPE: Readonly<Record<string, string>> = {
  ClosingAvailable: 'CLAV',
  ClosingBooked: 'CLBD',
  ForwardAvailable: 'FWAV',
  Information: 'INFO',
  InterimAvailable: 'ITAV',
  InterimBooked: 'ITBD',
  OpeningAvailable: 'OPAV',
  OpeningBooked: 'OPBD',
  PreviouslyClosedBooked: 'PRCD',
  Expected: 'XPCD',
};

/** ExternalBalanceSubType1Code of an amount (v3.1 OBBalanceSubType1Code). */
export const BALANCE_SUBTYPE: Readonly<Record<string, string>> = {
  BaseCurrency: 'BCUR',
  LocalCurrency: 'LCUR',
};

/** ExternalEntryStatus1Code of a transaction (v3.1 OBEntryStatus1Code). */
export const ENTRY_STATUS: Readonly<Record<string, string>> = {
  Booked: 'BOOK',
  Pending: 'PDNG',
  Rejected: 'RJCT',
};

/**
 * OBExternalCashAccountType1Code (v4.0 AccountTypeCode) of the model's account subtype: cards of
 * every kind are CARD (CardAccount), an e-money account is a WALT (Wallet: money held as e-money,
 * not at a bank), a current account CACC, savings SVGS, loans LOAN, mortgages MORT.
 */
export const ACCOUNT_TYPE_CODE: Readonly<Record<AccountSubtype, string>> = {
  ChargeCard: 'CARD',
  CreditCard: 'CARD',
  PrePaidCard: 'CARD',
  CurrentAccount: 'CACC',
  EMoney: 'WALT',
  Loan: 'LOAN',
  Mortgage: 'MORT',
  Savings: 'SVGS',
};

/** OBAddressType2Code by the v3.1 OBAddressTypeCode the model stores (one to one). */
export const ADDRESS_TYPE: Readonly<Record<string, string>> = {
  Business: 'BIZZ',
  Correspondence: 'CORR',
  DeliveryTo: 'DLVY',
  MailTo: 'MLTO',
  POBox: 'PBOX',
  Postal: 'ADDR',
  Residential: 'HOME',
  Statement: 'STAT',
};

/** The v3.1 name of a v4.0 code of a one-to-one table. */
export function modelCode(
  table: Readonly<Record<string, string>>,
  code: string,
): string | undefined {
  return Object.entries(table).find(([, value]) => value === code)?.[0];
}
