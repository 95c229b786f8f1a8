import {
  accountIdentificationErrors,
  type AccountIdentification,
} from '../validation/account-identification.ts';
import { futureDateTimeError } from '../validation/date-rules.ts';
import { consentRoutes, optionalDateTimes } from './consent-routes.ts';
import type { JsonRecord as JsonObject } from '../../openbanking/index.ts';

/** OBFundsConfirmationConsent1, as its schema has already shaped it. */
interface FundsConfirmationRequest {
  Data: {
    ExpirationDateTime?: string;
    DebtorAccount: JsonObject & AccountIdentification;
  };
}

/**
 * OB Confirmation of Funds API: /cbpii/funds-confirmation-consents (OBFundsConfirmationConsent1 ->
 * ...Response1).
 */
export const fundsConfirmationConsents = consentRoutes<FundsConfirmationRequest>({
  kind: 'funds-confirmation',
  path: '/cbpii/funds-confirmation-consents',
  idPrefix: 'fcc',
  rules: ({ Data }, now) => [
    ...accountIdentificationErrors(Data.DebtorAccount, 'Data.DebtorAccount'),
    futureDateTimeError(Data.ExpirationDateTime, 'Data.ExpirationDateTime', now),
  ],
  toNewConsent: ({ Data }) => ({
    expiresAt: Data.ExpirationDateTime,
    debtorAccount: Data.DebtorAccount,
  }),
  data: (consent) => ({
    ...optionalDateTimes({ ExpirationDateTime: consent.expiresAt }),
    DebtorAccount: consent.debtorAccount ?? {},
  }),
  withRisk: false,
  idempotent: false,
  signed: false,
  deletable: true,
});
