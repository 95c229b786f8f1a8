/**
 * The OB event notifications this bank raises (Event Notification API, OBEventNotification2; alike
 * in v3.1 and v4.0), and the resources they are about.
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

/**
 * The resource versions a subscription may name (`Version`): the OB API versions the bank serves.
 * A subscription's SETs link its resources in its version where the resource is served in it.
 */
export type EventVersion = '3.1' | '4.0';

/** Where each version's resources live on the TPP host (OBEventLink1.version is `v` + version). */
export const API_PREFIXES: Readonly<Record<EventVersion, string>> = {
  '3.1': '/open-banking/v3.1',
  '4.0': '/open-banking/v4.0',
};

/**
 * OB `http://openbanking.org.uk/rty` of each resource with events, and the path of its collection
 * under a version's API prefix (the SET's `sub` and `rlk` are a member of it). Every one is served
 * on v3.1; which are also served on v4.0 is the resource server's routing (its V4 operations).
 */
export const RESOURCE_PATHS = {
  'account-access-consent': '/aisp/account-access-consents',
  'domestic-payment-consent': '/pisp/domestic-payment-consents',
  'funds-confirmation-consent': '/cbpii/funds-confirmation-consents',
  'domestic-payment': '/pisp/domestic-payments',
  'domestic-scheduled-payment-consent': '/pisp/domestic-scheduled-payment-consents',
  'domestic-scheduled-payment': '/pisp/domestic-scheduled-payments',
  'domestic-standing-order-consent': '/pisp/domestic-standing-order-consents',
  'domestic-standing-order': '/pisp/domestic-standing-orders',
  'domestic-vrp-consent': '/pisp/domestic-vrp-consents',
  'domestic-vrp': '/pisp/domestic-vrps',
} as const;

export type ResourceType = keyof typeof RESOURCE_PATHS;
