/**
 * The resource server's errors, one class per wire code (UK OB v3.1.11 "OBErrorResponseError1Code",
 * RFC 6750 / RFC 9449 for 401). Every error a request can meet is defined here once; handlers throw
 * them and `error-handler.ts` writes the response. `expose` follows `status < 500`: a 5xx never
 * shows its message, only an id that is also in the log.
 */

/** OB v3.1.11 OBErrorResponseError1Code values (x-namespaced-enum of OBError1.ErrorCode). */
export type ObieErrorCode =
  | 'UK.OBIE.Field.Expected'
  | 'UK.OBIE.Field.Invalid'
  | 'UK.OBIE.Field.InvalidDate'
  | 'UK.OBIE.Field.Missing'
  | 'UK.OBIE.Field.Unexpected'
  | 'UK.OBIE.Header.Invalid'
  | 'UK.OBIE.Header.Missing'
  | 'UK.OBIE.Reauthenticate'
  | 'UK.OBIE.Resource.ConsentMismatch'
  | 'UK.OBIE.Resource.InvalidConsentStatus'
  | 'UK.OBIE.Resource.InvalidFormat'
  | 'UK.OBIE.Resource.NotFound'
  | 'UK.OBIE.Rules.AfterCutOffDateTime'
  | 'UK.OBIE.Rules.DuplicateReference'
  | 'UK.OBIE.Rules.FailsControlParameters'
  | 'UK.OBIE.Signature.Invalid'
  | 'UK.OBIE.Signature.InvalidClaim'
  | 'UK.OBIE.Signature.Malformed'
  | 'UK.OBIE.Signature.Missing'
  | 'UK.OBIE.Signature.MissingClaim'
  | 'UK.OBIE.Signature.Unexpected'
  | 'UK.OBIE.UnexpectedError'
  | 'UK.OBIE.Unsupported.AccountIdentifier'
  | 'UK.OBIE.Unsupported.AccountSecondaryIdentifier'
  | 'UK.OBIE.Unsupported.Currency'
  | 'UK.OBIE.Unsupported.Frequency'
  | 'UK.OBIE.Unsupported.LocalInstrument'
  | 'UK.OBIE.Unsupported.Scheme';

/**
 * OB namespaced enumerations: a situation the UK.OBIE list has no code for gets a code in the
 * ASPSP's own namespace, "<ISO 3166 country>.<ASPSP name>" (Namespaced Enumerations, Design
 * Principles). The OB list has nothing for a token that lacks the API's scope or grant type.
 */
export const ASPSP_ERROR_NAMESPACE = 'UK.SandboxBank';

export type AspspErrorCode =
  `${typeof ASPSP_ERROR_NAMESPACE}.${'InsufficientScope' | 'WrongGrantType' | 'InsufficientFunds' | 'PermissionMissing' | 'AccountNotInConsent' | 'MethodNotAllowed' | 'RateLimitExceeded' | 'QuotaExceeded' | 'PaymentLimitExceeded' | 'DailyLimitExceeded' | 'VelocityLimitExceeded' | 'AccountBlocked'}`;

export type ObErrorCode = ObieErrorCode | AspspErrorCode;

/** OBError1 */
export interface ObErrorItem {
  ErrorCode: ObErrorCode;
  Message: string;
  Path?: string;
  Url?: string;
}

/** OBErrorResponse1 */
export interface ObErrorResponse {
  Code: string;
  Id: string;
  Message: string;
  Errors: ObErrorItem[];
}

/** OBError1.Message and Path are at most 500 characters. */
const TEXT_MAX_CHARS = 500;

function clip(text: string): string {
  return text.length <= TEXT_MAX_CHARS ? text : `${text.slice(0, TEXT_MAX_CHARS - 1)}…`;
}

export type AuthScheme = 'DPoP' | 'Bearer';

/** An RFC 6750 / RFC 9449 challenge for the `WWW-Authenticate` response header. */
export interface Challenge {
  /**
   * Absent when the request carried no usable credentials: then every accepted scheme is offered.
   */
  scheme?: AuthScheme;
  error?: 'invalid_token' | 'invalid_dpop_proof' | 'insufficient_scope';
  description?: string;
  scope?: string;
}

/** Base of every error the resource server answers on purpose. */
export abstract class ResourceServerError extends Error {
  readonly status: number;
  readonly expose: boolean;
  /** Set for 401 and scope-related 403: the `WWW-Authenticate` header to send. */
  readonly challenge: Challenge | undefined;
  /** Further response headers the refusal is answered with (e.g. `Allow` of a 405). */
  readonly headers: Readonly<Record<string, string>> | undefined;

  protected constructor(
    status: number,
    message: string,
    challenge?: Challenge,
    headers?: Readonly<Record<string, string>>,
  ) {
    super(message);
    this.name = new.target.name;
    this.status = status;
    this.expose = status < 500;
    this.challenge = challenge;
    this.headers = headers;
  }
}

/** An error answered with an OBErrorResponse1 body carrying one OBError1. */
export abstract class ObError extends ResourceServerError {
  readonly code: ObErrorCode;
  readonly path: string | undefined;

  protected constructor(
    status: number,
    code: ObErrorCode,
    message: string,
    path?: string,
    challenge?: Challenge,
    headers?: Readonly<Record<string, string>>,
  ) {
    super(status, message, challenge, headers);
    this.code = code;
    this.path = path;
  }

  /** `docs`: the error reference page; the item's Url is the code's entry on it. */
  item(docs?: string): ObErrorItem {
    const item: ObErrorItem = { ErrorCode: this.code, Message: clip(this.message) };
    if (this.path !== undefined) item.Path = clip(this.path);
    if (docs !== undefined) item.Url = `${docs}#${this.code}`;
    return item;
  }
}

/**
 * The same refusal naming the member at `path`: a request mapped from another version (v4.0) has
 * the member the handler named somewhere else.
 */
export function atPath<E extends ObError>(error: E, path: string): E {
  const copy = Object.create(
    Object.getPrototypeOf(error),
    Object.getOwnPropertyDescriptors(error),
  ) as E & { path: string };
  copy.path = path;
  return copy;
}

/** Every problem found in one request body, answered together so the TPP can fix them at once. */
export class ObErrorList extends ResourceServerError {
  readonly errors: readonly ObError[];

  constructor(errors: readonly ObError[]) {
    if (errors.length === 0) throw new TypeError('ObErrorList needs at least one error');
    super(errors[0]!.status, errors.map((e) => e.message).join('; '));
    this.errors = errors;
  }
}

/** Throws the one error, or all of them together; returns when there is none. */
export function throwIfAny(errors: readonly ObError[]): void {
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new ObErrorList(errors);
}

// 400: one class per UK.OBIE code. Path is the JSON path of the field (or the header's name).

export class FieldExpected extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Field.Expected', message, path);
  }
}

export class FieldInvalid extends ObError {
  constructor(message: string, path?: string) {
    super(400, 'UK.OBIE.Field.Invalid', message, path);
  }
}

export class FieldInvalidDate extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Field.InvalidDate', message, path);
  }
}

export class FieldMissing extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Field.Missing', message, path);
  }
}

export class FieldUnexpected extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Field.Unexpected', message, path);
  }
}

export class HeaderInvalid extends ObError {
  constructor(message: string, header: string) {
    super(400, 'UK.OBIE.Header.Invalid', message, header);
  }
}

export class HeaderMissing extends ObError {
  constructor(header: string) {
    super(400, 'UK.OBIE.Header.Missing', `the ${header} header is required`, header);
  }
}

export class ResourceConsentMismatch extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Resource.ConsentMismatch', message, path);
  }
}

export class ResourceInvalidConsentStatus extends ObError {
  constructor(message: string) {
    super(400, 'UK.OBIE.Resource.InvalidConsentStatus', message, 'Data.Status');
  }
}

export class ResourceInvalidFormat extends ObError {
  constructor(message: string) {
    super(400, 'UK.OBIE.Resource.InvalidFormat', message);
  }
}

/**
 * OB Read/Write profile "400 v/s 404": an unknown resource id is a 400. It is also the answer for
 * another TPP's resource, so a TPP cannot learn that an id exists.
 */
export class ResourceNotFound extends ObError {
  constructor(what: string, path?: string) {
    super(400, 'UK.OBIE.Resource.NotFound', `${what} not found`, path);
  }
}

export class SignatureInvalid extends ObError {
  constructor(message: string) {
    super(400, 'UK.OBIE.Signature.Invalid', message, 'x-jws-signature');
  }
}

export class SignatureInvalidClaim extends ObError {
  constructor(message: string, claim: string) {
    super(400, 'UK.OBIE.Signature.InvalidClaim', message, claim);
  }
}

export class SignatureMalformed extends ObError {
  constructor(message: string) {
    super(400, 'UK.OBIE.Signature.Malformed', message, 'x-jws-signature');
  }
}

export class SignatureMissing extends ObError {
  constructor() {
    super(
      400,
      'UK.OBIE.Signature.Missing',
      'the x-jws-signature header is required',
      'x-jws-signature',
    );
  }
}

export class SignatureMissingClaim extends ObError {
  constructor(claim: string) {
    super(400, 'UK.OBIE.Signature.MissingClaim', `the JOSE header lacks ${claim}`, claim);
  }
}

export class SignatureUnexpected extends ObError {
  constructor() {
    super(
      400,
      'UK.OBIE.Signature.Unexpected',
      'this endpoint does not take an x-jws-signature',
      'x-jws-signature',
    );
  }
}

export class UnsupportedAccountIdentifier extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Unsupported.AccountIdentifier', message, path);
  }
}

export class UnsupportedCurrency extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Unsupported.Currency', message, path);
  }
}

export class UnsupportedFrequency extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Unsupported.Frequency', message, path);
  }
}

export class UnsupportedLocalInstrument extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Unsupported.LocalInstrument', message, path);
  }
}

export class UnsupportedScheme extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Unsupported.Scheme', message, path);
  }
}

/**
 * The debtor account cannot cover the payment. OB v3.1.11 has no UK.OBIE code for it (the list
 * stops at Rules.AfterCutOffDateTime and Rules.DuplicateReference), so it is an ASPSP code.
 */
export class InsufficientFunds extends ObError {
  constructor() {
    super(
      400,
      `${ASPSP_ERROR_NAMESPACE}.InsufficientFunds`,
      'the debtor account has insufficient funds for this payment',
      'Data.Initiation.InstructedAmount',
    );
  }
}

// The payment would break one of the bank's limits on the debtor account
// (openbanking/payment-limits.ts): one ASPSP code per rule, with the ISO 20022 status reason where
// one fits (what OB v4.0 reports).

/**
 * ISO 20022 AC06 BlockedAccount: the consent's debtor account was disabled after it was authorised.
 */
export class DebtorAccountBlocked extends ObError {
  constructor() {
    super(
      400,
      `${ASPSP_ERROR_NAMESPACE}.AccountBlocked`,
      'the debtor account is not enabled, so no payment can be made from it (ISO 20022 AC06 BlockedAccount)',
    );
  }
}

/** ISO 20022 AM02 NotAllowedAmount. */
export class PaymentLimitExceeded extends ObError {
  constructor(limit: string, currency: string, path = 'Data.Initiation.InstructedAmount.Amount') {
    super(
      400,
      `${ASPSP_ERROR_NAMESPACE}.PaymentLimitExceeded`,
      `the amount is over the limit of ${limit} ${currency} for one payment from this account (ISO 20022 AM02 NotAllowedAmount)`,
      path,
    );
  }
}

/** ISO 20022 AM14 AmountExceedsAgreedLimit. */
export class DailyLimitExceeded extends ObError {
  constructor(limit: string, currency: string, path = 'Data.Initiation.InstructedAmount.Amount') {
    super(
      400,
      `${ASPSP_ERROR_NAMESPACE}.DailyLimitExceeded`,
      `this payment would take today's payments from this account over their limit of ${limit} ${currency} (ISO 20022 AM14 AmountExceedsAgreedLimit)`,
      path,
    );
  }
}

/**
 * A VRP payment breaks a control parameter of its consent (OB VRP: the path names the parameter,
 * e.g. Data.ControlParameters.PeriodicLimits[0].Amount). Nothing is posted.
 */
export class FailsControlParameters extends ObError {
  constructor(message: string, path: string) {
    super(400, 'UK.OBIE.Rules.FailsControlParameters', message, path);
  }
}

/** ISO 20022 has no reason for a count of payments in a window. */
export class VelocityLimitExceeded extends ObError {
  constructor(payments: number, windowSeconds: number) {
    super(
      400,
      `${ASPSP_ERROR_NAMESPACE}.VelocityLimitExceeded`,
      `this account has made ${payments} payments in the last ${windowSeconds} s, the most allowed; try again later`,
    );
  }
}

// 403

/** RFC 6750 section 3.1 insufficient_scope, with the OB body the 403 response documents. */
export class InsufficientScope extends ObError {
  constructor(scheme: AuthScheme, scope: string) {
    const message = `the access token does not carry the "${scope}" scope this API requires`;
    super(403, `${ASPSP_ERROR_NAMESPACE}.InsufficientScope`, message, 'Authorization', {
      scheme,
      error: 'insufficient_scope',
      description: message,
      scope,
    });
  }
}

/** A token of the wrong grant, e.g. an authorization-code token on an intent endpoint. */
export class WrongGrantType extends ObError {
  constructor(scheme: AuthScheme, expected: 'client_credentials' | 'authorization_code') {
    const message = `this API requires an access token from the ${expected} grant`;
    super(403, `${ASPSP_ERROR_NAMESPACE}.WrongGrantType`, message, 'Authorization', {
      scheme,
      error: 'insufficient_scope',
      description: message,
    });
  }
}

/** The consent behind the token does not grant what this endpoint returns (e.g. ReadBalances). */
export class PermissionMissing extends ObError {
  constructor(permissions: readonly string[]) {
    super(
      403,
      `${ASPSP_ERROR_NAMESPACE}.PermissionMissing`,
      `the consent does not grant ${permissions.join(' or ')}`,
    );
  }
}

/**
 * The account in the path is not one the customer shared in this consent (whether it exists or
 * not).
 */
export class AccountNotInConsent extends ObError {
  constructor() {
    super(
      403,
      `${ASPSP_ERROR_NAMESPACE}.AccountNotInConsent`,
      'the account is not one the consent gives access to',
      'AccountId',
    );
  }
}

// 401: the OB profile sends no body ("401 without any error response"); the challenge says why.

/** RFC 6750 section 3.1: a request without credentials gets a challenge with no error code. */
export class MissingToken extends ResourceServerError {
  constructor() {
    super(401, 'an access token in the Authorization header is required', {});
  }
}

export class InvalidToken extends ResourceServerError {
  constructor(scheme: AuthScheme | undefined, description: string) {
    super(401, description, { ...(scheme ? { scheme } : {}), error: 'invalid_token', description });
  }
}

/** RFC 9449 section 7.1: the DPoP proof is missing or fails a check. */
export class InvalidDpopProof extends ResourceServerError {
  constructor(description: string) {
    super(401, description, { scheme: 'DPoP', error: 'invalid_dpop_proof', description });
  }
}

// Statuses the OB OpenAPI documents without a body.

/** A path under /open-banking/ that names no endpoint of this server. */
export class EndpointNotFound extends ResourceServerError {
  constructor() {
    super(404, 'no Open Banking endpoint at this path');
  }
}

/**
 * RFC 9110 section 15.5.6: the endpoint exists, the method does not; `Allow` lists what does. The
 * OB documents give 405 no body, but a TPP is owed the reason in its error model; OB has no code
 * for it, so it is an ASPSP code.
 */
export class MethodNotAllowed extends ObError {
  constructor(allow: readonly string[]) {
    super(
      405,
      `${ASPSP_ERROR_NAMESPACE}.MethodNotAllowed`,
      `this endpoint accepts ${allow.join(', ')}`,
      undefined,
      undefined,
      { allow: allow.join(', ') },
    );
  }
}

/**
 * The TPP has used up its rate limit for this group of endpoints (ratelimit/). The OB documents
 * list 429 without a body and name no code; a TPP is owed the reason in its error model, so it is
 * an ASPSP code. `headers` carry `Retry-After` and the RateLimit fields.
 */
export class RateLimitExceeded extends ObError {
  constructor(group: string, retryAfterSeconds: number, headers: Readonly<Record<string, string>>) {
    super(
      429,
      `${ASPSP_ERROR_NAMESPACE}.RateLimitExceeded`,
      `the rate limit of the ${group} endpoints is used up; retry after ${retryAfterSeconds} s`,
      undefined,
      undefined,
      headers,
    );
  }
}

/**
 * The TPP has made its plan's monthly quota of resource API requests (metering/). Like the rate
 * limit an ASPSP code; `Retry-After` is when the month (UK time) turns.
 */
export class QuotaExceeded extends ObError {
  constructor(
    plan: string,
    quota: number,
    resetsInSeconds: number,
    headers: Readonly<Record<string, string>>,
  ) {
    super(
      429,
      `${ASPSP_ERROR_NAMESPACE}.QuotaExceeded`,
      `the monthly quota of ${quota} resource API requests of the ${plan} plan is used up; it renews at the start of next month (UK time)`,
      undefined,
      undefined,
      { ...headers, 'Retry-After': String(Math.max(1, resetsInSeconds)) },
    );
  }
}

/**
 * OB Event Subscription API: a TPP has one event subscription, so a second POST is 409, which the
 * document gives no body; the TPP changes its subscription with PUT.
 */
export class SubscriptionExists extends ResourceServerError {
  constructor() {
    super(409, 'the TPP already has an event subscription; change it with PUT or DELETE it first');
  }
}

export class NotAcceptable extends ResourceServerError {
  constructor() {
    super(406, 'the Accept header admits no application/json response');
  }
}

/** 415 with the OB error naming the header at fault (the OB documents give 415 no body). */
export class UnsupportedMediaType extends ObError {
  constructor(header: 'Content-Type' | 'Content-Encoding') {
    const message =
      header === 'Content-Type'
        ? 'the request body must be sent as Content-Type: application/json (UTF-8)'
        : 'the request body must not be compressed (Content-Encoding: identity)';
    super(415, 'UK.OBIE.Header.Invalid', message, header);
  }
}

/**
 * Refusals of the HTTP layer rather than of an endpoint: a body over the limit (413), and those the
 * platform's listener writes itself on OB paths (header fields too large 431, unreadable 400, too
 * slow 408). The OB list has a code for a bad header; the rest is a request in the wrong format.
 */
export class HttpRefusal extends ObError {
  constructor(status: 400 | 408 | 413 | 431, message: string) {
    super(
      status,
      status === 431 ? 'UK.OBIE.Header.Invalid' : 'UK.OBIE.Resource.InvalidFormat',
      message,
    );
  }
}

/** 500: the message stays in the log; the TPP sees only the id. */
export class UnexpectedError extends ObError {
  constructor(id: string) {
    super(
      500,
      'UK.OBIE.UnexpectedError',
      `an unexpected error occurred; quote error id ${id} to the bank`,
    );
  }
}
