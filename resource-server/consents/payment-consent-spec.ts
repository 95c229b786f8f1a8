import type { JsonRecord as JsonObject } from '../../openbanking/index.ts';
import {
  type AccountIdentification,
  accountIdentificationErrors,
} from '../validation/account-identification.ts';
import { futureDateTimeError } from '../validation/date-rules.ts';
import type { ConsentKindSpec } from './consent-routes.ts';

/**
 * What the domestic payment consents share (a payment, a scheduled payment, a standing order):
 * the parties and the authorisation held to the same rules, the same members stored and echoed,
 * idempotent, signed both ways, single use and never deleted by the TPP. Each kind adds the rules
 * of its amounts and dates and any members computed for its response.
 */

/** The request members every domestic payment consent has, as its schema has already shaped them. */
export interface PaymentConsentRequest<Initiation> {
  Data: {
    ReadRefundAccount?: 'Yes' | 'No';
    Initiation: JsonObject &
      Initiation & {
        CreditorAccount: AccountIdentification;
        DebtorAccount?: AccountIdentification;
      };
    Authorisation?: JsonObject & { CompletionDateTime?: string };
    SCASupportData?: JsonObject;
  };
  Risk: JsonObject;
}

export function paymentConsentSpec<Request extends PaymentConsentRequest<object>>(
  spec: Pick<ConsentKindSpec<Request>, 'kind' | 'path' | 'idPrefix'> & {
    /** The kind's own rules: its amounts, its dates. */
    kindRules: ConsentKindSpec<Request>['rules'];
    /** Response members before the Initiation (Permission, an expected execution time). */
    leading?: (initiation: JsonObject) => JsonObject;
  },
): ConsentKindSpec<Request> {
  return {
    kind: spec.kind,
    path: spec.path,
    idPrefix: spec.idPrefix,
    rules: (request, now) => {
      const { Initiation, Authorisation } = request.Data;
      return [
        ...spec.kindRules(request, now),
        ...accountIdentificationErrors(
          Initiation.CreditorAccount,
          'Data.Initiation.CreditorAccount',
        ),
        ...(Initiation.DebtorAccount
          ? accountIdentificationErrors(Initiation.DebtorAccount, 'Data.Initiation.DebtorAccount')
          : []),
        futureDateTimeError(
          Authorisation?.CompletionDateTime,
          'Data.Authorisation.CompletionDateTime',
          now,
        ),
      ];
    },
    toNewConsent: ({ Data, Risk }) => ({
      initiation: Data.Initiation,
      risk: Risk,
      authorisation: Data.Authorisation,
      scaSupportData: Data.SCASupportData,
      readRefundAccount: Data.ReadRefundAccount,
    }),
    data: (consent) => ({
      ...spec.leading?.(consent.initiation ?? {}),
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
}
