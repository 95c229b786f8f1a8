import { SIGNING_KEYS } from '../../authz/index.ts';
import { signCompactJws, type KeyProvider } from '../../certs/index.ts';
import {
  API_PREFIXES,
  RESOURCE_PATHS,
  type EventVersion,
  type PendingEvent,
  type ResourceType,
} from '../../openbanking/index.ts';

/**
 * RFC 8417 section 2.3: the explicit type of a SET, so it is never taken for another kind of JWT.
 */
export const SET_TYPE = 'secevent+jwt';
/** Who signs: the bank as the OAuth issuer, with the key its `/jwks` publishes first. */
export interface SetIssuer {
  readonly issuer: string;
  /** Where the resources live (the TPP host): `sub` and the resource links. */
  readonly resourceBaseUrl: string;
  readonly keys: KeyProvider;
  /**
   * The resource types the bank serves on OB v4.0 as well as v3.1 (the resource server's v4.0
   * routes, V4_RESOURCE_TYPES): a v4.0 subscription's SETs name these in v4.0.
   */
  readonly v4ResourceTypes: ReadonlySet<ResourceType>;
}

/** OBEventLink1 */
interface EventLink {
  version: string;
  link: string;
}

/** OBEventSubject1 */
interface EventSubject {
  subject_type: string;
  'http://openbanking.org.uk/rid': string;
  'http://openbanking.org.uk/rty': string;
  'http://openbanking.org.uk/rlk': EventLink[];
}

/** OBEventNotification2: the SET's claims. */
export interface SetClaims {
  iss: string;
  iat: number;
  jti: string;
  aud: string;
  sub: string;
  txn: string;
  toe: number;
  events: Record<string, { subject: EventSubject }>;
}

/**
 * The SET of an event as the OB Event Notification API writes it: `sub` is the resource's URL,
 * and every event names the resource as its `subject` (the revocation event may omit it beside a
 * resource-update, and carries it anyway so it stands on its own).
 */
export function securityEventClaims(
  issuer: Pick<SetIssuer, 'issuer' | 'resourceBaseUrl' | 'v4ResourceTypes'>,
  event: PendingEvent,
  nowSeconds: number,
): SetClaims {
  const links = resourceLinks(issuer, event);
  const subject: EventSubject = {
    subject_type: 'http://openbanking.org.uk/rid_http://openbanking.org.uk/rty',
    'http://openbanking.org.uk/rid': event.resourceId,
    'http://openbanking.org.uk/rty': event.resourceType,
    'http://openbanking.org.uk/rlk': links,
  };
  return {
    iss: issuer.issuer,
    iat: nowSeconds,
    jti: event.id,
    aud: event.clientId,
    sub: links[0]!.link,
    txn: event.claims.txn,
    toe: event.claims.toe,
    events: Object.fromEntries(
      Object.entries(event.claims.events).map(([type, body]) => [type, { ...body, subject }]),
    ),
  };
}

/**
 * The resource's links, the subscription's version first (`sub` is that one). A v4.0 subscription
 * gets the v4.0 link of a resource the bank serves on v4.0, whichever version made it, and its
 * v3.1 link too (OBEventSubject1: rlk "must contain links to all supported versions of the
 * resource"); a resource served on v3.1 only is linked there. A v3.1 subscription's SETs link v3.1
 * alone, as they did before v4.0 was served.
 */
function resourceLinks(
  issuer: Pick<SetIssuer, 'resourceBaseUrl' | 'v4ResourceTypes'>,
  event: PendingEvent,
): EventLink[] {
  const versions: EventVersion[] =
    event.version === '4.0' && issuer.v4ResourceTypes.has(event.resourceType)
      ? ['4.0', '3.1']
      : ['3.1'];
  const member = `${RESOURCE_PATHS[event.resourceType]}/${encodeURIComponent(event.resourceId)}`;
  return versions.map((version) => ({
    version: `v${version}`,
    link: `${issuer.resourceBaseUrl}${API_PREFIXES[version]}${member}`,
  }));
}

/**
 * Signs the SET now, through the key provider (in the HSM under PKCS#11), with the key the bank's
 * JWKS publishes first: a TPP verifies it as it verifies the bank's other signatures. Signed when
 * sent rather than when raised, so a rotated key is picked up by events still waiting.
 */
export async function signSecurityEvent(
  issuer: SetIssuer,
  event: PendingEvent,
  nowSeconds = Math.floor(Date.now() / 1000),
): Promise<string> {
  const [bankKey] = SIGNING_KEYS;
  const key = await issuer.keys.getOrCreate(bankKey.label, bankKey.alg);
  return signCompactJws(
    key,
    { typ: SET_TYPE },
    { ...securityEventClaims(issuer, event, nowSeconds) },
  );
}
