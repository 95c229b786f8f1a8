import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { after, before, describe, test } from 'node:test';
import { clientCredentials, signMessage, type RegisteredTpp } from '../../examples/tpp-client.ts';
import {
  itemsOf,
  POSTMAN_SCHEMA_V2_1,
  type PostmanCollection,
  type PostmanItem,
} from '../../portal/index.ts';
import { authorizeIntent } from '../support/customer-consent.ts';
import { tlsFetch } from '../support/http.ts';
import { accountAccessRequest, domesticPaymentRequest } from '../support/intent-requests.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { onboardTpp } from '../support/tpp.ts';

/**
 * `/postman.json`: the collection converted from the served OpenAPI document, checked for the v2.1
 * format and every operation, then run with newman (its CLI, as the README shows) against the
 * platform the way the collection's description says: a tls_client_auth client with
 * certificate-bound tokens, the transport certificate given to newman, the token and the message
 * signature (made the way `npm run -s tpp -- sign` makes it) in variables.
 */

const run = promisify(execFile);
const METHODS = ['get', 'post', 'put', 'delete', 'patch'];
const REDIRECT = 'https://postman.example/cb';

let platform: TestPlatform;
let collection: PostmanCollection;
let document: { paths: Record<string, Record<string, unknown>> };
let tpp: RegisteredTpp;
let workDir: string;
let certFiles: string[];

before(async () => {
  platform = await startTestPlatform({ hsm: false });
  workDir = mkdtempSync(join(tmpdir(), 'obp-postman-'));
  const onboarded = await onboardTpp(platform, {
    name: 'Postman Ltd',
    roles: ['AISP', 'PISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  });
  tpp = onboarded.tpp;
  const file = (name: string, text: string) => {
    writeFileSync(join(workDir, name), text, { mode: 0o600 });
    return join(workDir, name);
  };
  certFiles = [
    '--ssl-client-cert',
    file('transport.pem', onboarded.identity.transportCertPem),
    '--ssl-client-key',
    file('transport.key', onboarded.identity.transportKeyPem),
    '--ssl-extra-ca-certs',
    file('ca.pem', platform.serverTrustAnchorPem),
  ];
  const served = await tlsFetch(`${platform.urls.tpp}/postman.json`, {
    ca: platform.serverTrustAnchorPem,
  });
  assert.equal(served.status, 200);
  assert.match(served.headers.get('content-type') ?? '', /^application\/json/);
  collection = (await served.json()) as PostmanCollection;
  document = (await (
    await tlsFetch(`${platform.urls.tpp}/openapi.json`, { ca: platform.serverTrustAnchorPem })
  ).json()) as typeof document;
});
after(async () => {
  await platform?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** The one request of the collection for an operation of the document. */
function requestFor(method: string, path: string): PostmanItem {
  const found = itemsOf(collection.item).filter(
    (item) => item.request!.method === method && pathOf(item) === path,
  );
  assert.equal(found.length, 1, `${method} ${path}: ${found.length} requests in the collection`);
  return found[0]!;
}

/** A request's URL path in OpenAPI's form: Postman's `:Name` path variables as `{Name}`. */
function pathOf(item: PostmanItem): string {
  const url = item.request!.url as { path?: string[] };
  return `/${(url.path ?? []).map((segment) => segment.replace(/^:(.+)$/, '{$1}')).join('/')}`;
}

interface NewmanExecution {
  item: { name: string };
  response: { code: number; header: { key: string; value: string }[]; stream: { data: number[] } };
}

/**
 * Runs these requests of the served collection (bodies filled in with `withBody`) with the newman
 * CLI, the given variables, the transport certificate and the bank's CA. Answers each response.
 */
async function newman(
  items: PostmanItem[],
  variables: Record<string, string>,
): Promise<{ code: number; headers: Map<string, string>; body: any }[]> {
  const file = join(workDir, `collection-${crypto.randomUUID()}.json`);
  const report = `${file}.report.json`;
  writeFileSync(file, JSON.stringify({ ...collection, item: items }));
  await run(join('node_modules', '.bin', 'newman'), [
    'run',
    file,
    ...Object.entries(variables).flatMap(([key, value]) => ['--env-var', `${key}=${value}`]),
    ...certFiles,
    '--reporters',
    'json',
    '--reporter-json-export',
    report,
  ]);
  const executions = (
    JSON.parse(readFileSync(report, 'utf8')) as { run: { executions: NewmanExecution[] } }
  ).run.executions;
  assert.equal(executions.length, items.length);
  return executions.map(({ response }) => ({
    code: response.code,
    headers: new Map(response.header.map((h) => [h.key.toLowerCase(), h.value])),
    body: JSON.parse(Buffer.from(response.stream.data).toString('utf8')),
  }));
}

/** A copy of the collection's request with this raw JSON body, as a developer fills it in. */
function withBody(item: PostmanItem, body: string): PostmanItem {
  const copy = structuredClone(item);
  copy.request!.body = { mode: 'raw', raw: body, options: { raw: { language: 'json' } } };
  return copy;
}

describe('the served Postman collection', () => {
  test('is a v2.1 collection with the variables, the Bearer auth and the how-to', async () => {
    assert.equal(collection.info.schema, POSTMAN_SCHEMA_V2_1);
    assert.equal(collection.info.name, 'Open Banking FAPI 2.0 platform');
    assert.match(
      String(collection.info.description),
      /tls_client_auth[\s\S]*--ssl-client-cert[\s\S]*npm run -s tpp -- sign/,
    );
    assert.deepEqual(Object.fromEntries(collection.variable.map((v) => [v.key, v.value])), {
      baseUrl: platform.urls.tpp,
      browserBaseUrl: platform.urls.browser,
      accessToken: '',
      jwsSignature: '',
    });
    assert.deepEqual(collection.auth, {
      type: 'bearer',
      bearer: [{ key: 'token', value: '{{accessToken}}', type: 'string' }],
    });
    for (const item of itemsOf(collection.item)) {
      assert.equal(typeof item.name, 'string');
      const url = item.request!.url as { host?: string[]; path?: string[] };
      assert.deepEqual(url.host, ['{{baseUrl}}'], item.name);
      assert.ok(METHODS.includes(item.request!.method.toLowerCase()), item.name);
    }
    const browser = await tlsFetch(`${platform.urls.browser}/postman.json`, {
      ca: platform.serverTrustAnchorPem,
    });
    assert.deepEqual(await browser.json(), collection, 'both hosts serve the same collection');
  });

  test('has one request for every operation of the served document, and no other', () => {
    const operations = Object.entries(document.paths).flatMap(([path, item]) =>
      Object.keys(item)
        .filter((m) => METHODS.includes(m))
        .map((m) => [m.toUpperCase(), path] as const),
    );
    assert.ok(
      operations.some(([, path]) => path === '/usage'),
      '/usage is described',
    );
    for (const [method, path] of operations) requestFor(method, path);
    assert.equal(itemsOf(collection.item).length, operations.length);
  });

  test('signed operations take x-jws-signature from a variable, payments a fresh idempotency key; every request has its own name', () => {
    const headers = (method: string, path: string) =>
      new Map(
        (requestFor(method, path).request!.header ?? []).map((h) => [h.key.toLowerCase(), h.value]),
      );
    const payment = headers('POST', '/open-banking/v3.1/pisp/domestic-payments');
    assert.equal(payment.get('x-jws-signature'), '{{jwsSignature}}');
    assert.equal(payment.get('x-idempotency-key'), '{{$guid}}');
    assert.equal(
      headers('POST', '/open-banking/v3.1/aisp/account-access-consents').has('x-jws-signature'),
      false,
    );
    const names = itemsOf(collection.item).map((item) => item.name);
    assert.equal(new Set(names).size, names.length, `every request has its own name: ${names}`);
    assert.equal(
      requestFor('GET', '/open-banking/v3.1/aisp/accounts/{AccountId}').name,
      'Get Accounts by AccountId',
    );
  });

  test('newman runs it: an account-access intent, the customer approves, the accounts read with the real token', async () => {
    const intentToken = await clientCredentials(tpp, 'accounts');
    assert.equal(intentToken.token_type.toLowerCase(), 'bearer', 'certificate-bound');
    const create = withBody(
      requestFor('POST', '/open-banking/v3.1/aisp/account-access-consents'),
      JSON.stringify(accountAccessRequest(), null, 2),
    );
    const [created] = await newman([create], { accessToken: intentToken.access_token });
    assert.equal(created!.code, 201, JSON.stringify(created!.body));
    assert.equal(created!.body.Data.Status, 'AwaitingAuthorisation');

    const tokens = await authorizeIntent(platform, tpp, created!.body.Data.ConsentId, {
      redirectUri: REDIRECT,
    });
    const [accounts] = await newman([requestFor('GET', '/open-banking/v3.1/aisp/accounts')], {
      accessToken: tokens.access_token,
    });
    assert.equal(accounts!.code, 200, JSON.stringify(accounts!.body));
    assert.ok(accounts!.body.Data.Account.length > 0);
    // The same token without the transport certificate is refused: the certificate is what binds
    // it.
    const refused = await tlsFetch(
      `${platform.urls.tpp}/open-banking/v3.1/aisp/accounts`,
      { ca: platform.serverTrustAnchorPem },
      { headers: { authorization: `Bearer ${tokens.access_token}` } },
    );
    assert.equal(refused.status, 401);
  });

  test('newman runs a signed payment intent with the signature of the exact body in jwsSignature', async () => {
    const token = await clientCredentials(tpp, 'payments');
    const body = JSON.stringify(domesticPaymentRequest(), null, 2);
    const create = withBody(
      requestFor('POST', '/open-banking/v3.1/pisp/domestic-payment-consents'),
      body,
    );
    const [created] = await newman([create], {
      accessToken: token.access_token,
      jwsSignature: await signMessage(tpp.signer, body),
    });
    assert.equal(created!.code, 201, JSON.stringify(created!.body));
    assert.equal(created!.body.Data.Status, 'AwaitingAuthorisation');
    assert.match(
      created!.headers.get('x-jws-signature') ?? '',
      /^[\w-]+\.\.[\w-]+$/,
      'the bank signs its answer',
    );

    const [unsigned] = await newman([create], { accessToken: token.access_token });
    assert.equal(unsigned!.code, 400);
    assert.equal(unsigned!.body.Errors[0].ErrorCode, 'UK.OBIE.Signature.Missing');
  });
});
