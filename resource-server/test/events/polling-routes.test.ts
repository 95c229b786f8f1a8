import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import Router from '@koa/router';
import { compactVerify, importJWK, type JWK } from 'jose';
import { SIGNING_KEYS } from '../../../authz/index.ts';
import { createKeyProvider, type KeyProvider } from '../../../certs/index.ts';
import {
  createSubscription,
  insertConsent,
  raiseEvents,
  RESOURCE_UPDATE,
} from '../../../openbanking/index.ts';
import { createTestDatabase, type TestDatabase } from '../../../test/support/database.ts';
import { assertObResponse } from '../../../test/support/ob-spec.ts';
import { API_PREFIX, type ApiDeps } from '../../api.ts';
import { eventPolling } from '../../events/polling-routes.ts';
import { EVENTS_SCOPES } from '../../events/scopes.ts';
import type { ApiRequirement } from '../../guard/index.ts';
import type { ResourceState } from '../../state.ts';
import { asTheGuardLeavesIt, serveRoutes } from '../support/harness.ts';

/**
 * Aggregated polling (POST /events) on its own, on a router as the resource server mounts it,
 * over a real database: the SETs a TPP is offered (its own, oldest first, signed by the bank, at
 * most maxEvents and never more than 100), and what its acknowledgements (`ack`) and negative
 * acknowledgements (`setErrs`) settle. In the guard's place, a step that leaves the state as the
 * guard leaves it for the calling TPP's client-credentials token (support/harness.ts).
 */

const ISSUER = 'https://auth.bank.example';
const TPP_BASE = 'https://api.bank.example';

let database: TestDatabase;
let keysDir: string;
let keys: KeyProvider;
let bankKey: Awaited<ReturnType<typeof importJWK>>;
let served: Awaited<ReturnType<typeof serveRoutes>>;
let base: string;
const requirements: ApiRequirement[] = [];
/** The client whose token the request carries. */
let caller = 'tpp-a';

before(async () => {
  database = await createTestDatabase();
  keysDir = await mkdtemp(join(tmpdir(), 'polling-test-'));
  keys = createKeyProvider({ keystoreDir: keysDir });
  const [signing] = SIGNING_KEYS;
  bankKey = await importJWK(
    (await keys.getOrCreate(signing.label, signing.alg)).publicJwk as JWK,
    signing.alg,
  );
  // What the group reads of the resource server's dependencies.
  const deps: Pick<ApiDeps, 'knex' | 'issuer' | 'tppBaseUrl' | 'keys' | 'guard'> = {
    knex: database.knex,
    issuer: ISSUER,
    tppBaseUrl: TPP_BASE,
    keys,
    guard: (requirement) => {
      requirements.push(requirement);
      return [asTheGuardLeavesIt(() => caller)];
    },
  };
  const router = new Router<ResourceState>({ prefix: API_PREFIX, sensitive: true, strict: true });
  eventPolling(router, deps as ApiDeps);
  served = await serveRoutes(router);
  base = served.base;
});
after(async () => {
  await served?.close();
  await keys?.close();
  await database?.drop();
  await rm(keysDir, { recursive: true, force: true });
});

interface PollAnswer {
  moreAvailable: boolean;
  sets: Record<string, string>;
}

async function poll(client: string, request: unknown): Promise<{ status: number; body: any }> {
  caller = client;
  const response = await fetch(`${base}/events`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(request),
  });
  const body = await response.json();
  assertObResponse('events', 'POST', '/events', response.status, body);
  return { status: response.status, body };
}

/** A TPP with a polling subscription and `count` consents whose status changed, in order. */
async function tppWithEvents(count: number): Promise<{ clientId: string; consentIds: string[] }> {
  const clientId = `tpp-${randomUUID()}`;
  const created = await createSubscription(database.knex, clientId, {
    callbackUrl: undefined,
    version: '3.1',
    eventTypes: [],
  });
  assert.notEqual(created, 'exists');
  const consentIds: string[] = [];
  for (let i = 0; i < count; i += 1) {
    const id = `aac-${randomUUID()}`;
    await insertConsent(database.knex, id, clientId, 'account-access', {
      permissions: ['ReadAccountsBasic'],
    });
    consentIds.push(id);
    // One change after another, as statuses change: the events are raised in this order.
    await database.knex.transaction((trx) => raiseEvents(trx, { consents: [id] }));
  }
  return { clientId, consentIds };
}

/** The SET's claims, once its signature verifies with the bank's key and it is typed a SET. */
async function verifiedSet(jws: string): Promise<Record<string, any>> {
  const { payload, protectedHeader } = await compactVerify(jws, bankKey);
  assert.equal(protectedHeader.typ, 'secevent+jwt');
  return JSON.parse(new TextDecoder().decode(payload));
}

async function deliveryOf(eventId: string) {
  // Read for the assertion only: what the TPP's answer did to the event.
  return database
    .knex('openbanking.event_deliveries')
    .where({ id: eventId })
    .first('status', 'last_error');
}

describe('POST /events', () => {
  test('declares a client-credentials token of any OB API scope', () => {
    assert.deepEqual(requirements, [{ grant: 'client_credentials', scope: EVENTS_SCOPES }]);
  });

  test('a TPP without events gets none and nothing more', async () => {
    const { status, body } = await poll(`tpp-${randomUUID()}`, {});
    assert.equal(status, 200);
    assert.deepEqual(body, { moreAvailable: false, sets: {} });
  });

  test('a TPP gets its own events, oldest first, each a SET signed by the bank about the resource', async () => {
    const { clientId, consentIds } = await tppWithEvents(3);
    await tppWithEvents(2); // another TPP's
    const { status, body } = await poll(clientId, { returnImmediately: true });
    assert.equal(status, 200);
    const answer = body as PollAnswer;
    assert.equal(answer.moreAvailable, false);
    const claims = await Promise.all(Object.values(answer.sets).map(verifiedSet));
    assert.deepEqual(
      claims.map((set) => set.aud),
      [clientId, clientId, clientId],
    );
    assert.deepEqual(
      Object.keys(answer.sets),
      claims.map((set) => set.jti),
    );
    assert.deepEqual(
      claims.map((set) => set.sub),
      consentIds.map((id) => `${TPP_BASE}/open-banking/v3.1/aisp/account-access-consents/${id}`),
    );
    for (const set of claims) {
      assert.equal(set.iss, ISSUER);
      assert.deepEqual(Object.keys(set.events), [RESOURCE_UPDATE]);
    }
  });

  test('maxEvents bounds the answer and moreAvailable says what is left; zero returns none', async () => {
    const { clientId } = await tppWithEvents(3);
    const two = (await poll(clientId, { maxEvents: 2 })).body as PollAnswer;
    assert.equal(Object.keys(two.sets).length, 2);
    assert.equal(two.moreAvailable, true);
    assert.deepEqual((await poll(clientId, { maxEvents: 0 })).body, {
      moreAvailable: true,
      sets: {},
    });
    // Offered is not acknowledged: the same events come again.
    const all = (await poll(clientId, {})).body as PollAnswer;
    assert.deepEqual(Object.keys(all.sets).slice(0, 2), Object.keys(two.sets));
    assert.equal(Object.keys(all.sets).length, 3);
  });

  test('a TPP gets at most 100 events per answer, whatever maxEvents it asks for', async () => {
    const { clientId } = await tppWithEvents(101);
    const answer = (await poll(clientId, { maxEvents: 1000 })).body as PollAnswer;
    assert.equal(Object.keys(answer.sets).length, 100);
    assert.equal(answer.moreAvailable, true);
  });

  test('acknowledged events are delivered, reported ones rejected with the error; neither is offered again', async () => {
    const { clientId } = await tppWithEvents(3);
    const [acked, reported, kept] = Object.keys(
      ((await poll(clientId, {})).body as PollAnswer).sets,
    ) as [string, string, string];
    const { status, body } = await poll(clientId, {
      ack: [acked],
      setErrs: { [reported]: { err: 'jwtIss', description: 'Issuer not recognised' } },
    });
    assert.equal(status, 200);
    assert.deepEqual(Object.keys((body as PollAnswer).sets), [kept]);
    assert.deepEqual(await deliveryOf(acked), { status: 'delivered', last_error: null });
    assert.deepEqual(await deliveryOf(reported), {
      status: 'rejected',
      last_error: 'jwtIss: Issuer not recognised',
    });
    // An acknowledgement in an answer that takes no events is settled all the same.
    const last = await poll(clientId, { ack: [kept], maxEvents: 0 });
    assert.deepEqual(last.body, { moreAvailable: false, sets: {} });
  });

  test("another TPP's acknowledgement of an event changes nothing", async () => {
    const owner = await tppWithEvents(1);
    const [eventId] = Object.keys(((await poll(owner.clientId, {})).body as PollAnswer).sets);
    const stranger = await tppWithEvents(0);
    await poll(stranger.clientId, {
      ack: [eventId],
      setErrs: { [eventId!]: { err: 'other', description: 'not mine' } },
    });
    assert.deepEqual(Object.keys(((await poll(owner.clientId, {})).body as PollAnswer).sets), [
      eventId,
    ]);
    assert.equal((await deliveryOf(eventId!)).status, 'pending');
  });

  test('a negative maxEvents is Field.Invalid on maxEvents', async () => {
    const { status, body } = await poll(`tpp-${randomUUID()}`, { maxEvents: -1 });
    assert.equal(status, 400);
    assert.deepEqual(
      body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
      [['UK.OBIE.Field.Invalid', 'maxEvents']],
    );
  });

  test('a body outside OBEventPolling1 is refused before anything is settled', async () => {
    const { clientId } = await tppWithEvents(1);
    const [eventId] = Object.keys(((await poll(clientId, {})).body as PollAnswer).sets);
    const { status, body } = await poll(clientId, { ack: [eventId], since: 'yesterday' });
    assert.equal(status, 400);
    assert.equal(body.Errors[0].ErrorCode, 'UK.OBIE.Field.Unexpected');
    assert.equal((await deliveryOf(eventId!)).status, 'pending');
  });
});
