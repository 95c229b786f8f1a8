import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import Router from '@koa/router';
import { generateKeyPair } from 'jose';
import { OB_CRIT, OB_IAT, OB_ISS, signMessage } from '../../examples/tpp-client.ts';
import { createLogger } from '../../platform/logging.ts';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { assertSignedByBank, onboardTpp, type OnboardedTpp } from '../../test/support/tpp.ts';
import { API_PREFIX } from '../api.ts';
import { endpoint } from '../pipeline.ts';
import { messageSigning } from '../signing.ts';
import type { ResourceState } from '../state.ts';
import { asTheGuardLeavesIt, serveRoutes } from './support/harness.ts';
import { obBody } from '../validation/request-body.ts';

/**
 * OB message signing's two pipeline steps on a router as the resource server mounts them:
 * `verified` (after the body step) lets a request through only with an `x-jws-signature` by the
 * calling TPP's registered key over the body bytes as received, and puts the TPP's OB iss on the
 * state; `signed` (before the guard) signs every answer with a body, refusals included, with the
 * bank's key over the exact bytes sent. The TPP is registered as TPPs register (directory kit,
 * RFC 7591 over mutual TLS), so its keys come from where findTppSigningKeys reads them; in the
 * guard's place, a step that leaves the state as the guard leaves it for that TPP's token.
 */

let platform: TestPlatform;
let tpp: OnboardedTpp;
let served: Awaited<ReturnType<typeof serveRoutes>>;
let base: string;
/** The client whose token the request carries. */
let caller: string;
const reached: { signedBy: string }[] = [];

/** A stored answer replayed: JSON text, with spacing a fresh serialisation would not have. */
const STORED_ANSWER =
  '{ "Data" : { "EventSubscription" : [] }, "Links": {"Self": "x"}, "Meta": {} }';

before(async () => {
  platform = await startTestPlatform({ hsm: false });
  tpp = await onboardTpp(platform, {
    name: 'Signing Steps Ltd',
    roles: ['PISP'],
    redirectUri: 'https://tpp.example/cb',
  });
  const logger = createLogger({ level: 'silent' });
  const guard = asTheGuardLeavesIt(() => caller);
  const { signed, verified } = messageSigning({
    knex: platform.knex,
    keys: platform.keys,
    logger,
    issuer: platform.config.issuer,
  });
  const router = new Router<ResourceState>({ prefix: API_PREFIX, sensitive: true, strict: true });
  router.post(
    '/event-subscriptions',
    ...endpoint(
      [...signed, guard, obBody<{ Data: { Version: string } }>(), verified] as const,
      async (ctx) => {
        reached.push({ signedBy: ctx.state.signedBy });
        ctx.status = 201;
        ctx.body = { Data: { Version: ctx.state.body.value.Data.Version, Note: 'Café ✓' } };
      },
    ),
  );
  router.get('/event-subscriptions', ...signed, guard, async (ctx) => {
    ctx.body = STORED_ANSWER;
  });
  router.delete('/event-subscriptions/:EventSubscriptionId', ...signed, async (ctx) => {
    ctx.status = 204;
    ctx.body = null;
  });
  served = await serveRoutes(router);
  base = served.base;
});
after(async () => {
  await served?.close();
  await platform?.stop();
});

const BODY = '{"Data":{"Version":"3.1"}}';

async function send(
  method: string,
  path: string,
  options: { body?: string; signature?: string; client?: string } = {},
) {
  caller = options.client ?? tpp.tpp.clientId;
  const response = await fetch(`${base}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(options.signature !== undefined && { 'x-jws-signature': options.signature }),
    },
    body: options.body,
  });
  const bytes = Buffer.from(await response.arrayBuffer());
  return { status: response.status, headers: response.headers, text: bytes.toString('utf8') };
}

/** A signed request; the refusal, signed by the bank over its exact bytes, when there is one. */
async function post(body: string, signature: string | undefined) {
  const before = reached.length;
  const answer = await send('POST', '/event-subscriptions', { body, signature });
  await assertSignedByBank(tpp.tpp, answer.headers, answer.text);
  return { ...answer, body: JSON.parse(answer.text), reached: reached.length > before };
}

function errors(body: { Errors: { ErrorCode: string; Path?: string }[] }) {
  return body.Errors.map((error) => [error.ErrorCode, error.Path]);
}

describe('messageSigning().verified', () => {
  test("a request signed by the calling TPP's registered key passes, with its OB iss on the state", async () => {
    const { signer } = tpp.tpp;
    const answer = await post(BODY, await signMessage(signer, BODY));
    assert.equal(answer.status, 201);
    assert.equal(answer.reached, true);
    assert.match(signer.iss, /^[^/]+\/[^/]+$/);
    assert.deepEqual(reached.at(-1), { signedBy: signer.iss });
  });

  test('a request without a signature is Signature.Missing; the handler is not reached', async () => {
    const answer = await post(BODY, undefined);
    assert.equal(answer.status, 400);
    assert.equal(answer.reached, false);
    assert.deepEqual(errors(answer.body), [['UK.OBIE.Signature.Missing', 'x-jws-signature']]);
  });

  test("a signature by a key other than the TPP's registered one is Signature.Invalid", async () => {
    const { signer } = tpp.tpp;
    const { privateKey } = await generateKeyPair(signer.alg);
    // The registered kid and claims, another private key.
    const answer = await post(BODY, await signMessage({ ...signer, key: privateKey }, BODY));
    assert.equal(answer.status, 400);
    assert.equal(answer.reached, false);
    assert.deepEqual(errors(answer.body), [['UK.OBIE.Signature.Invalid', 'x-jws-signature']]);
  });

  test('a body changed after signing, even by a space, is Signature.Invalid', async () => {
    const signature = await signMessage(tpp.tpp.signer, BODY);
    const answer = await post(BODY.replace('"3.1"', ' "3.1"'), signature);
    assert.equal(answer.status, 400);
    assert.equal(answer.reached, false);
    assert.deepEqual(errors(answer.body), [['UK.OBIE.Signature.Invalid', 'x-jws-signature']]);
  });

  test('a crit that does not list the three OB claims is Signature.InvalidClaim on crit', async () => {
    const signature = await signMessage(tpp.tpp.signer, BODY, {
      crit: OB_CRIT.filter((claim) => claim !== OB_IAT),
    });
    const answer = await post(BODY, signature);
    assert.equal(answer.status, 400);
    assert.equal(answer.reached, false);
    assert.deepEqual(errors(answer.body), [['UK.OBIE.Signature.InvalidClaim', 'crit']]);
  });

  test("a signature naming another TPP's iss is Signature.InvalidClaim on it", async () => {
    const signature = await signMessage(tpp.tpp.signer, BODY, { [OB_ISS]: 'other-org/other-app' });
    const answer = await post(BODY, signature);
    assert.equal(answer.reached, false);
    assert.deepEqual(errors(answer.body), [['UK.OBIE.Signature.InvalidClaim', OB_ISS]]);
  });

  test('an active token of a client with no registration is a bug: 500, signed, handler not reached', async () => {
    const before = reached.length;
    const answer = await send('POST', '/event-subscriptions', {
      body: BODY,
      signature: await signMessage(tpp.tpp.signer, BODY),
      client: 'client-never-registered',
    });
    assert.equal(answer.status, 500);
    assert.equal(reached.length, before);
    await assertSignedByBank(tpp.tpp, answer.headers, answer.text);
  });
});

describe('messageSigning().signed', () => {
  test('an object body is sent as JSON and signed over the exact bytes sent', async () => {
    const answer = await post(BODY, await signMessage(tpp.tpp.signer, BODY));
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.deepEqual(answer.body, { Data: { Version: '3.1', Note: 'Café ✓' } });
    // Any other bytes do not verify.
    await assert.rejects(assertSignedByBank(tpp.tpp, answer.headers, `${answer.text} `));
  });

  test('a string body is sent byte for byte as JSON and signed as sent', async () => {
    const answer = await send('GET', '/event-subscriptions');
    assert.equal(answer.status, 200);
    assert.equal(answer.text, STORED_ANSWER);
    assert.equal(answer.headers.get('content-type'), 'application/json; charset=utf-8');
    await assertSignedByBank(tpp.tpp, answer.headers, answer.text);
  });

  test('an answer without a body carries no signature', async () => {
    const answer = await send('DELETE', '/event-subscriptions/es-1');
    assert.equal(answer.status, 204);
    assert.equal(answer.text, '');
    assert.equal(answer.headers.get('x-jws-signature'), null);
  });
});
