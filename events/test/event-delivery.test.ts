import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { decodeProtectedHeader, importJWK, jwtVerify } from 'jose';
import { SIGNING_KEYS } from '../../authz/index.ts';
import {
  createKeyProvider,
  ensureDevPki,
  SandboxDirectory,
  type DevPki,
  type KeyProvider,
} from '../../certs/index.ts';
import {
  CONSENT_AUTHORIZATION_REVOKED,
  type EventVersion,
  RESOURCE_UPDATE,
  raiseEvents,
  replaceSubscription,
  type ResourceChange,
  type ResourceType,
} from '../../openbanking/index.ts';
import { createLogger } from '../../platform/logging.ts';
import type { TestDatabase } from '../../test/support/database.ts';
import { assertSecurityEventToken } from '../../test/support/event-notifications.ts';
import { pollUntil } from '../../test/support/poll.ts';
import { startEventDelivery, type EventDeliverySettings, type Worker } from '../index.ts';
import { retryDelayMs } from '../delivery/settings.ts';
import { revokeExpiredConsentGrants } from '../tasks/expire-consents.ts';
import { ALICE, createSeededDatabase } from './jobs.ts';
import { scriptedReceiver, type Answer, type ScriptedReceiver } from './receiver.ts';

/**
 * Event notifications from the outbox to a TPP's endpoint, against real PostgreSQL, real TLS with
 * client certificates on loopback, and the platform's own graphile-worker runner: signed SETs,
 * retries with backoff, dead letters, per-resource order, the SSRF restriction.
 */

const ISSUER = 'https://bank.test';
const RESOURCES = 'https://api.bank.test';
const SETTINGS: EventDeliverySettings = {
  attemptsMax: 4,
  backoffBaseMs: 40,
  backoffMaxMs: 200,
  timeoutMs: 800,
  concurrency: 4,
  privateHostsAllowed: ['localhost'],
};
const WAIT = { timeoutMs: 20_000, intervalMs: 25 };
/** The platform passes the resource server's; here consents are served on v4.0, nothing else. */
const V4_RESOURCE_TYPES: ReadonlySet<ResourceType> = new Set(['account-access-consent']);

let database: TestDatabase;
let workDir: string;
let keys: KeyProvider;
let pki: DevPki;
let receiverTls: { certPem: string; keyPem: string; bankCaPem: string };
let directoryCaPem: string;
const receivers: ScriptedReceiver[] = [];

before(async () => {
  database = await createSeededDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'obp-events-'));
  keys = createKeyProvider({ keystoreDir: join(workDir, 'keys') });
  pki = await ensureDevPki({ dir: join(workDir, 'pki'), keys, hostnames: [] });
  const directory = await SandboxDirectory.open({ dir: join(workDir, 'directory'), keys });
  directoryCaPem = directory.caCertPem;
  receiverTls = {
    ...(await directory.issueServerCertificate({
      organisation: 'Receiver Ltd',
      hostnames: ['localhost'],
    })),
    bankCaPem: pki.caCertPem,
  };
});
after(async () => {
  await Promise.all(receivers.map((receiver) => receiver.close()));
  await keys?.close();
  await database?.drop();
  await rm(workDir, { recursive: true, force: true });
});

async function receiver(
  answer: (push: { jti: string; path: string }, earlier: number) => Answer,
): Promise<ScriptedReceiver> {
  const started = await scriptedReceiver(receiverTls, answer);
  receivers.push(started);
  return started;
}

/** A TPP's subscription, as POST /event-subscriptions stores it. */
async function subscribe(
  clientId: string,
  callbackUrl: string | null,
  eventTypes: string[] = [],
  version: EventVersion = '3.1',
): Promise<void> {
  await database.knex('openbanking.event_subscriptions').insert({
    id: `es-${randomUUID()}`,
    client_id: clientId,
    callback_url: callbackUrl,
    version,
    event_types: eventTypes,
  });
}

/** An authorised account-access consent of the TPP. */
async function consent(clientId: string): Promise<string> {
  const id = `aac-${randomUUID()}`;
  await database.knex('openbanking.consents').insert({
    id,
    kind: 'account-access',
    client_id: clientId,
    status: 'Authorised',
    permissions: ['ReadAccountsBasic'],
    customer_id: ALICE.id,
    account_ids: [ALICE.current.id],
    authorised_at: new Date(),
  });
  return id;
}

async function raise(change: ResourceChange): Promise<void> {
  await database.knex.transaction((trx) => raiseEvents(trx, change));
}

interface DeliveryRow {
  id: string;
  status: string;
  attempts: number;
  next_attempt_at: Date | null;
  last_error: string | null;
  claims: { events: Record<string, unknown> };
}

async function deliveriesOf(clientId: string): Promise<DeliveryRow[]> {
  return database
    .knex('openbanking.event_deliveries')
    .where({ client_id: clientId })
    .orderBy('seq')
    .select('id', 'status', 'attempts', 'next_attempt_at', 'last_error', 'claims');
}

async function settled(clientId: string, status: string, count = 1): Promise<DeliveryRow[]> {
  const rows = await pollUntil(async () => {
    const found = await deliveriesOf(clientId);
    return found.length === count && found.every((row) => row.status === status) && found;
  }, WAIT);
  assert.ok(
    rows,
    `${clientId}: expected ${count} ${status} deliveries, have ${JSON.stringify(await deliveriesOf(clientId))}`,
  );
  return rows;
}

test('the retry delay doubles from the base, is capped, and is jittered within its upper half', () => {
  const policy = { backoffBaseMs: 100, backoffMaxMs: 1000 };
  assert.deepEqual(
    [1, 2, 3, 4, 5, 6].map((attempt) => retryDelayMs(policy, attempt, 1)),
    [100, 200, 400, 800, 1000, 1000],
  );
  assert.deepEqual(
    [1, 2, 5].map((attempt) => retryDelayMs(policy, attempt, 0)),
    [50, 100, 500],
  );
  assert.throws(() => retryDelayMs(policy, 0), RangeError);
});

describe('the outbox', () => {
  test('a TPP without a subscription gets nothing; one with a subscription gets the event only when the change commits', async () => {
    const unsubscribed = `client-${randomUUID()}`;
    await raise({ consents: [await consent(unsubscribed)], authorizationRevoked: true });
    assert.deepEqual(await deliveriesOf(unsubscribed), []);

    const subscribed = `client-${randomUUID()}`;
    await subscribe(subscribed, 'https://tpp.example/cb');
    const consentId = await consent(subscribed);
    await assert.rejects(
      database.knex.transaction(async (trx) => {
        await raiseEvents(trx, { consents: [consentId], authorizationRevoked: true });
        throw new Error('the change fails after the event was raised');
      }),
      /the change fails/,
    );
    assert.deepEqual(await deliveriesOf(subscribed), []);
    assert.equal((await pushJobs(subscribed)).length, 0, 'no push job without the event');

    await raise({ consents: [consentId], authorizationRevoked: true });
    const [row] = await deliveriesOf(subscribed);
    assert.equal(row?.status, 'pending');
    assert.deepEqual(Object.keys(row!.claims.events).sort(), [
      CONSENT_AUTHORIZATION_REVOKED,
      RESOURCE_UPDATE,
    ]);
    assert.equal((await pushJobs(subscribed)).length, 1, 'the push job commits with the event');
    assert.ok(row!.next_attempt_at, 'pushed: it has a callback URL');
  });

  test('a subscription gets only the event types it names; without a callback URL events wait for polling', async () => {
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, null, [CONSENT_AUTHORIZATION_REVOKED]);
    await raise({ consents: [await consent(clientId)] });
    assert.deepEqual(
      await deliveriesOf(clientId),
      [],
      'a plain resource-update is not subscribed to',
    );
    await raise({ consents: [await consent(clientId)], authorizationRevoked: true });
    const [row] = await deliveriesOf(clientId);
    assert.deepEqual(Object.keys(row!.claims.events), [CONSENT_AUTHORIZATION_REVOKED]);
    assert.equal(row!.next_attempt_at, null);
    assert.equal((await pushJobs(clientId)).length, 0);
  });
});

describe('raised where statuses change', () => {
  test('expiry raises consent-authorization-revoked for an authorised consent, not for one the customer revoked before', async () => {
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, null);
    const [authorised, revoked] = [await consent(clientId), await consent(clientId)];
    await database
      .knex('openbanking.consents')
      .whereIn('id', [authorised, revoked])
      .update({
        grant_id: database.knex.raw("'grant-' || id"),
        expires_at: new Date(Date.now() - 1000),
      });
    await database
      .knex('openbanking.consents')
      .where({ id: revoked })
      .update({ status: 'Revoked' });

    await revokeExpiredConsentGrants(database.knex, 100);
    const rows = await database
      .knex('openbanking.event_deliveries')
      .where({ client_id: clientId })
      .select('resource_id', 'event_type');
    assert.deepEqual(
      rows.map((row: { resource_id: string; event_type: string }) => [
        row.resource_id,
        row.event_type,
      ]),
      [[authorised, CONSENT_AUTHORIZATION_REVOKED]],
    );
    await revokeExpiredConsentGrants(database.knex, 100);
    assert.equal((await deliveriesOf(clientId)).length, 1, 'a second run raises nothing again');
  });
});

/** The TPP's queued push job (one per TPP: job key). */
async function pushJobs(clientId: string): Promise<unknown[]> {
  const { rows } = await database.knex.raw<{ rows: unknown[] }>(
    'SELECT id FROM graphile_worker.jobs WHERE key = ?',
    [`deliver-events:${clientId}`],
  );
  return rows;
}

describe('pushing', () => {
  let worker: Worker;
  before(async () => {
    worker = await startEventDelivery({
      knex: database.knex,
      connectionString: database.url,
      logger: createLogger({ level: 'silent' }),
      keys,
      issuer: ISSUER,
      resourceBaseUrl: RESOURCES,
      v4ResourceTypes: V4_RESOURCE_TYPES,
      settings: SETTINGS,
      tls: { certPem: pki.clientCertPem, keyPem: pki.clientKeyPem, extraCaPems: [directoryCaPem] },
      financialId: 'bank-test',
    });
  });
  after(() => worker?.stop());

  test('a signed SET reaches the callback URL over mutual TLS, once', async () => {
    const tpp = await receiver(() => 202);
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, tpp.url);
    const consentId = await consent(clientId);
    await raise({ consents: [consentId], authorizationRevoked: true });
    const [row] = await settled(clientId, 'delivered');

    const [push, ...more] = tpp.pushesOf(row!.id);
    assert.equal(more.length, 0);
    assert.equal(
      push!.path,
      '/event-notifications',
      'the resource name is appended to the callback URL',
    );
    assert.equal(push!.headers['content-type'], 'application/jwt');
    assert.equal(push!.headers['x-fapi-financial-id'], 'bank-test');
    assert.match(String(push!.headers['x-fapi-interaction-id']), /^[0-9a-f-]{36}$/);
    assert.match(
      push!.clientCertificateSubject,
      /CN=Open Banking Sandbox event notifications/,
      'the bank presents its client certificate',
    );

    const bankKey = await keys.getOrCreate(SIGNING_KEYS[0].label, SIGNING_KEYS[0].alg);
    assert.equal(decodeProtectedHeader(push!.token).kid, bankKey.kid);
    const { payload } = await jwtVerify(
      push!.token,
      await importJWK(bankKey.publicJwk, bankKey.alg),
      { typ: 'secevent+jwt', issuer: ISSUER, audience: clientId },
    );
    assertSecurityEventToken(payload, {
      jti: row!.id,
      resource: `${RESOURCES}/open-banking/v3.1/aisp/account-access-consents/${consentId}`,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE, CONSENT_AUTHORIZATION_REVOKED],
    });
  });

  test("a v4.0 subscription's SET links the resource in v4.0 first, then v3.1, and follows a change of version", async () => {
    const tpp = await receiver(() => 202);
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, tpp.url, [], '4.0');
    const consentId = await consent(clientId);
    await raise({ consents: [consentId] });
    const [row] = await settled(clientId, 'delivered');
    const bankKey = await keys.getOrCreate(SIGNING_KEYS[0].label, SIGNING_KEYS[0].alg);
    const verify = async (token: string) =>
      (
        await jwtVerify(token, await importJWK(bankKey.publicJwk, bankKey.alg), {
          typ: 'secevent+jwt',
          issuer: ISSUER,
          audience: clientId,
        })
      ).payload;
    const v4 = `${RESOURCES}/open-banking/v4.0/aisp/account-access-consents/${consentId}`;
    const v31 = `${RESOURCES}/open-banking/v3.1/aisp/account-access-consents/${consentId}`;
    assertSecurityEventToken(await verify(tpp.pushesOf(row!.id)[0]!.token), {
      jti: row!.id,
      resource: v4,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE],
      links: [
        { version: 'v4.0', link: v4 },
        { version: 'v3.1', link: v31 },
      ],
    });

    // Signed when sent: an event raised while the subscription was v4.0 and polling only, pushed
    // once the TPP has changed it to v3.1 with a callback URL, links v3.1 only, as every v3.1 SET.
    const { id } = await database
      .knex('openbanking.event_subscriptions')
      .where({ client_id: clientId })
      .first('id');
    const change = (callbackUrl: string | undefined, version: EventVersion) =>
      replaceSubscription(database.knex, clientId, id, { callbackUrl, version, eventTypes: [] });
    await change(undefined, '4.0');
    await raise({ consents: [consentId], authorizationRevoked: true });
    assert.equal(tpp.pushes.length, 1, 'a polling-only subscription is not pushed to');
    await change(tpp.url, '3.1');
    const [, later] = await settled(clientId, 'delivered', 2);
    assertSecurityEventToken(await verify(tpp.pushesOf(later!.id)[0]!.token), {
      jti: later!.id,
      resource: v31,
      resourceType: 'account-access-consent',
      events: [RESOURCE_UPDATE, CONSENT_AUTHORIZATION_REVOKED],
    });
  });

  test('a receiver that fails three times and then succeeds gets the event exactly once', async () => {
    const tpp = await receiver((_push, earlier) => (earlier < 3 ? 503 : 202));
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, tpp.url);
    await raise({ consents: [await consent(clientId)] });
    const [row] = await settled(clientId, 'delivered');
    assert.deepEqual(
      tpp.pushesOf(row!.id).map((push) => push.answer),
      [503, 503, 503, 202],
    );
    assert.equal(row!.attempts, 4);
    assert.equal(row!.next_attempt_at, null, 'nothing more is scheduled for a delivered event');
  });

  test('a receiver that never answers ends dead-lettered, and another TPP is served meanwhile', async () => {
    const silent = await receiver(() => 'hang');
    const healthy = await receiver(() => 202);
    const [stuck, served] = [`client-${randomUUID()}`, `client-${randomUUID()}`];
    await subscribe(stuck, silent.url);
    await subscribe(served, healthy.url);
    await raise({ consents: [await consent(stuck)] });
    await pollUntil(() => silent.pushes.length > 0, WAIT);
    await raise({ consents: [await consent(served)] });

    await settled(served, 'delivered');
    const [waiting] = await deliveriesOf(stuck);
    assert.equal(
      waiting!.status,
      'pending',
      'the healthy TPP did not wait for the silent one to be given up',
    );

    const [dead] = await settled(stuck, 'failed');
    assert.equal(dead!.attempts, SETTINGS.attemptsMax);
    assert.match(dead!.last_error!, new RegExp(`no answer within ${SETTINGS.timeoutMs} ms`));
    assert.equal(silent.pushesOf(dead!.id).length, SETTINGS.attemptsMax);
  });

  test("one resource's events arrive in the order they happened, the later one held back while the first is retried", async () => {
    let first: string | undefined;
    const tpp = await receiver((push, earlier) => {
      first ??= push.jti;
      return push.jti === first && earlier < 2 ? 500 : 202;
    });
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, tpp.url);
    const consentId = await consent(clientId);
    await raise({ consents: [consentId] });
    await raise({ consents: [consentId], authorizationRevoked: true });
    const [earlier, later] = await settled(clientId, 'delivered', 2);
    assert.equal(first, earlier!.id);
    assert.deepEqual(
      tpp.pushes.map((push) => [push.jti, push.answer]),
      [
        [earlier!.id, 500],
        [earlier!.id, 500],
        [earlier!.id, 202],
        [later!.id, 202],
      ],
    );
  });

  test('a 400 from the receiver (RFC 8935) rejects the event without retrying it', async () => {
    const tpp = await receiver(() => 400);
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, tpp.url);
    await raise({ consents: [await consent(clientId)] });
    const [row] = await settled(clientId, 'rejected');
    assert.equal(tpp.pushesOf(row!.id).length, 1);
    assert.match(row!.last_error!, /^HTTP 400/);
  });

  test('a callback URL at a loopback address outside the allow-list is never connected to', async () => {
    const tpp = await receiver(() => 202);
    const clientId = `client-${randomUUID()}`;
    await subscribe(clientId, `https://127.0.0.1:${tpp.port}`);
    await raise({ consents: [await consent(clientId)] });
    const [row] = await settled(clientId, 'failed');
    assert.match(row!.last_error!, /non-public address/);
    assert.equal(tpp.pushes.length, 0);
  });
});
