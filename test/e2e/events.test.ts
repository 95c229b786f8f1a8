import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { decodeJwt, type JWTPayload } from 'jose';
import { clientCredentials, pushAuthorization, registerTpp } from '../../examples/tpp-client.ts';
import { writeTppKit } from '../../certs/directory/tpp-kit.ts';
import {
  EVENT_SUBSCRIPTIONS_PATH,
  pollEvents,
  subscribeToEvents,
  type EventReceiver,
  type ReceivedEvent,
} from '../../examples/event-receiver.ts';
import {
  authorizeIntent,
  customerDecides,
  revokeInDashboard,
} from '../support/customer-consent.ts';
import { assertSecurityEventToken, verifiedSet } from '../support/event-notifications.ts';
import {
  EVENT_PUSH_ENV,
  EVENT_WAIT,
  deliveredEvent,
  eventFor,
  madeDomesticPayment,
  type EventsAnswer,
  eventsCall,
  receivingTpp,
} from '../support/events-api.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { freePort, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { killScripts, runScript } from '../support/process.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * OB v3.1 Event Notification and Events APIs over the whole platform: a TPP (openid-client)
 * subscribes with a signed request, the customer revokes in the dashboard or a payment settles,
 * and the TPP's receiver (examples/event-receiver.ts, mutual TLS, SETs verified with the bank's
 * published keys) gets the event; another TPP collects and acknowledges its events by polling.
 * Every request and answer is held to the OB events document.
 */

const REDIRECT = 'https://tpp.example/cb';
const RESOURCE_UPDATE = 'urn:uk:org:openbanking:events:resource-update';
const REVOKED = 'urn:uk:org:openbanking:events:consent-authorization-revoked';

let platform: TestPlatform;
let workDir: string;
let bankCaFile: string;
let pusher: OnboardedTpp;
let receiver: EventReceiver;
let received: ReceivedEvent[];

before(async () => {
  platform = await startTestPlatform({ hsm: false, env: EVENT_PUSH_ENV });
  workDir = await mkdtemp(join(tmpdir(), 'obp-events-'));
  bankCaFile = join(workDir, 'bank-ca.pem');
  await writeFile(bankCaFile, platform.serverTrustAnchorPem);
  ({ pusher, receiver, received } = await receivingTpp(platform, 'Push Notified Ltd', REDIRECT));
});
after(async () => {
  killScripts();
  await receiver?.close();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

function assertObError(answer: EventsAnswer, code: string, path?: string): void {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.ok(
    answer.body.Errors.some(
      (error: { ErrorCode: string; Path?: string }) =>
        error.ErrorCode === code && (path === undefined || error.Path === path),
    ),
    JSON.stringify(answer.body),
  );
}

describe('event subscriptions', () => {
  test('create (signed), read, replace and delete, one per TPP, each answer as the OB document writes it', async () => {
    const tpp = await onboardTpp(platform, {
      name: 'Subscriber Ltd',
      roles: ['AISP'],
      redirectUri: REDIRECT,
    });
    const token = await clientCredentials(tpp.tpp, 'accounts');
    const data = { CallbackUrl: 'https://localhost:9443/ob', Version: '3.1' };

    assertObError(
      await eventsCall(
        tpp,
        token,
        'POST',
        EVENT_SUBSCRIPTIONS_PATH,
        { Data: data },
        { sign: false },
      ),
      'UK.OBIE.Signature.Missing',
    );
    const created = await eventsCall(tpp, token, 'POST', EVENT_SUBSCRIPTIONS_PATH, { Data: data });
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id: string = created.body.Data.EventSubscriptionId;
    assert.deepEqual(created.body.Data, { EventSubscriptionId: id, ...data });
    assert.equal(created.body.Links.Self, `${platform.urls.tpp}${EVENT_SUBSCRIPTIONS_PATH}/${id}`);

    const again = await eventsCall(tpp, token, 'POST', EVENT_SUBSCRIPTIONS_PATH, { Data: data });
    assert.equal(again.status, 409, 'OB: one event subscription per TPP');

    // Any OB API's client-credentials scope will do.
    const read = await eventsCall(
      tpp,
      await clientCredentials(tpp.tpp, 'accounts'),
      'GET',
      EVENT_SUBSCRIPTIONS_PATH,
    );
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.Data.EventSubscription, [{ EventSubscriptionId: id, ...data }]);

    const member = `${EVENT_SUBSCRIPTIONS_PATH}/${id}`;
    const pollingOnly = { EventSubscriptionId: id, Version: '3.1', EventTypes: [REVOKED] };
    const replaced = await eventsCall(tpp, token, 'PUT', member, { Data: pollingOnly });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.deepEqual(replaced.body.Data, pollingOnly);
    assertObError(
      await eventsCall(tpp, token, 'PUT', member, {
        Data: { ...pollingOnly, EventSubscriptionId: 'es-other' },
      }),
      'UK.OBIE.Field.Invalid',
      'Data.EventSubscriptionId',
    );
    assertObError(
      await eventsCall(tpp, token, 'PUT', `${EVENT_SUBSCRIPTIONS_PATH}/es-unknown`, {
        Data: { ...pollingOnly, EventSubscriptionId: 'es-unknown' },
      }),
      'UK.OBIE.Resource.NotFound',
    );

    // Another TPP neither sees nor deletes it.
    const other = await onboardTpp(platform, {
      name: 'Other Subscriber Ltd',
      roles: ['PISP'],
      redirectUri: REDIRECT,
    });
    const otherToken = await clientCredentials(other.tpp, 'payments');
    assert.deepEqual(
      (await eventsCall(other, otherToken, 'GET', EVENT_SUBSCRIPTIONS_PATH)).body.Data,
      { EventSubscription: [] },
    );
    assertObError(
      await eventsCall(other, otherToken, 'DELETE', member),
      'UK.OBIE.Resource.NotFound',
    );

    const deleted = await eventsCall(tpp, token, 'DELETE', member);
    assert.equal(deleted.status, 204);
    assert.deepEqual((await eventsCall(tpp, token, 'GET', EVENT_SUBSCRIPTIONS_PATH)).body.Data, {
      EventSubscription: [],
    });
  });

  test('what the bank cannot honour is refused, naming the field, and nothing is stored', async () => {
    const tpp = await onboardTpp(platform, {
      name: 'Careless Subscriber Ltd',
      roles: ['AISP'],
      redirectUri: REDIRECT,
    });
    const token = await clientCredentials(tpp.tpp, 'accounts');
    const post = (Data: Record<string, unknown>) =>
      eventsCall(tpp, token, 'POST', EVENT_SUBSCRIPTIONS_PATH, { Data });
    assertObError(await post({ Version: '4.0' }), 'UK.OBIE.Field.Invalid', 'Data.Version');
    assertObError(
      await post({
        Version: '3.1',
        EventTypes: [
          RESOURCE_UPDATE,
          'urn:uk:org:openbanking:events:account-access-consent-linked-account-update',
        ],
      }),
      'UK.OBIE.Field.Invalid',
      'Data.EventTypes[1]',
    );
    assertObError(
      await post({ Version: '3.1', CallbackUrl: 'http://tpp.example/events' }),
      'UK.OBIE.Field.Invalid',
      'Data.CallbackUrl',
    );
    assertObError(
      await post({ Version: '3.1', CallbackUrl: 'https://10.1.2.3/events' }),
      'UK.OBIE.Field.Invalid',
      'Data.CallbackUrl',
    );
    assertObError(
      await post({ Version: '3.1', CallbackUrl: 'https://[::1]:9443/events' }),
      'UK.OBIE.Field.Invalid',
      'Data.CallbackUrl',
    );
    assertObError(
      await post({ Version: '3.1', Url: 'https://tpp.example' }),
      'UK.OBIE.Field.Unexpected',
      'Data.Url',
    );
    assert.equal(
      await platform
        .knex('openbanking.event_subscriptions')
        .where({ client_id: tpp.tpp.clientId })
        .first(),
      undefined,
    );
  });
});

describe('pushed to the TPP', () => {
  before(async () => {
    const subscribed = await subscribeToEvents(
      pusher.tpp,
      await clientCredentials(pusher.tpp, 'payments'),
      { CallbackUrl: receiver.url, Version: '3.1' },
    );
    assert.equal(subscribed.status, 201, await subscribed.text());
  });

  test('the customer revokes in the dashboard: the receiver gets a signed consent-authorization-revoked SET', async () => {
    const consentId = await createdIntentId(pusher.tpp, 'account-access');
    await authorizeIntent(platform, pusher.tpp, consentId, { redirectUri: REDIRECT });
    await revokeInDashboard(platform, consentId);

    const resource = `${platform.urls.tpp}/open-banking/v3.1/aisp/account-access-consents/${consentId}`;
    const claims = await eventFor(received, resource, REVOKED);
    assertSecurityEventToken(claims, {
      jti: claims.jti!,
      resource,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE, REVOKED],
    });
    // The receiver holds the SET before the worker has recorded the 2xx, so wait for the row.
    assert.equal((await deliveredEvent(platform, claims.jti!)).attempts, 1);
  });

  test("a payment settles: the receiver gets the payment's resource-update SET, after the consent's", async () => {
    const { consentId, paymentId } = await madeDomesticPayment(platform, pusher.tpp, REDIRECT);

    const consumed = await eventFor(
      received,
      `${platform.urls.tpp}/open-banking/v3.1/pisp/domestic-payment-consents/${consentId}`,
      RESOURCE_UPDATE,
    );
    const resource = `${platform.urls.tpp}/open-banking/v3.1/pisp/domestic-payments/${paymentId}`;
    const settled = await eventFor(received, resource, RESOURCE_UPDATE);
    assertSecurityEventToken(settled, {
      jti: settled.jti!,
      resource,
      resourceType: 'domestic-payment',
      events: [RESOURCE_UPDATE],
    });
    const payment = await platform.knex('openbanking.payments').where({ id: paymentId }).first();
    assert.equal(
      payment.status,
      'AcceptedSettlementCompleted',
      'the event follows the status change',
    );
    assert.ok((consumed.toe as number) <= (settled.toe as number));
  });
});

test('examples/event-receiver.ts, run as a developer runs it on a kit folder, prints the events it verified', async () => {
  const kit = await platform.directory.onboard({
    name: 'Receiver Example Ltd',
    redirectUris: [REDIRECT],
    roles: ['AISP'],
  });
  const kitDir = join(workDir, 'receiver-kit');
  await writeTppKit(kitDir, kit, { issuer: platform.urls.browser, tppBaseUrl: platform.urls.tpp });
  // The directory CLI against the platform's own data directory: the CA the bank trusts for TPP
  // servers.
  const certificate = runScript('certs/directory-cli.ts', ['receiver-cert', '--kit', kitDir], {
    DATA_DIR: platform.dataDir,
  });
  assert.equal(await certificate.exited, 0, certificate.output());

  const tpp = await registerTpp(
    platform.urls.browser,
    { ...kit, bankCaPem: platform.serverTrustAnchorPem },
    { redirectUris: [REDIRECT] },
  );
  const port = await freePort();
  const receiving = runScript(
    'examples/event-receiver.ts',
    [kitDir, '--port', String(port), `--client-id=${tpp.clientId}`],
    { BANK_CA_FILE: bankCaFile },
  );
  assert.ok(
    await pollUntil(() => receiving.output().includes('Receiving event notifications'), EVENT_WAIT),
    receiving.output(),
  );
  const subscribed = await subscribeToEvents(tpp, await clientCredentials(tpp, 'accounts'), {
    CallbackUrl: `https://localhost:${port}`,
    Version: '3.1',
  });
  assert.equal(subscribed.status, 201, await subscribed.text());

  const refused = await createdIntentId(tpp, 'account-access');
  await customerDecides(
    platform,
    (await pushAuthorization(tpp, refused, { scope: 'accounts', redirectUri: REDIRECT })).url,
    { refuse: true },
  );
  const line = await pollUntil(
    () =>
      receiving
        .output()
        .split('\n')
        .find((printed) => printed.includes(refused)),
    EVENT_WAIT,
  );
  assert.ok(line, `the receiver printed no event for ${refused}:\n${receiving.output()}`);
  const claims = JSON.parse(line) as JWTPayload;
  assert.equal(claims.aud, tpp.clientId);
  assert.equal(
    claims.sub,
    `${platform.urls.tpp}/open-banking/v3.1/aisp/account-access-consents/${refused}`,
  );
  receiving.child.kill('SIGTERM');
});

describe('aggregated polling', () => {
  test('a TPP without a callback URL polls its events, acknowledges them or reports errors, and is not offered them again', async () => {
    const poller = await onboardTpp(platform, {
      name: 'Poller Ltd',
      roles: ['AISP'],
      redirectUri: REDIRECT,
    });
    const token = await clientCredentials(poller.tpp, 'accounts');
    const subscribed = await eventsCall(poller, token, 'POST', EVENT_SUBSCRIPTIONS_PATH, {
      Data: { Version: '3.1' },
    });
    assert.equal(subscribed.status, 201, JSON.stringify(subscribed.body));

    // As a TPP polls (examples/event-receiver.ts); the answer is held to the OB document.
    const poll = async (body: Record<string, unknown>): Promise<EventsAnswer> => {
      const response = await pollEvents(poller.tpp, token, body);
      return {
        status: response.status,
        body: await obResponseBody('events', 'POST', '/events', response),
      };
    };
    assert.deepEqual((await poll({ returnImmediately: true })).body, {
      moreAvailable: false,
      sets: {},
    });

    // Two changes the TPP was not told of by a redirect: the customer refuses one intent, and
    // revokes another after approving it.
    const refused = await createdIntentId(poller.tpp, 'account-access');
    await customerDecides(
      platform,
      (await pushAuthorization(poller.tpp, refused, { scope: 'accounts', redirectUri: REDIRECT }))
        .url,
      { refuse: true },
    );
    const revoked = await createdIntentId(poller.tpp, 'account-access');
    await authorizeIntent(platform, poller.tpp, revoked, { redirectUri: REDIRECT });
    await revokeInDashboard(platform, revoked);

    const first = await poll({ maxEvents: 1 });
    assert.equal(first.status, 200);
    assert.equal(first.body.moreAvailable, true);
    const [[refusedJti, refusedSet]] = Object.entries(
      first.body.sets as Record<string, string>,
    ) as [[string, string]];
    const refusedClaims = await verifiedSet(platform, refusedSet, poller.tpp.clientId);
    assertSecurityEventToken(refusedClaims, {
      jti: refusedJti,
      resource: `${platform.urls.tpp}/open-banking/v3.1/aisp/account-access-consents/${refused}`,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE],
    });

    // Acknowledge the first, collect the rest.
    const second = await poll({ ack: [refusedJti], maxEvents: 10 });
    assert.equal(second.body.moreAvailable, false);
    const sets = Object.entries(second.body.sets as Record<string, string>);
    assert.deepEqual(
      sets.map(([jti]) => jti).includes(refusedJti),
      false,
      'an acknowledged event is not offered again',
    );
    assert.equal(sets.length, 1);
    const [[revokedJti, revokedSet]] = sets as [[string, string]];
    assert.deepEqual(
      Object.keys(decodeJwt(revokedSet).events as object).sort(),
      [REVOKED, RESOURCE_UPDATE].sort(),
    );

    // Report it as unusable (RFC 8936 setErrs): recorded, and not offered again either.
    const third = await poll({
      setErrs: { [revokedJti]: { err: 'invalid_request', description: 'cannot use this event' } },
      ack: ['not-an-event-of-this-tpp'],
    });
    assert.deepEqual(third.body, { moreAvailable: false, sets: {} });
    const rows = await platform
      .knex('openbanking.event_deliveries')
      .whereIn('id', [refusedJti, revokedJti])
      .select('id', 'status', 'last_error');
    assert.deepEqual(
      Object.fromEntries(rows.map((row: { id: string; status: string }) => [row.id, row.status])),
      { [refusedJti]: 'delivered', [revokedJti]: 'rejected' },
    );

    assertObError(await poll({ maxEvents: -1 }), 'UK.OBIE.Field.Invalid', 'maxEvents');
    assertObError(await poll({ ack: 'all' }), 'UK.OBIE.Field.Invalid');
  });
});
