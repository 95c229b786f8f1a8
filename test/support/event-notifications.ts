import assert from 'node:assert/strict';
import { importJWK, type JWTPayload, jwtVerify } from 'jose';
import { SIGNING_KEYS } from '../../authz/index.ts';
import { tlsFetch } from './http.ts';
import { compileObSchema, obComponent } from './ob-spec.ts';
import type { TestPlatform } from './platform.ts';

const RESOURCE_UPDATE = 'urn:uk:org:openbanking:events:resource-update';
const CONSENT_AUTHORIZATION_REVOKED = 'urn:uk:org:openbanking:events:consent-authorization-revoked';

/** The event notification documents: v3.1.11's, and v4.0's (alike but for their version and server). */
type NotificationApi = 'event-notifications' | 'v4.0-event-notifications';

/**
 * The SET's claims as an OB version defines them. The event-notifications document writes out
 * OBEventNotification1, whose `events` holds only resource-update; the Event Notification pages
 * define OBEventNotification2, whose `events` may also hold consent-authorization-revoked
 * (OBEventConsentAuthorizationRevoked1: `reason` 0..1, `subject` 0..1 OBEventSubject1). The
 * second is the first with that member added, built from the document's own components.
 */
function notificationSchemas(api: NotificationApi) {
  const notification1 = compileObSchema(api, {
    $ref: '#/components/schemas/OBEventNotification1',
  });
  const schema = obComponent(api, 'OBEventNotification1') as {
    properties: Record<string, unknown>;
  };
  schema.properties.events = {
    type: 'object',
    additionalProperties: false,
    minProperties: 1,
    properties: {
      [RESOURCE_UPDATE]: { $ref: '#/components/schemas/OBEventResourceUpdate1' },
      [CONSENT_AUTHORIZATION_REVOKED]: {
        type: 'object',
        additionalProperties: false,
        properties: {
          reason: { type: 'string', minLength: 1 },
          subject: { $ref: '#/components/schemas/OBEventSubject1' },
        },
      },
    },
  };
  return { notification1, notification2: compileObSchema(api, schema) };
}
const schemas = new Map<NotificationApi, ReturnType<typeof notificationSchemas>>();

export interface ExpectedEvent {
  jti: string;
  /** The resource's URL: `sub`, and the link of every event's subject. */
  resource: string;
  /** OB `http://openbanking.org.uk/rty`, e.g. account-access-consent. */
  resourceType: string;
  /** The event types the SET carries. */
  events: string[];
  /**
   * The subject's resource links (`rlk`), by default `resource` alone in v3.1. The SET is held
   * to the event notification document of the first link's version.
   */
  links?: { version: string; link: string }[];
}

/**
 * A SET's claims (verified already) hold to the OB schema and say what is expected: the event's
 * jti, the resource as `sub` and as each event's subject (rid, rty, its links), those events.
 */
export function assertSecurityEventToken(claims: JWTPayload, expected: ExpectedEvent): void {
  const links = expected.links ?? [{ version: 'v3.1', link: expected.resource }];
  const api = links[0]?.version === 'v4.0' ? 'v4.0-event-notifications' : 'event-notifications';
  if (!schemas.has(api)) schemas.set(api, notificationSchemas(api));
  const { notification1, notification2 } = schemas.get(api)!;
  assert.ok(
    notification2(claims),
    `the SET does not match ${api}'s OBEventNotification2: ${JSON.stringify(notification2.errors)}\n${JSON.stringify(claims, null, 1)}`,
  );
  if (
    Object.keys(claims.events as object).length === 1 &&
    RESOURCE_UPDATE in (claims.events as object)
  ) {
    assert.ok(
      notification1(claims),
      `a resource-update SET matches the document's OBEventNotification1: ${JSON.stringify(notification1.errors)}`,
    );
  }
  assert.equal(claims.jti, expected.jti);
  assert.equal(claims.sub, expected.resource);
  assert.deepEqual(Object.keys(claims.events as object).sort(), [...expected.events].sort());
  const resourceId = decodeURIComponent(expected.resource.split('/').pop()!);
  for (const [type, event] of Object.entries(
    claims.events as Record<string, { subject: Record<string, unknown> }>,
  )) {
    assert.deepEqual(
      event.subject,
      {
        subject_type: 'http://openbanking.org.uk/rid_http://openbanking.org.uk/rty',
        'http://openbanking.org.uk/rid': resourceId,
        'http://openbanking.org.uk/rty': expected.resourceType,
        'http://openbanking.org.uk/rlk': links,
      },
      type,
    );
  }
  const now = Math.floor(Date.now() / 1000);
  assert.ok(Math.abs((claims.iat as number) - now) < 120, 'signed just now');
  assert.ok(
    (claims.toe as number) <= (claims.iat as number) + 1,
    'the event happened before it was signed',
  );
}

/**
 * The SET verifies with the bank's published key, typed secevent+jwt, from the bank to this TPP.
 */
export async function verifiedSet(
  platform: Pick<TestPlatform, 'keys' | 'urls' | 'serverTrustAnchorPem'>,
  set: string,
  clientId: string,
): Promise<JWTPayload> {
  const bankKey = await platform.keys.getOrCreate(SIGNING_KEYS[0].label, SIGNING_KEYS[0].alg);
  const jwks = (await (
    await tlsFetch(`${platform.urls.browser}/jwks`, { ca: platform.serverTrustAnchorPem })
  ).json()) as { keys: { kid: string }[] };
  assert.ok(
    jwks.keys.some((key) => key.kid === bankKey.kid),
    'the signing key is the one the bank publishes',
  );
  const { payload } = await jwtVerify(set, await importJWK(bankKey.publicJwk, bankKey.alg), {
    typ: 'secevent+jwt',
    issuer: platform.urls.browser,
    audience: clientId,
  });
  return payload;
}
