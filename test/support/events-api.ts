import assert from 'node:assert/strict';
import type { JWTPayload } from 'jose';
import {
  startEventReceiver,
  type EventReceiver,
  type ReceivedEvent,
} from '../../examples/event-receiver.ts';
import {
  callApi,
  signMessage,
  submitDomesticPayment,
  type AccessToken,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import { authorizeIntent } from './customer-consent.ts';
import { domesticPaymentRequest } from './intent-requests.ts';
import { obResponseBody } from './ob-spec.ts';
import type { TestPlatform } from './platform.ts';
import { pollUntil } from './poll.ts';
import { assertSignedByBank, createdIntentId, onboardTpp, type OnboardedTpp } from './tpp.ts';

/**
 * A TPP's side of the OB Events APIs in the e2e tests (events.test.ts for v3.1,
 * events-v4.test.ts for v4.0): calls held to their version's events document, and a receiver of
 * pushed SETs.
 */

/** Fast retries, so a test sees a retried push within its bounds. */
export const EVENT_PUSH_ENV = {
  EVENT_PUSH_BACKOFF_MS: '50',
  EVENT_PUSH_BACKOFF_MAX_MS: '200',
  EVENT_PUSH_TIMEOUT_MS: '2000',
  EVENT_PUSH_ATTEMPTS: '4',
};

/** How long an event may take from the change to the TPP: a bound, not a sleep. */
export const EVENT_WAIT = { timeoutMs: 20_000, intervalMs: 50 };

export interface EventsAnswer {
  status: number;
  body: any;
}

/** The events document and path template of an Events API path of either version. */
export function eventsApiOf(path: string): { api: 'events' | 'v4.0-events'; template: string } {
  const match = /^\/open-banking\/(v3\.1|v4\.0)(\/.*)$/.exec(path);
  if (!match) throw new Error(`not an Events API path: ${path}`);
  return {
    api: match[1] === 'v4.0' ? 'v4.0-events' : 'events',
    template: match[2]!.replace(
      /^\/event-subscriptions\/[^/]+$/,
      '/event-subscriptions/{EventSubscriptionId}',
    ),
  };
}

/**
 * One call to an Events API, its answer held to its version's OB document and, for the
 * subscription API (polling is not signed), the bank's signature over a body checked. A body is
 * signed by the TPP unless `sign` is false.
 */
export async function eventsCall(
  tpp: OnboardedTpp,
  token: AccessToken,
  method: string,
  path: string,
  body?: unknown,
  options: { sign?: boolean } = {},
): Promise<EventsAnswer> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> =
    text !== undefined && options.sign !== false
      ? { 'x-jws-signature': await signMessage(tpp.tpp.signer, text) }
      : {};
  const response = await callApi(tpp.tpp, token, method, path, text, headers);
  const answer = await response.text();
  const { api, template } = eventsApiOf(path);
  const parsed = await obResponseBody(api, method, template, {
    status: response.status,
    text: async () => answer,
  });
  if (answer !== '' && template.startsWith('/event-subscriptions'))
    await assertSignedByBank(tpp.tpp, response.headers, answer);
  return { status: response.status, body: parsed };
}

/**
 * A TPP with an AISP and PISP role and its receiver of pushed events
 * (examples/event-receiver.ts: mutual TLS, each SET verified against the bank's published JWKS),
 * which keeps what it verified in `received`.
 */
export async function receivingTpp(
  platform: TestPlatform,
  name: string,
  redirectUri: string,
): Promise<{ pusher: OnboardedTpp; receiver: EventReceiver; received: ReceivedEvent[] }> {
  const pusher = await onboardTpp(platform, { name, roles: ['AISP', 'PISP'], redirectUri });
  const received: ReceivedEvent[] = [];
  const receiver = await startEventReceiver({
    issuer: platform.urls.browser,
    clientId: pusher.tpp.clientId,
    ...(await platform.directory.issueServerCertificate({
      organisation: name,
      hostnames: ['localhost'],
    })),
    bankCaPem: platform.serverTrustAnchorPem,
    onEvent: (event) => {
      received.push(event);
    },
  });
  return { pusher, receiver, received };
}

/** The pushed event the receiver verified and handed on, for one resource (`sub`) and type. */
export async function eventFor(
  received: readonly ReceivedEvent[],
  resource: string,
  type: string,
): Promise<JWTPayload> {
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

/**
 * The delivery row of a pushed event once the worker has recorded it delivered (the receiver holds
 * the SET before the worker records the 2xx).
 */
export async function deliveredEvent(
  platform: Pick<TestPlatform, 'knex'>,
  jti: string,
): Promise<{ status: string; attempts: number }> {
  const row = await pollUntil(async () => {
    const delivery = await platform.knex('openbanking.event_deliveries').where({ id: jti }).first();
    return delivery?.status === 'delivered' ? delivery : undefined;
  }, EVENT_WAIT);
  assert.equal(row?.status, 'delivered', `event ${jti} was not recorded delivered`);
  return row;
}

/**
 * A domestic payment made through v3.1: the intent, the customer's approval, the submission
 * (which consumes the consent); settlement follows on the worker. Its consent's and its own ids.
 */
export async function madeDomesticPayment(
  platform: TestPlatform,
  tpp: RegisteredTpp,
  redirectUri: string,
): Promise<{ consentId: string; paymentId: string }> {
  const intent = domesticPaymentRequest();
  const consentId = await createdIntentId(tpp, 'domestic-payment', intent);
  const token = await authorizeIntent(platform, tpp, consentId, { redirectUri });
  const paid = await submitDomesticPayment(tpp, token, {
    Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
    Risk: intent.Risk,
  });
  assert.equal(paid.status, 201, await paid.clone().text());
  const paymentId: string = ((await paid.json()) as { Data: { DomesticPaymentId: string } }).Data
    .DomesticPaymentId;
  return { consentId, paymentId };
}
