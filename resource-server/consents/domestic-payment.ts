import {
  accountIdentificationErrors,
  type AccountIdentification,
} from '../validation/account-identification.ts';
import { amountErrors, type CurrencyAndAmount } from '../validation/amount-rules.ts';
import { futureDateTimeError } from '../validation/date-rules.ts';
import { consentRoutes, type ConsentKindSpec } from './consent-routes.ts';
import type { JsonRecord as JsonObject } from '../../openbanking/index.ts';

/** OBWriteDomesticConsent4, as its schema has already shaped it (the members the rules read). */
interface DomesticPaymentRequest {
  Data: {
    ReadRefundAccount?: 'Yes' | 'No';
    Initiation: JsonObject & {
      InstructedAmount: CurrencyAndAmount;
      CreditorAccount: AccountIdentification;
      DebtorAccount?: AccountIdentification;
    };
    Authorisation?: JsonObject & { CompletionDateTime?: string };
    SCASupportData?: JsonObject;
  };
  Risk: JsonObject;
}

/**
 * OB Payment Initiation API: /pisp/domestic-payment-consents (OBWriteDomesticConsent4 ->
 * OBWriteDomesticConsentResponse5).
 */
export const domesticPaymentSpec: ConsentKindSpec<DomesticPaymentRequest> = {
  kind: 'domestic-payment',
  path: '/pisp/domestic-payment-consents',
  idPrefix: 'pdc',
  rules: ({ Data: { Initiation, Authorisation } }, now) => [
    ...amountErrors(Initiation.InstructedAmount, 'Data.Initiation.InstructedAmount'),
    ...accountIdentificationErrors(Initiation.CreditorAccount, 'Data.Initiation.CreditorAccount'),
    ...(Initiation.DebtorAccount
      ? accountIdentificationErrors(Initiation.DebtorAccount, 'Data.Initiation.DebtorAccount')
      : []),
    futureDateTimeError(
      Authorisation?.CompletionDateTime,
      'Data.Authorisation.CompletionDateTime',
      now,
    ),
  ],
  toNewConsent: ({ Data, Risk }) => ({
    initiation: Data.Initiation,
    risk: Risk,
    authorisation: Data.Authorisation,
    scaSupportData: Data.SCASupportData,
    readRefundAccount: Data.ReadRefundAccount,
  }),
  data: (consent) => ({
    ...(consent.readRefundAccount && { ReadRefundAccount: consent.readRefundAccount }),
    Initiation: consent.initiation ?? {},
    ...(consent.authorisation && { Authorisation: consent.authorisation }),
    ...(consent.scaSupportData && { SCASupportData: consent.scaSupportData }),
  }),
  withRisk: true,
  idempotent: true,
  signed: true,
  deletable: false,
};

export const domesticPaymentConsents = consentRoutes(domesticPaymentSpec);
