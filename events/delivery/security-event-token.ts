import { SIGNING_KEYS } from '../../authz/index.ts';
import { signCompactJws, type KeyProvider } from '../../certs/index.ts';
import { RESOURCE_PATHS, type PendingEvent } from '../../openbanking/index.ts';

/**
 * RFC 8417 section 2.3: the explicit type of a SET, so it is never taken for another kind of JWT.
 */
export const SET_TYPE = 'secevent+jwt';
/** The OB resource version the links point at (OBEventLink1.version). */
const RESOURCE_VERSION = 'v3.1';

/** Who signs: the bank as the OAuth issuer, with the key its `/jwks` publishes first. */
export interface SetIssuer {
  readonly issuer: string;
  /** Where the resources live (the TPP host): `sub` and the resource links. */
  readonly resourceBaseUrl: string;
  readonly keys: KeyProvider;
}

/** OBEventSubject1 */
interface EventSubject {
  subject_type: string;
  'http://openbanking.org.uk/rid': string;
  'http://openbanking.org.uk/rty': string;
  'http://openbanking.org.uk/rlk': { version: string; link: string }[];
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
  issuer: Pick<SetIssuer, 'issuer' | 'resourceBaseUrl'>,
  event: PendingEvent,
  nowSeconds: number,
): SetClaims {
  const link = `${issuer.resourceBaseUrl}${RESOURCE_PATHS[event.resourceType]}/${encodeURIComponent(event.resourceId)}`;
  const subject: EventSubject = {
    subject_type: 'http://openbanking.org.uk/rid_http://openbanking.org.uk/rty',
    'http://openbanking.org.uk/rid': event.resourceId,
    'http://openbanking.org.uk/rty': event.resourceType,
    'http://openbanking.org.uk/rlk': [{ version: RESOURCE_VERSION, link }],
  };
  return {
    iss: issuer.issuer,
    iat: nowSeconds,
    jti: event.id,
    aud: event.clientId,
    sub: link,
    txn: event.claims.txn,
    toe: event.claims.toe,
    events: Object.fromEntries(
      Object.entries(event.claims.events).map(([type, body]) => [type, { ...body, subject }]),
    ),
  };
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
