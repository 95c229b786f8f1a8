import assert from 'node:assert/strict';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { decodeJwt, importJWK, jwtVerify, type JWTPayload } from 'jose';
import {
  callApi,
  clientCredentials,
  pushAuthorization,
  registerTpp,
  signMessage,
  submitDomesticPayment,
  type AccessToken,
} from '../../examples/tpp-client.ts';
import { writeTppKit } from '../../certs/directory/tpp-kit.ts';
import {
  EVENT_SUBSCRIPTIONS_PATH,
  pollEvents,
  startEventReceiver,
  subscribeToEvents,
  type EventReceiver,
  type ReceivedEvent,
} from '../../examples/event-receiver.ts';
import { SIGNING_KEYS } from '../../authz/index.ts';
import { Browser, csrfOf, totp } from '../support/browser.ts';
import {
  ALICE,
  authorizeIntent,
  customerDecides,
  forgetSpentTotp,
} from '../support/customer-consent.ts';
import { assertSecurityEventToken } from '../support/event-notifications.ts';
import { tlsAgent, tlsFetch } from '../support/http.ts';
import { domesticPaymentRequest } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { freePort, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { killScripts, runScript } from '../support/process.ts';
import {
  assertSignedByBank,
  createdIntentId,
  onboardTpp,
  type OnboardedTpp,
} from '../support/tpp.ts';

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
/** How long an event may take from the change to the TPP: a bound, not a sleep. */
const EVENT_WAIT = { timeoutMs: 20_000, intervalMs: 50 };

let platform: TestPlatform;
let workDir: string;
let bankCaFile: string;
let pusher: OnboardedTpp;
let receiver: EventReceiver;
const received: ReceivedEvent[] = [];

before(async () => {
  platform = await startTestPlatform({
    hsm: false,
    env: {
      EVENT_PUSH_BACKOFF_MS: '50',
      EVENT_PUSH_BACKOFF_MAX_MS: '200',
      EVENT_PUSH_TIMEOUT_MS: '2000',
      EVENT_PUSH_ATTEMPTS: '4',
    },
  });
  workDir = await mkdtemp(join(tmpdir(), 'obp-events-'));
  bankCaFile = join(workDir, 'bank-ca.pem');
  await writeFile(bankCaFile, platform.serverTrustAnchorPem);
  pusher = await onboardTpp(platform, {
    name: 'Push Notified Ltd',
    roles: ['AISP', 'PISP'],
    redirectUri: REDIRECT,
  });
  receiver = await startEventReceiver({
    issuer: platform.urls.browser,
    clientId: pusher.tpp.clientId,
    ...(await platform.directory.issueServerCertificate({
      organisation: 'Push Notified Ltd',
      hostnames: ['localhost'],
    })),
    bankCaPem: platform.serverTrustAnchorPem,
    onEvent: (event) => {
      received.push(event);
    },
  });
});
after(async () => {
  killScripts();
  await receiver?.close();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

interface Answer {
  status: number;
  body: any;
}

/**
 * One call to the events APIs, its answer held to the OB document and, with a body, its bank
 * signature checked.
 */
async function eventsCall(
  tpp: OnboardedTpp,
  token: AccessToken,
  method: string,
  path: string,
  template: string,
  body?: unknown,
  options: { sign?: boolean } = {},
): Promise<Answer> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> =
    text !== undefined && options.sign !== false
      ? { 'x-jws-signature': await signMessage(tpp.tpp.signer, text) }
      : {};
  const response = await callApi(tpp.tpp, token, method, path, text, headers);
  const answer = await response.text();
  const parsed = await obResponseBody('events', method, template, {
    status: response.status,
    text: async () => answer,
  });
  if (answer !== '') await assertSignedByBank(tpp.tpp, response.headers, answer);
  return { status: response.status, body: parsed };
}

function assertObError(answer: Answer, code: string, path?: string): void {
  assert.equal(answer.status, 400, JSON.stringify(answer.body));
  assert.ok(
    answer.body.Errors.some(
      (error: { ErrorCode: string; Path?: string }) =>
        error.ErrorCode === code && (path === undefined || error.Path === path),
    ),
    JSON.stringify(answer.body),
  );
}

/** The events the receiver has verified and handed on, for one resource. */
async function eventFor(resource: string, type: string): Promise<JWTPayload> {
  const event = await pollUntil(
    () => received.find(({ claims }) => claims.sub === resource && type in claims.events),
    EVENT_WAIT,
  );
  assert.ok(
    event,
    `no ${type} event for ${resource}; received ${JSON.stringify(received.map(({ claims }) => [claims.sub, Object.keys(claims.events)]))}`,
  );
  return event.claims;
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
        '/event-subscriptions',
        { Data: data },
        { sign: false },
      ),
      'UK.OBIE.Signature.Missing',
    );
    const created = await eventsCall(
      tpp,
      token,
      'POST',
      EVENT_SUBSCRIPTIONS_PATH,
      '/event-subscriptions',
      { Data: data },
    );
    assert.equal(created.status, 201, JSON.stringify(created.body));
    const id: string = created.body.Data.EventSubscriptionId;
    assert.deepEqual(created.body.Data, { EventSubscriptionId: id, ...data });
    assert.equal(created.body.Links.Self, `${platform.urls.tpp}${EVENT_SUBSCRIPTIONS_PATH}/${id}`);

    const again = await eventsCall(
      tpp,
      token,
      'POST',
      EVENT_SUBSCRIPTIONS_PATH,
      '/event-subscriptions',
      { Data: data },
    );
    assert.equal(again.status, 409, 'OB: one event subscription per TPP');

    // Any OB API's client-credentials scope will do.
    const read = await eventsCall(
      tpp,
      await clientCredentials(tpp.tpp, 'accounts'),
      'GET',
      EVENT_SUBSCRIPTIONS_PATH,
      '/event-subscriptions',
    );
    assert.equal(read.status, 200);
    assert.deepEqual(read.body.Data.EventSubscription, [{ EventSubscriptionId: id, ...data }]);

    const member = `${EVENT_SUBSCRIPTIONS_PATH}/${id}`;
    const template = '/event-subscriptions/{EventSubscriptionId}';
    const pollingOnly = { EventSubscriptionId: id, Version: '3.1', EventTypes: [REVOKED] };
    const replaced = await eventsCall(tpp, token, 'PUT', member, template, { Data: pollingOnly });
    assert.equal(replaced.status, 200, JSON.stringify(replaced.body));
    assert.deepEqual(replaced.body.Data, pollingOnly);
    assertObError(
      await eventsCall(tpp, token, 'PUT', member, template, {
        Data: { ...pollingOnly, EventSubscriptionId: 'es-other' },
      }),
      'UK.OBIE.Field.Invalid',
      'Data.EventSubscriptionId',
    );
    assertObError(
      await eventsCall(tpp, token, 'PUT', `${EVENT_SUBSCRIPTIONS_PATH}/es-unknown`, template, {
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
      (await eventsCall(other, otherToken, 'GET', EVENT_SUBSCRIPTIONS_PATH, '/event-subscriptions'))
        .body.Data,
      { EventSubscription: [] },
    );
    assertObError(
      await eventsCall(other, otherToken, 'DELETE', member, template),
      'UK.OBIE.Resource.NotFound',
    );

    const deleted = await eventsCall(tpp, token, 'DELETE', member, template);
    assert.equal(deleted.status, 204);
    assert.deepEqual(
      (await eventsCall(tpp, token, 'GET', EVENT_SUBSCRIPTIONS_PATH, '/event-subscriptions')).body
        .Data,
      { EventSubscription: [] },
    );
  });

  test('what the bank cannot honour is refused, naming the field, and nothing is stored', async () => {
    const tpp = await onboardTpp(platform, {
      name: 'Careless Subscriber Ltd',
      roles: ['AISP'],
      redirectUri: REDIRECT,
    });
    const token = await clientCredentials(tpp.tpp, 'accounts');
    const post = (Data: Record<string, unknown>) =>
      eventsCall(tpp, token, 'POST', EVENT_SUBSCRIPTIONS_PATH, '/event-subscriptions', { Data });
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
    await revokeInDashboard(consentId);

    const resource = `${platform.urls.tpp}/open-banking/v3.1/aisp/account-access-consents/${consentId}`;
    const claims = await eventFor(resource, REVOKED);
    assertSecurityEventToken(claims, {
      jti: claims.jti!,
      resource,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE, REVOKED],
    });
    // The receiver holds the SET before the worker has recorded the 2xx, so wait for the row.
    const row = await pollUntil(async () => {
      const delivery = await platform
        .knex('openbanking.event_deliveries')
        .where({ id: claims.jti })
        .first();
      return delivery?.status === 'delivered' ? delivery : undefined;
    }, EVENT_WAIT);
    assert.equal(row?.status, 'delivered');
    assert.equal(row.attempts, 1);
  });

  test("a payment settles: the receiver gets the payment's resource-update SET, after the consent's", async () => {
    const intent = domesticPaymentRequest();
    const consentId = await createdIntentId(pusher.tpp, 'domestic-payment', intent);
    const token = await authorizeIntent(platform, pusher.tpp, consentId, { redirectUri: REDIRECT });
    const paid = await submitDomesticPayment(pusher.tpp, token, {
      Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
      Risk: intent.Risk,
    });
    assert.equal(paid.status, 201, await paid.clone().text());
    const paymentId: string = ((await paid.json()) as { Data: { DomesticPaymentId: string } }).Data
      .DomesticPaymentId;

    const consumed = await eventFor(
      `${platform.urls.tpp}/open-banking/v3.1/pisp/domestic-payment-consents/${consentId}`,
      RESOURCE_UPDATE,
    );
    const resource = `${platform.urls.tpp}/open-banking/v3.1/pisp/domestic-payments/${paymentId}`;
    const settled = await eventFor(resource, RESOURCE_UPDATE);
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
    const subscribed = await eventsCall(
      poller,
      token,
      'POST',
      EVENT_SUBSCRIPTIONS_PATH,
      '/event-subscriptions',
      { Data: { Version: '3.1' } },
    );
    assert.equal(subscribed.status, 201, JSON.stringify(subscribed.body));

    // As a TPP polls (examples/event-receiver.ts); the answer is held to the OB document.
    const poll = async (body: Record<string, unknown>): Promise<Answer> => {
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
    await revokeInDashboard(revoked);

    const first = await poll({ maxEvents: 1 });
    assert.equal(first.status, 200);
    assert.equal(first.body.moreAvailable, true);
    const [[refusedJti, refusedSet]] = Object.entries(
      first.body.sets as Record<string, string>,
    ) as [[string, string]];
    const refusedClaims = await verifiedSet(refusedSet, poller.tpp.clientId);
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

/**
 * The SET verifies with the bank's published key, typed secevent+jwt, from the bank to this TPP.
 */
async function verifiedSet(set: string, clientId: string): Promise<JWTPayload> {
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

/** The customer signs in to the dashboard (password, one-time code) and cancels the consent. */
async function revokeInDashboard(consentId: string, customer = ALICE): Promise<void> {
  const dispatcher = tlsAgent({ ca: platform.serverTrustAnchorPem });
  try {
    const browser = new Browser(platform.urls.browser, dispatcher);
    const page = async (response: Awaited<ReturnType<Browser['get']>>) => {
      const landed = await browser.follow(response);
      assert.equal(landed.status, 200);
      return landed.text();
    };
    const signIn = await page(await browser.get('/consents'));
    const code = await page(
      await browser.post('/consents/sign-in', {
        csrf: csrfOf(signIn),
        username: customer.username,
        password: customer.password,
      }),
    );
    await forgetSpentTotp(platform.knex, customer.id);
    const list = await page(
      await browser.post('/consents/code', {
        csrf: csrfOf(code),
        code: await totp(customer.totpSecret),
      }),
    );
    assert.match(list, new RegExp(`/consents/${consentId}/revoke`));
    const confirm = await page(
      await browser.post(`/consents/${consentId}/revoke`, { csrf: csrfOf(list) }),
    );
    await page(
      await browser.post(`/consents/${consentId}/revoke`, {
        csrf: csrfOf(confirm),
        confirm: 'yes',
      }),
    );
    const row = await platform.knex('openbanking.consents').where({ id: consentId }).first();
    assert.equal(row.status, 'Revoked');
  } finally {
    await dispatcher.close();
  }
}
