import { dateRangeError, futureDateTimeError } from '../validation/date-rules.ts';
import { permissionErrors } from '../validation/permissions.ts';
import { consentRoutes, type ConsentKindSpec, optionalDateTimes } from './consent-routes.ts';
import type { JsonRecord as JsonObject } from '../../openbanking/index.ts';

/** OBReadConsent1, as its schema has already shaped it. */
interface AccountAccessRequest {
  Data: {
    Permissions: string[];
    ExpirationDateTime?: string;
    TransactionFromDateTime?: string;
    TransactionToDateTime?: string;
  };
  Risk: JsonObject;
}

/**
 * OB Account and Transaction API: /aisp/account-access-consents (OBReadConsent1 ->
 * OBReadConsentResponse1).
 */
export const accountAccessSpec: ConsentKindSpec<AccountAccessRequest> = {
  kind: 'account-access',
  path: '/aisp/account-access-consents',
  idPrefix: 'aac',
  rules: ({ Data }, now) => [
    ...permissionErrors(Data.Permissions, 'Data.Permissions'),
    futureDateTimeError(Data.ExpirationDateTime, 'Data.ExpirationDateTime', now),
    dateRangeError(
      Data.TransactionFromDateTime,
      Data.TransactionToDateTime,
      'Data.TransactionFromDateTime',
      'Data.TransactionToDateTime',
    ),
  ],
  toNewConsent: ({ Data, Risk }) => ({
    permissions: Data.Permissions,
    expiresAt: Data.ExpirationDateTime,
    transactionFrom: Data.TransactionFromDateTime,
    transactionTo: Data.TransactionToDateTime,
    risk: Risk,
  }),
  data: (consent) => ({
    Permissions: consent.permissions ?? [],
    ...optionalDateTimes({
      ExpirationDateTime: consent.expiresAt,
      TransactionFromDateTime: consent.transactionFrom,
      TransactionToDateTime: consent.transactionTo,
    }),
  }),
  withRisk: true,
  idempotent: false,
  signed: false,
  deletable: true,
};

export const accountAccessConsents = consentRoutes(accountAccessSpec);
