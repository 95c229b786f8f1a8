import type { ObErrorCode, ObErrorResponse } from '../errors.ts';

/**
 * The v4.0 error model: OBError1.ErrorCode is a four-character code (OBInternalErrorResponseError1Code,
 * minLength = maxLength = 4), so the v3.1 names become the codes OB_Internal_Codeset.csv lists for
 * them under OBExternalStatusReason1Code (U001 = UK.OBIE.Field.Expected ... U029, U000 for
 * UK.OBIE.UnexpectedError). The bank's own v3.1 codes (UK.SandboxBank.*) do not fit four
 * characters; each takes the ISO 20022 status reason of the same list that says what happened.
 */
export const V4_ERROR_CODE: Readonly<Record<ObErrorCode, string>> = {
  'UK.OBIE.Field.Expected': 'U001',
  'UK.OBIE.Field.Invalid': 'U002',
  'UK.OBIE.Field.InvalidDate': 'U003',
  'UK.OBIE.Field.Missing': 'U004',
  'UK.OBIE.Field.Unexpected': 'U005',
  'UK.OBIE.Header.Invalid': 'U006',
  'UK.OBIE.Header.Missing': 'U007',
  'UK.OBIE.Resource.ConsentMismatch': 'U008',
  'UK.OBIE.Resource.InvalidConsentStatus': 'U009',
  'UK.OBIE.Resource.InvalidFormat': 'U010',
  'UK.OBIE.Resource.NotFound': 'U011',
  'UK.OBIE.Rules.AfterCutOffDateTime': 'U012',
  'UK.OBIE.Rules.DuplicateReference': 'U013',
  'UK.OBIE.Rules.FailsControlParameters': 'U014',
  'UK.OBIE.Signature.Invalid': 'U015',
  'UK.OBIE.Signature.InvalidClaim': 'U016',
  'UK.OBIE.Signature.MissingClaim': 'U017',
  'UK.OBIE.Signature.Malformed': 'U018',
  'UK.OBIE.Signature.Missing': 'U019',
  'UK.OBIE.Signature.Unexpected': 'U020',
  'UK.OBIE.Unsupported.AccountIdentifier': 'U021',
  'UK.OBIE.Unsupported.AccountSecondaryIdentifier': 'U022',
  'UK.OBIE.Unsupported.Currency': 'U023',
  'UK.OBIE.Unsupported.Frequency': 'U025',
  'UK.OBIE.Unsupported.LocalInstrument': 'U026',
  'UK.OBIE.Unsupported.Scheme': 'U027',
  'UK.OBIE.Reauthenticate': 'U028',
  'UK.OBIE.UnexpectedError': 'U000',
  // AM04 InsufficientFunds: "amount of funds available to cover specified message amount is insufficient".
  'UK.SandboxBank.InsufficientFunds': 'AM04',
  // AC06 BlockedAccount, AM02 NotAllowedAmount, AM14 AmountExceedsAgreedLimit: the codes errors.ts names.
  'UK.SandboxBank.AccountBlocked': 'AC06',
  'UK.SandboxBank.PaymentLimitExceeded': 'AM02',
  'UK.SandboxBank.DailyLimitExceeded': 'AM14',
  // AG08 InvalidAccessRights: "invalid or missing user or access right", the token's or the consent's.
  'UK.SandboxBank.InsufficientScope': 'AG08',
  'UK.SandboxBank.WrongGrantType': 'AG08',
  'UK.SandboxBank.PermissionMissing': 'AG08',
  'UK.SandboxBank.AccountNotInConsent': 'AG08',
  // No reason in the list fits a count of payments in a window, a method, or a rate or quota:
  // NARR "reason is provided as narrative information", which the item's Message is.
  'UK.SandboxBank.VelocityLimitExceeded': 'NARR',
  'UK.SandboxBank.MethodNotAllowed': 'NARR',
  'UK.SandboxBank.RateLimitExceeded': 'NARR',
  'UK.SandboxBank.QuotaExceeded': 'NARR',
};

/** The v4.0 OBErrorResponse1: its Code and Message are deprecated and left out; Id and each item's Message, Path and Url stay. */
export interface V4ErrorResponse {
  Id: string;
  Errors: { ErrorCode: string; Message: string; Path?: string; Url?: string }[];
}

export function v4ErrorResponse(body: ObErrorResponse): V4ErrorResponse {
  return {
    Id: body.Id,
    Errors: body.Errors.map((item) => ({ ...item, ErrorCode: V4_ERROR_CODE[item.ErrorCode] })),
  };
}
