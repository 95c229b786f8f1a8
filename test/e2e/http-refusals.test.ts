import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  callApi,
  clientCredentials,
  INTENT_PATHS,
  type AccessToken,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import { BODY_MAX_BYTES } from '../../resource-server/validation/json-body.ts';
import { requestSchema } from '../../resource-server/validation/ob-schemas.ts';
import { HEADER_BYTES_MAX } from '../../platform/http/listener.ts';
import { tlsFetch } from '../support/http.ts';
import { accountAccessRequest } from '../support/intent-requests.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { onboardTpp } from '../support/tpp.ts';

/**
 * What the platform answers before or instead of an endpoint, on both hosts: every answer carries
 * Strict-Transport-Security with the configured max-age, and refusals (405, 413, 415, 431) say why
 * in the error model of the endpoint that was asked: the OB error model under /open-banking on the
 * TPP host, OAuth errors on its OAuth endpoints, plain text or a page on the browser host.
 */

const HSTS = 'max-age=86400';
const ACCOUNT_ACCESS = INTENT_PATHS['account-access'];
const isObErrorResponse = requestSchema('account-info', 'OBErrorResponse1');

let platform: TestPlatform;
let tpp: RegisteredTpp;
let token: AccessToken;

before(async () => {
  platform = await startTestPlatform({ hsm: false, env: { HSTS_MAX_AGE: '86400' } });
  ({ tpp } = await onboardTpp(platform, {
    name: 'Refusals Ltd',
    roles: ['AISP'],
    redirectUri: 'https://tpp.example/cb',
  }));
  token = await clientCredentials(tpp, 'accounts');
});
after(() => platform?.stop());

const get = (url: string, init: Parameters<typeof tlsFetch>[2] = {}) =>
  tlsFetch(url, { ca: platform.serverTrustAnchorPem }, init);

interface ObErrorBody {
  Code: string;
  Errors: { ErrorCode: string; Message: string; Path?: string }[];
}

/**
 * What both fetch implementations' responses (undici's and the global one openid-client uses)
 * offer.
 */
interface Answer {
  status: number;
  headers: { get(name: string): string | null };
  text(): Promise<string>;
}

async function obError(response: Answer, status: number, code: string): Promise<ObErrorBody> {
  const text = await response.text();
  assert.equal(response.status, status, text);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  const body = JSON.parse(text) as ObErrorBody;
  assert.ok(isObErrorResponse(body), `not an OBErrorResponse1: ${text}`);
  assert.equal(body.Errors[0]?.ErrorCode, code, text);
  assert.match(response.headers.get('x-fapi-interaction-id') ?? '', /^[0-9a-f-]{36}$/);
  return body;
}

describe('Strict-Transport-Security', () => {
  test('on every kind of answer of the browser host: pages, JSON, errors, unknown paths', async () => {
    const base = platform.urls.browser;
    for (const [path, status] of [
      ['/health', 200],
      ['/.well-known/openid-configuration', 200],
      ['/jwks', 200],
      ['/directory/jwks.json', 200],
      ['/auth', 400],
      ['/interaction/unknown', 400],
      ['/no-such-page', 404],
    ] as const) {
      const response = await get(`${base}${path}`);
      assert.equal(response.status, status, path);
      assert.equal(response.headers.get('strict-transport-security'), HSTS, `browser ${path}`);
    }
  });

  test('on every kind of answer of the TPP host: OAuth, OB APIs (also 401 without a body), health', async () => {
    const base = platform.urls.tpp;
    const answers = [
      await get(`${base}/health`),
      await get(`${base}/token`),
      await get(`${base}/token`, {
        method: 'POST',
        body: 'grant_type=client_credentials',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
      }),
      await get(`${base}${ACCOUNT_ACCESS}`, {
        method: 'POST',
        body: '{}',
        headers: { 'content-type': 'application/json' },
      }),
      await get(`${base}${ACCOUNT_ACCESS}`, { method: 'PUT' }),
      await callApi(tpp, token, 'POST', ACCOUNT_ACCESS, accountAccessRequest()),
      await get(`${base}/no-such-endpoint`),
    ];
    assert.deepEqual(
      answers.map((a) => a.status),
      [200, 405, 400, 401, 405, 201, 404],
    );
    for (const answer of answers)
      assert.equal(answer.headers.get('strict-transport-security'), HSTS, answer.url);
  });
});

describe('refusals in the OB error model on the OB APIs', () => {
  test('405: an existing endpoint, a method it does not take', async () => {
    const response = await get(`${platform.urls.tpp}${ACCOUNT_ACCESS}`, { method: 'PUT' });
    assert.equal(response.headers.get('allow'), 'POST');
    const body = await obError(response, 405, 'UK.SandboxBank.MethodNotAllowed');
    assert.equal(body.Code, '405 MethodNotAllowed');
    assert.match(body.Errors[0]!.Message, /accepts POST/);
  });

  test('415: a body that is not JSON, or compressed', async () => {
    const notJson = await obError(
      await callApi(tpp, token, 'POST', ACCOUNT_ACCESS, undefined, {
        'content-type': 'text/plain',
      }),
      415,
      'UK.OBIE.Header.Invalid',
    );
    assert.equal(notJson.Errors[0]!.Path, 'Content-Type');
    const compressed = await obError(
      await callApi(tpp, token, 'POST', ACCOUNT_ACCESS, '{}', { 'content-encoding': 'gzip' }),
      415,
      'UK.OBIE.Header.Invalid',
    );
    assert.equal(compressed.Errors[0]!.Path, 'Content-Encoding');
  });

  test('413: a body over the limit, and nothing is created', async () => {
    const [{ count: before }] = await platform
      .knex('openbanking.consents')
      .count<{ count: string }[]>('* as count');
    const request = { ...accountAccessRequest(), Padding: 'x'.repeat(BODY_MAX_BYTES) };
    const body = await obError(
      await callApi(tpp, token, 'POST', ACCOUNT_ACCESS, request),
      413,
      'UK.OBIE.Resource.InvalidFormat',
    );
    assert.equal(body.Code, '413 PayloadTooLarge');
    assert.match(body.Errors[0]!.Message, new RegExp(`exceeds ${BODY_MAX_BYTES} bytes`));
    const [{ count: afterwards }] = await platform
      .knex('openbanking.consents')
      .count<{ count: string }[]>('* as count');
    assert.equal(afterwards, before);
  });
});

describe('431: header fields over the limit, in the model of the endpoint asked', () => {
  const big = { 'x-padding': 'a'.repeat(HEADER_BYTES_MAX) };

  test('an OB API: the OB error model', async () => {
    const response = await get(`${platform.urls.tpp}/open-banking/v3.1/aisp/accounts`, {
      headers: big,
    });
    const body = await obError(response, 431, 'UK.OBIE.Header.Invalid');
    assert.equal(body.Code, '431 RequestHeaderFieldsTooLarge');
    assert.equal(response.headers.get('strict-transport-security'), HSTS);
  });

  test('an OB v4.0 API: the v4.0 error model (four-character code, no Code or Message)', async () => {
    const response = await get(`${platform.urls.tpp}/open-banking/v4.0/aisp/accounts`, {
      headers: big,
    });
    const text = await response.text();
    assert.equal(response.status, 431, text);
    const body = JSON.parse(text) as {
      Code?: string;
      Message?: string;
      Id: string;
      Errors: { ErrorCode: string }[];
    };
    assert.deepEqual(
      body.Errors.map((item) => item.ErrorCode),
      ['U006'],
    );
    assert.equal(body.Code, undefined);
    assert.equal(body.Message, undefined);
    assert.match(body.Id, /^[0-9a-f-]{36}$/);
  });

  test('an OAuth endpoint: an OAuth error', async () => {
    const response = await get(`${platform.urls.tpp}/token`, {
      method: 'POST',
      headers: big,
      body: 'grant_type=client_credentials',
    });
    assert.equal(response.status, 431);
    assert.deepEqual(await response.json(), {
      error: 'invalid_request',
      error_description: `the request line and header fields exceed ${HEADER_BYTES_MAX} bytes`,
    });
  });

  test('a browser page: a plain message', async () => {
    const response = await get(`${platform.urls.browser}/auth`, { headers: big });
    assert.equal(response.status, 431);
    assert.match(response.headers.get('content-type') ?? '', /^text\/plain/);
    assert.match(await response.text(), /header fields exceed/);
    assert.equal(response.headers.get('strict-transport-security'), HSTS);
  });
});
