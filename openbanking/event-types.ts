/**
 * The OB v3.1 event notifications this bank raises (Event Notification API, OBEventNotification2),
 * and the resources they are about.
 */

/** A resource's status changed (a consent rejected, consumed or revoked; a payment settled). */
export const RESOURCE_UPDATE = 'urn:uk:org:openbanking:events:resource-update';
/**
 * A consent's authorisation ended without the TPP asking: the customer revoked it, or it expired.
 */
export const CONSENT_AUTHORIZATION_REVOKED =
  'urn:uk:org:openbanking:events:consent-authorization-revoked';

export type EventType = typeof RESOURCE_UPDATE | typeof CONSENT_AUTHORIZATION_REVOKED;

/** What a subscription may name in `EventTypes`; one without `EventTypes` gets all of them. */
export const SUPPORTED_EVENT_TYPES: readonly EventType[] = [
  RESOURCE_UPDATE,
  CONSENT_AUTHORIZATION_REVOKED,
];

/** The resource version a subscription names (`Version`): the bank serves its resources at v3.1. */
export const SUPPORTED_EVENT_VERSION = '3.1';

/**
 * OB `http://openbanking.org.uk/rty` of each resource with events, and the path of its collection
 * on the TPP host (the SET's `sub` and `rlk` are a member of it).
 */
export const RESOURCE_PATHS = {
  'account-access-consent': '/open-banking/v3.1/aisp/account-access-consents',
  'domestic-payment-consent': '/open-banking/v3.1/pisp/domestic-payment-consents',
  'funds-confirmation-consent': '/open-banking/v3.1/cbpii/funds-confirmation-consents',
  'domestic-payment': '/open-banking/v3.1/pisp/domestic-payments',
  'domestic-scheduled-payment-consent':
    '/open-banking/v3.1/pisp/domestic-scheduled-payment-consents',
  'domestic-scheduled-payment': '/open-banking/v3.1/pisp/domestic-scheduled-payments',
  'domestic-standing-order-consent': '/open-banking/v3.1/pisp/domestic-standing-order-consents',
  'domestic-standing-order': '/open-banking/v3.1/pisp/domestic-standing-orders',
  'domestic-vrp-consent': '/open-banking/v3.1/pisp/domestic-vrp-consents',
  'domestic-vrp': '/open-banking/v3.1/pisp/domestic-vrps',
} as const;

export type ResourceType = keyof typeof RESOURCE_PATHS;
