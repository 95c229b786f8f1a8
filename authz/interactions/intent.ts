import { claimsRequest } from '../claims-parameter.ts';

/**
 * Where the Open Banking intent (consent) id travels in an authorization request: the UK profile's
 * `claims.id_token.openbanking_intent_id`, or a RAR `authorization_details` entry (RFC 9396) of one
 * of these types carrying `consentId`. The provider's RAR configuration imports the same constants.
 */
export const ACCOUNT_ACCESS_CONSENT_TYPE = 'urn:openbanking:account-access-consent';
export const DOMESTIC_PAYMENT_CONSENT_TYPE = 'urn:openbanking:domestic-payment-consent';
export const INTENT_AUTHORIZATION_DETAILS_TYPES = [
  ACCOUNT_ACCESS_CONSENT_TYPE,
  DOMESTIC_PAYMENT_CONSENT_TYPE,
] as const;
export type IntentAuthorizationDetailsType = (typeof INTENT_AUTHORIZATION_DETAILS_TYPES)[number];

/** The `id_token` claim of the UK profile that names the intent. */
export const INTENT_ID_CLAIM = 'openbanking_intent_id';

/** Consent ids are at most this long (openbanking.consents id CHECK). */
const INTENT_ID_LENGTH_MAX = 128;

export interface IntentReference {
  readonly intentId: string;
  /** The RAR type it came in, when it came in authorization_details. */
  readonly authorizationDetailsType: IntentAuthorizationDetailsType | undefined;
}

/**
 * The intent an authorization request names, from the interaction's stored parameters (strings:
 * oidc-provider keeps `claims` and `authorization_details` JSON-encoded). Undefined when it names
 * none, or names two different ones: the provider refuses both before an interaction starts, so
 * here it only means "nothing to show".
 */
export function intentFromParams(params: Record<string, unknown>): IntentReference | undefined {
  const fromClaims = intentFromClaims(params);
  const fromDetails = intentFromAuthorizationDetails(params.authorization_details);
  if (fromClaims && fromDetails && fromClaims !== fromDetails.intentId) return undefined;
  if (fromDetails) return fromDetails;
  return fromClaims ? { intentId: fromClaims, authorizationDetailsType: undefined } : undefined;
}

/** Whether the request tries to name an intent at all (even one `intentFromParams` cannot read). */
export function mentionsIntent(params: Record<string, unknown>): boolean {
  if (claimsRequest(params)?.id_token?.[INTENT_ID_CLAIM] !== undefined) return true;
  const details = parseJson(params.authorization_details);
  return (
    Array.isArray(details) &&
    details.some(
      (detail) =>
        isObject(detail) &&
        (INTENT_AUTHORIZATION_DETAILS_TYPES as readonly unknown[]).includes(detail.type),
    )
  );
}

function intentFromClaims(params: Record<string, unknown>): string | undefined {
  return validIntentId(claimsRequest(params)?.id_token?.[INTENT_ID_CLAIM]?.value);
}

function intentFromAuthorizationDetails(details: unknown): IntentReference | undefined {
  const parsed = parseJson(details);
  if (!Array.isArray(parsed)) return undefined;
  const intents = parsed.filter(
    (detail): detail is { type: IntentAuthorizationDetailsType; consentId: unknown } =>
      isObject(detail) &&
      (INTENT_AUTHORIZATION_DETAILS_TYPES as readonly unknown[]).includes(detail.type),
  );
  if (intents.length !== 1) return undefined;
  const intentId = validIntentId(intents[0]!.consentId);
  return intentId ? { intentId, authorizationDetailsType: intents[0]!.type } : undefined;
}

function validIntentId(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 && value.length <= INTENT_ID_LENGTH_MAX
    ? value
    : undefined;
}

function parseJson(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
