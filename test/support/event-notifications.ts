import assert from 'node:assert/strict';
import type { JWTPayload } from 'jose';
import { compileObSchema, obComponent } from './ob-spec.ts';

const RESOURCE_UPDATE = 'urn:uk:org:openbanking:events:resource-update';
const CONSENT_AUTHORIZATION_REVOKED = 'urn:uk:org:openbanking:events:consent-authorization-revoked';

/**
 * The SET's claims as OB v3.1.11 defines them. The event-notifications document writes out
 * OBEventNotification1, whose `events` holds only resource-update; the Event Notification pages
 * define OBEventNotification2, whose `events` may also hold consent-authorization-revoked
 * (OBEventConsentAuthorizationRevoked1: `reason` 0..1, `subject` 0..1 OBEventSubject1). The
 * second is the first with that member added, built from the document's own components.
 */
const notification1 = compileObSchema('event-notifications', {
  $ref: '#/components/schemas/OBEventNotification1',
});
const notification2 = (() => {
  const schema = obComponent('event-notifications', 'OBEventNotification1') as {
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
  return compileObSchema('event-notifications', schema);
})();

export interface ExpectedEvent {
  jti: string;
  /** The resource's URL: `sub`, and the link of every event's subject. */
  resource: string;
  /** OB `http://openbanking.org.uk/rty`, e.g. account-access-consent. */
  resourceType: string;
  /** The event types the SET carries. */
  events: string[];
}

/**
 * A SET's claims (verified already) hold to the OB schema and say what is expected: the event's
 * jti, the resource as `sub` and as each event's subject (rid, rty, a v3.1 link), those events.
 */
export function assertSecurityEventToken(claims: JWTPayload, expected: ExpectedEvent): void {
  assert.ok(
    notification2(claims),
    `the SET does not match OBEventNotification2: ${JSON.stringify(notification2.errors)}\n${JSON.stringify(claims, null, 1)}`,
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
        'http://openbanking.org.uk/rlk': [{ version: 'v3.1', link: expected.resource }],
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
