import type { ObErrorCode } from './errors.ts';

/**
 * What each OB error code means here and what a TPP does about it: the entries of the error
 * reference page (`/docs/errors`, portal/), which every OBError1.Url points at. A Record over the
 * code union, so a new code does not compile until it is documented.
 */
export const OB_ERROR_HELP: Readonly<Record<ObErrorCode, string>> = {
  'UK.OBIE.Field.Expected':
    'A field the request must carry in this situation is absent (for example a DebtorAccount the consent named). Path names it. Add it and send the request again.',
  'UK.OBIE.Field.Invalid':
    'A field has a value the schema or the bank does not accept: wrong type, format, length or enumeration value. Path names the field and Message says what is wrong.',
  'UK.OBIE.Field.InvalidDate':
    'A date-time is not ISO 8601 with a time zone, or is in the past or future where the API does not allow it (expiry in the past, a transaction range the wrong way round).',
  'UK.OBIE.Field.Missing':
    'A required field of the body is missing. Path names it; every missing field of one request is listed together.',
  'UK.OBIE.Field.Unexpected':
    'The body has a field the schema does not allow (OB request schemas are closed), or a field this bank does not accept here. Remove it.',
  'UK.OBIE.Header.Invalid':
    'A header has a value the API does not accept: x-fapi-interaction-id not a UUID, x-fapi-auth-date not an HTTP date, an x-idempotency-key longer than 40 characters or reused within 24 hours for a different body, an unsupported Content-Type or Accept. Path names the header.',
  'UK.OBIE.Header.Missing':
    'A header the endpoint requires is absent: x-idempotency-key on a POST that creates a resource, x-jws-signature on a signed payment request.',
  'UK.OBIE.Reauthenticate':
    'The customer must authorise again. Defined by the OB standard; this bank answers an expired or revoked consent with UK.OBIE.Resource.InvalidConsentStatus instead.',
  'UK.OBIE.Resource.ConsentMismatch':
    'The request does not match the consent the token was issued for: another consent id, or payment fields that differ from the authorised intent. Send the intent exactly as the customer approved it.',
  'UK.OBIE.Resource.InvalidConsentStatus':
    'The consent is not in a status that allows this request: not yet authorised, rejected, revoked, expired, or a single payment consent already used (Consumed).',
  'UK.OBIE.Resource.InvalidFormat':
    'The body is not valid JSON, or not the JSON object the endpoint expects.',
  'UK.OBIE.Resource.NotFound':
    'No resource with this id is visible to this client: it does not exist, belongs to another TPP, or is outside the consent. Also the answer to a path the API does not have.',
  'UK.OBIE.Rules.AfterCutOffDateTime':
    "The payment arrived after the consent's cut-off time. Defined by the OB standard; this bank's domestic payment consents have no cut-off, so it does not answer with this code today.",
  'UK.OBIE.Rules.DuplicateReference':
    'A payment with this reference was already made. Defined by the OB standard; this bank does not refuse repeated references. To retry a request safely, send it again with the same x-idempotency-key.',
  'UK.OBIE.Rules.FailsControlParameters':
    'A variable recurring payment breaks a control parameter of its consent: before ValidFromDateTime or from ValidToDateTime on, a VRPType or PSUAuthenticationMethod the consent does not allow, over MaximumIndividualAmount, or over a PeriodicLimits amount once added to what the consent has paid in that period (UK days; calendar or consent-aligned). Path names the parameter; nothing was paid. Pay less, or wait for the next period.',
  'UK.OBIE.Signature.Invalid':
    "The x-jws-signature does not verify over the exact body bytes with the key its kid names in the TPP's registered JWKS. Sign the bytes you send, unchanged.",
  'UK.OBIE.Signature.InvalidClaim':
    "A protected header claim of the x-jws-signature has a wrong value: iss not the TPP's org/software id, tan not this bank's trust anchor, iat in the future, alg not allowed, or crit not listing the OB claims.",
  'UK.OBIE.Signature.Malformed':
    'The x-jws-signature is not a detached JWS (header..signature) that can be parsed.',
  'UK.OBIE.Signature.Missing':
    'The endpoint requires an x-jws-signature header over the body and the request has none.',
  'UK.OBIE.Signature.MissingClaim':
    'A protected header claim the OB signing profile requires is absent (kid, http://openbanking.org.uk/iat, iss, tan, crit).',
  'UK.OBIE.Signature.Unexpected':
    'The request carries an x-jws-signature where the endpoint takes none.',
  'UK.OBIE.UnexpectedError':
    "The bank could not complete the request. Nothing was changed for a payment that answered this; retry with the same x-idempotency-key. The Id of the answer is in the bank's log: give it to support.",
  'UK.OBIE.Unsupported.AccountIdentifier':
    'The account identification is not one this bank takes for the scheme (a sort code and account number must be 14 digits).',
  'UK.OBIE.Unsupported.AccountSecondaryIdentifier':
    'The SecondaryIdentification is not one this bank supports. Defined by the OB standard; this bank accepts any SecondaryIdentification up to 34 characters, so it does not answer with this code today.',
  'UK.OBIE.Unsupported.Currency':
    'The currency is not one this bank holds accounts or makes payments in.',
  'UK.OBIE.Unsupported.Frequency':
    'The frequency code is not supported. Defined by the OB standard for standing orders, which this bank does not offer yet.',
  'UK.OBIE.Unsupported.LocalInstrument':
    'The LocalInstrument is not one this bank offers for domestic payments.',
  'UK.OBIE.Unsupported.Scheme':
    'The account SchemeName is not one this bank supports for this field (UK.OBIE.SortCodeAccountNumber, UK.OBIE.IBAN, UK.OBIE.PAN where listed).',
  'UK.SandboxBank.InsufficientScope':
    'The access token does not have the scope this API needs (accounts, payments or fundsconfirmations). Register the role and ask for the scope.',
  'UK.SandboxBank.WrongGrantType':
    'This endpoint takes a token of another grant: intents are created with a client-credentials token, account and payment resources need the token the customer authorised.',
  'UK.SandboxBank.InsufficientFunds':
    'The debtor account does not have the funds (balance plus any arranged overdraft) for the payment. Nothing was debited.',
  'UK.SandboxBank.PermissionMissing':
    'The consent does not grant the permission this read needs (for example ReadTransactionsDetail for transactions). Ask the customer for a consent with it.',
  'UK.SandboxBank.AccountNotInConsent':
    'The account is not one the customer chose to share in this consent.',
  'UK.SandboxBank.MethodNotAllowed':
    'The path exists but does not take this method; the Allow header lists the methods it takes.',
  'UK.SandboxBank.RateLimitExceeded':
    'Too many requests in a short time. Wait the seconds the Retry-After header gives; the RateLimit header says how many remain.',
  'UK.SandboxBank.QuotaExceeded':
    "The monthly or daily call quota of the TPP's API plan is used up. GET /usage shows the counts; the quota resets at the start of the next period.",
  'UK.SandboxBank.PaymentLimitExceeded':
    "The amount is above the bank's per-payment limit for this account. Nothing was debited.",
  'UK.SandboxBank.DailyLimitExceeded':
    'The payment would take the account past its daily limit of payments initiated through Open Banking. Nothing was debited.',
  'UK.SandboxBank.VelocityLimitExceeded':
    'Too many payments from this account in the rolling window the bank allows. Nothing was debited; retry later.',
  'UK.SandboxBank.AccountBlocked':
    'The debtor account cannot make payments now (closed, blocked or pending at the bank; ISO 20022 AC06). Nothing was debited.',
};
