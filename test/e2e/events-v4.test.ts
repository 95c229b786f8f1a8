import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { JWTPayload } from 'jose';
import {
  callApi,
  clientCredentials,
  pushAuthorization,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import {
  eventsApiPaths,
  pollEvents,
  subscribeToEvents,
  type EventReceiver,
  type EventsVersion,
  type ReceivedEvent,
} from '../../examples/event-receiver.ts';
import {
  authorizeIntent,
  customerDecides,
  revokeInDashboard,
} from '../support/customer-consent.ts';
import { assertSecurityEventToken, verifiedSet } from '../support/event-notifications.ts';
import { accountAccessRequest } from '../support/intent-requests.ts';
import {
  EVENT_PUSH_ENV,
  deliveredEvent,
  eventFor,
  madeDomesticPayment,
  type EventsAnswer,
  eventsApiOf,
  eventsCall,
  receivingTpp,
} from '../support/events-api.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * OB v4.0 Event Subscription, Events and Event Notification APIs over the whole platform, beside
 * v3.1's (test/e2e/events.test.ts): a TPP (openid-client) subscribes on /open-banking/v4.0 with
 * Version 4.0; the SETs it is pushed (mutual TLS, verified by examples/event-receiver.ts against
 * the bank's published JWKS) or polls name each resource in v4.0 first, then v3.1, whichever
 * version made it; refusals carry v4.0 codes; a v3.1 subscription's SETs stay v3.1. Every request
 * and answer is held to the official v4.0 documents (events, event-notifications).
 */

const REDIRECT = 'https://tpp.example/cb';
const RESOURCE_UPDATE = 'urn:uk:org:openbanking:events:resource-update';
const REVOKED = 'urn:uk:org:openbanking:events:consent-authorization-revoked';
const V4 = '/open-banking/v4.0';
const V31 = '/open-banking/v3.1';

let platform: TestPlatform;
let pusher: OnboardedTpp;
let receiver: EventReceiver;
let received: ReceivedEvent[];

before(async () => {
  platform = await startTestPlatform({ hsm: false, env: EVENT_PUSH_ENV });
  ({ pusher, receiver, received } = await receivingTpp(
    platform,
    'Version Four Notified Ltd',
    REDIRECT,
  ));
});
after(async () => {
  await receiver?.close();
  await platform?.stop();
});

/** A v4.0 refusal: its status, the first item's ErrorCode (and Path), no deprecated Code. */
function refusedV4(answer: EventsAnswer, status: number, code: string, path?: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.Errors[0].ErrorCode, code, JSON.stringify(answer.body));
  if (path !== undefined) assert.equal(answer.body.Errors[0].Path, path);
  assert.equal(answer.body.Code, undefined, 'v4.0 leaves the deprecated Code out');
}

/** A resource's v4.0 link and v3.1 link, in the order a v4.0 subscription's SET gives them. */
function bothLinks(member: string): { version: string; link: string }[] {
  return [
    { version: 'v4.0', link: `${platform.urls.tpp}${V4}${member}` },
    { version: 'v3.1', link: `${platform.urls.tpp}${V31}${member}` },
  ];
}

/** An account-access consent made through v4.0 (OBReadConsent1, answered as v4.0 writes it). */
async function v4AccountAccessConsent(tpp: RegisteredTpp): Promise<string> {
  const path = `${V4}/aisp/account-access-consents`;
  const response = await callApi(
    tpp,
    await clientCredentials(tpp, 'accounts'),
    'POST',
    path,
    JSON.stringify(accountAccessRequest()),
  );
  const body = await obResponseBody(
    'v4.0-account-info',
    'POST',
    '/account-access-consents',
    response,
  );
  assert.equal(response.status, 201, JSON.stringify(body));
  assert.equal(body!.Data.Status, 'AWAU');
  return body!.Data.ConsentId;
}

describe('event subscriptions on v4.0', () => {
  test('refused in v4.0 codes, naming the field, nothing stored; then created (signed), read through both versions, replaced and deleted', async () => {
    const tpp = await onboardTpp(platform, {
      name: 'V4 Subscriber Ltd',
      roles: ['AISP'],
      redirectUri: REDIRECT,
    });
    const token = await clientCredentials(tpp.tpp, 'accounts');
    const collection = eventsApiPaths('4.0').subscriptions;
    const post = (Data: Record<string, unknown>, options?: { sign?: boolean }) =>
      eventsCall(tpp, token, 'POST', collection, { Data }, options);
    const data = { CallbackUrl: 'https://localhost:9443/ob', Version: '4.0' };

    refusedV4(await post(data, { sign: false }), 400, 'U019');
    refusedV4(await post({ ...data, Version: '3.1' }), 400, 'U002', 'Data.Version');
    refusedV4(
      await post({
        ...data,
        EventTypes: ['urn:uk:org:openbanking:events:account-access-consent-linked-account-update'],
      }),
      400,
      'U002',
      'Data.EventTypes[0]',
    );
    refusedV4(await post({ ...data, Url: 'https://tpp.example' }), 400, 'U005', 'Data.Url');
    refusedV4(
      await post({ ...data, CallbackUrl: 'https://10.1.2.3/events' }),
      400,
      'U002',
      'Data.CallbackUrl',
    );
    assert.equal(
      await platform
        .knex('openbanking.event_subscriptions')
        .where({ client_id: tpp.tpp.clientId })
        .first(),
      undefined,
    );

    const created = await post(data);
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id: string = created.body.Data.EventSubscriptionId;
    assert.deepEqual(created.body.Data, { EventSubscriptionId: id, ...data });
    const member = `${collection}/${id}`;
    assert.equal(created.body.Links.Self, `${platform.urls.tpp}${member}`);
    assert.equal((await post(data)).status, 409, 'OB: one event subscription per TPP');

    // One subscription, read through either version; its Version is its own.
    for (const path of [collection, eventsApiPaths('3.1').subscriptions]) {
      const read = await eventsCall(tpp, token, 'GET', path);
      assert.equal(read.status, 200);
      assert.deepEqual(read.body.Data.EventSubscription, [{ EventSubscriptionId: id, ...data }]);
      assert.equal(read.body.Links.Self, `${platform.urls.tpp}${path}`);
    }
    // v3.1's API writes v3.1 subscriptions: Version 4.0 there is v3.1's Field.Invalid.
    const through31 = await eventsCall(
      tpp,
      token,
      'PUT',
      `${eventsApiPaths('3.1').subscriptions}/${id}`,
      { Data: { EventSubscriptionId: id, ...data } },
    );
    assert.equal(through31.status, 400);
    assert.equal(through31.body.Errors[0].ErrorCode, 'UK.OBIE.Field.Invalid');
    assert.equal(through31.body.Errors[0].Path, 'Data.Version');

    const pollingOnly = { EventSubscriptionId: id, Version: '4.0', EventTypes: [REVOKED] };
    const replaced = await eventsCall(tpp, token, 'PUT', member, { Data: pollingOnly });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.deepEqual(replaced.body.Data, pollingOnly);
    refusedV4(
      await eventsCall(tpp, token, 'PUT', member, {
        Data: { ...pollingOnly, EventSubscriptionId: 'es-other' },
      }),
      400,
      'U002',
      'Data.EventSubscriptionId',
    );
    refusedV4(
      await eventsCall(tpp, token, 'PUT', `${collection}/es-unknown`, {
        Data: { ...pollingOnly, EventSubscriptionId: 'es-unknown' },
      }),
      400,
      'U011',
    );

    assert.equal((await eventsCall(tpp, token, 'DELETE', member)).status, 204);
    assert.deepEqual((await eventsCall(tpp, token, 'GET', collection)).body.Data, {
      EventSubscription: [],
    });
  });
});

/** The TPP follows a SET's `sub` with a client-credentials token: the resource as its document writes it. */
async function readSubject(
  claims: JWTPayload,
  scope: 'accounts' | 'payments',
  api: ObApi,
  { template }: { template: string },
): Promise<Record<string, any>> {
  const response = await callApi(
    pusher.tpp,
    await clientCredentials(pusher.tpp, scope),
    'GET',
    claims.sub!.slice(platform.urls.tpp.length),
  );
  const body = await obResponseBody(api, 'GET', template, response);
  assert.equal(response.status, 200, JSON.stringify(body));
  return body!;
}

describe('pushed to a v4.0 subscriber', () => {
  before(async () => {
    const subscribed = await subscribeToEvents(
      pusher.tpp,
      await clientCredentials(pusher.tpp, 'payments'),
      { CallbackUrl: receiver.url, Version: '4.0' },
    );
    const body = await obResponseBody('v4.0-events', 'POST', '/event-subscriptions', subscribed);
    assert.equal(subscribed.status, 201, JSON.stringify(body));
  });

  test('the customer revokes a consent made on v4.0: the verified SET names it in v4.0, then v3.1, and the v4.0 link reads CANC', async () => {
    const consentId = await v4AccountAccessConsent(pusher.tpp);
    await authorizeIntent(platform, pusher.tpp, consentId, { redirectUri: REDIRECT });
    await revokeInDashboard(platform, consentId);

    const links = bothLinks(`/aisp/account-access-consents/${consentId}`);
    const claims = await eventFor(received, links[0]!.link, REVOKED);
    assertSecurityEventToken(claims, {
      jti: claims.jti!,
      resource: links[0]!.link,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE, REVOKED],
      links,
    });
    assert.equal((await deliveredEvent(platform, claims.jti!)).attempts, 1);

    // The TPP follows `sub`: the v4.0 resource, in v4.0's codes.
    const consent = await readSubject(claims, 'accounts', 'v4.0-account-info', {
      template: '/account-access-consents/{ConsentId}',
    });
    assert.equal(consent.Data.Status, 'CANC');
  });

  test('a payment made through v3.1 settles: its SET names it in v4.0 too, and the v4.0 link reads ACSC', async () => {
    const { consentId, paymentId } = await madeDomesticPayment(platform, pusher.tpp, REDIRECT);

    const consentLinks = bothLinks(`/pisp/domestic-payment-consents/${consentId}`);
    const consumed = await eventFor(received, consentLinks[0]!.link, RESOURCE_UPDATE);
    assertSecurityEventToken(consumed, {
      jti: consumed.jti!,
      resource: consentLinks[0]!.link,
      resourceType: 'domestic-payment-consent',
      events: [RESOURCE_UPDATE],
      links: consentLinks,
    });
    const links = bothLinks(`/pisp/domestic-payments/${paymentId}`);
    const settled = await eventFor(received, links[0]!.link, RESOURCE_UPDATE);
    assertSecurityEventToken(settled, {
      jti: settled.jti!,
      resource: links[0]!.link,
      resourceType: 'domestic-payment',
      events: [RESOURCE_UPDATE],
      links,
    });

    const payment = await readSubject(settled, 'payments', 'v4.0-payment-initiation', {
      template: '/domestic-payments/{DomesticPaymentId}',
    });
    assert.equal(payment.Data.Status, 'ACSC');
  });
});

describe('aggregated polling on v4.0', () => {
  /** A TPP with a polling-only subscription of `version`, made through that version's API. */
  async function poller(name: string, version: EventsVersion) {
    const onboarded = await onboardTpp(platform, { name, roles: ['AISP'], redirectUri: REDIRECT });
    const { tpp } = onboarded;
    const token = await clientCredentials(tpp, 'accounts');
    const subscribed = await eventsCall(
      onboarded,
      token,
      'POST',
      eventsApiPaths(version).subscriptions,
      {
        Data: { Version: version },
      },
    );
    assert.equal(subscribed.status, 201, JSON.stringify(subscribed.body));
    const poll = async (body: Record<string, unknown>, through: EventsVersion = version) => {
      const response = await pollEvents(tpp, token, body, through);
      const { api } = eventsApiOf(eventsApiPaths(through).events);
      return {
        status: response.status,
        body: await obResponseBody(api, 'POST', '/events', response),
      };
    };
    /** The customer refuses an account-access intent the TPP made through `madeOn`. */
    const refuse = async (madeOn: EventsVersion) => {
      const consentId =
        madeOn === '4.0'
          ? await v4AccountAccessConsent(tpp)
          : await createdIntentId(tpp, 'account-access');
      await customerDecides(
        platform,
        (await pushAuthorization(tpp, consentId, { scope: 'accounts', redirectUri: REDIRECT })).url,
        { refuse: true },
      );
      return consentId;
    };
    return { tpp, poll, refuse };
  }

  test('a v4.0 subscriber polls on v4.0: SETs linking v4.0 then v3.1, acknowledged once; bad requests in v4.0 codes', async () => {
    const { tpp, poll, refuse } = await poller('V4 Poller Ltd', '4.0');
    assert.deepEqual((await poll({ returnImmediately: true })).body, {
      moreAvailable: false,
      sets: {},
    });
    const refused = await refuse('3.1');

    const first = await poll({ maxEvents: 10 });
    assert.equal(first.status, 200);
    assert.equal(first.body.moreAvailable, false);
    const [[jti, set], ...more] = Object.entries(first.body.sets as Record<string, string>) as [
      [string, string],
    ];
    assert.equal(more.length, 0);
    const links = bothLinks(`/aisp/account-access-consents/${refused}`);
    assertSecurityEventToken(await verifiedSet(platform, set, tpp.clientId), {
      jti,
      resource: links[0]!.link,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE],
      links,
    });

    assert.deepEqual((await poll({ ack: [jti] })).body, { moreAvailable: false, sets: {} });
    const row = await platform.knex('openbanking.event_deliveries').where({ id: jti }).first();
    assert.equal(row.status, 'delivered');

    refusedV4(await poll({ maxEvents: -1 }), 400, 'U002', 'maxEvents');
    refusedV4(await poll({ ack: 'all' }), 400, 'U002');
  });

  test('a v3.1 subscriber is unchanged: a consent made on v4.0 comes in a SET linking v3.1 alone', async () => {
    const { tpp, poll, refuse } = await poller('V31 Poller Ltd', '3.1');
    const refused = await refuse('4.0');
    const { body } = await poll({ maxEvents: 10 });
    const [[jti, set]] = Object.entries(body.sets as Record<string, string>) as [[string, string]];
    const resource = `${platform.urls.tpp}${V31}/aisp/account-access-consents/${refused}`;
    assertSecurityEventToken(await verifiedSet(platform, set, tpp.clientId), {
      jti,
      resource,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE],
    });
  });
});
