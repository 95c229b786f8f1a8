import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import fc from 'fast-check';
import { Agent, fetch } from 'undici';
import type { RegisteredTpp, TppIdentity } from '../../examples/tpp-client.ts';
import { requestSchema } from '../../resource-server/validation/ob-schemas.ts';
import { ALICE, authorizeIntent } from '../support/customer-consent.ts';
import { assertObResponse } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * Property-based: generated bad requests (paths, ids, query parameters, headers, tokens) against
 * the account-information endpoints, over real mutual TLS. Whatever arrives, the answer is never
 * a 5xx, and every error body is exactly an OBErrorResponse1 (401/404/406 have none). A valid
 * certificate-bound token is mixed in so that the handlers' own input checks are reached too.
 */

const REDIRECT = 'https://tpp.example/cb';
const AISP = '/open-banking/v3.1/aisp';
const RUNS = 700;

let platform: TestPlatform;
let tpp: RegisteredTpp;
let identity: TppIdentity;
let agent: Agent;
let validToken: string;
let sharedAccountId: string;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp, identity } = await onboardTpp(platform, {
    name: 'Fuzzy Finance',
    roles: ['AISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  }));
  const consentId = await createdIntentId(tpp, 'account-access', {
    Data: {
      Permissions: [
        'ReadAccountsDetail',
        'ReadBalances',
        'ReadTransactionsDetail',
        'ReadTransactionsCredits',
        'ReadTransactionsDebits',
        'ReadScheduledPaymentsBasic',
        'ReadStandingOrdersDetail',
      ],
    },
    Risk: {},
  });
  sharedAccountId = ALICE.current.id;
  validToken = (
    await authorizeIntent(platform, tpp, consentId, {
      redirectUri: REDIRECT,
      accounts: [sharedAccountId],
    })
  ).access_token;
  // One keep-alive connection pool for the whole run: the property is about requests, not
  // handshakes.
  agent = new Agent({
    connect: {
      ca: platform.serverTrustAnchorPem,
      cert: identity.transportCertPem,
      key: identity.transportKeyPem,
    },
    connections: 4,
  });
});
after(async () => {
  await agent?.close();
  await platform?.stop();
});

const printable = (maxLength: number) =>
  fc.string({
    unit: fc.constantFrom(
      ...' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~',
    ),
    maxLength,
  });

/**
 * Path segments a TPP might send: ids that exist, ids that do not, junk, broken percent-escapes.
 */
const segment = fc.oneof(
  fc.constantFrom(
    ALICE.current.id,
    ALICE.savings.id,
    'x',
    '..',
    '%zz',
    '%00',
    '%2F',
    'a'.repeat(300),
  ),
  fc.uuid(),
  printable(40).map(encodeURIComponent),
  fc.string({ maxLength: 20 }).map(encodeURIComponent),
);

const path = fc.oneof(
  fc.constantFrom(
    '/accounts',
    '/balances',
    '/transactions',
    '/scheduled-payments',
    '/standing-orders',
    '/accounts/',
    '/Accounts',
    '/transactions/',
    '',
    '/',
  ),
  segment.map((id) => `/accounts/${id}`),
  segment.map((id) => `/accounts/${id}/balances`),
  segment.map((id) => `/accounts/${id}/transactions`),
  segment.map((id) => `/accounts/${id}/standing-orders`),
  fc.tuple(segment, segment).map(([id, more]) => `/accounts/${id}/${more}`),
);

const dateLike = fc.oneof(
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  fc.constantFrom(
    '2025-02-30',
    '2025-13-01',
    '9999-12-31T23:59:59',
    '0000-01-01',
    '2025-01-01T24:00:00',
    '2025-01-01T10:00:00+99:99',
    '',
  ),
  printable(30),
);

const queryParam = fc.oneof(
  fc.tuple(fc.constantFrom('fromBookingDateTime', 'toBookingDateTime'), dateLike),
  fc.tuple(
    fc.constant('page'),
    fc.oneof(
      printable(30),
      fc.tuple(segment, fc.bigInt({ min: -5n, max: 2n ** 70n })).map(([a, v]) => `${a}:${v}`),
    ),
  ),
  fc.tuple(fc.constantFrom('access_token', 'foo', ''), printable(20)),
);

const query = fc.array(queryParam, { maxLength: 4 }).map((params) => {
  if (params.length === 0) return '';
  return `?${params.map(([name, value]) => `${encodeURIComponent(name)}=${encodeURIComponent(value)}`).join('&')}`;
});

const authorization = fc.oneof(
  fc.constant(undefined),
  fc.constant('Bearer valid'),
  fc
    .tuple(
      fc.constantFrom('Bearer', 'DPoP', 'bearer', 'Basic', 'Token', ''),
      fc.oneof(fc.base64String({ maxLength: 80 }), printable(60)),
    )
    .map(([scheme, token]) => `${scheme} ${token}`),
  fc.constantFrom('DPoP valid', 'Bearer', 'Bearer  ', 'Bearer a b', `Bearer ${'a'.repeat(5000)}`),
);

const headers = fc.record(
  {
    authorization,
    dpop: fc.oneof(printable(80), fc.constant('eyJhbGciOiJub25lIn0.e30.')),
    accept: fc.constantFrom(
      'application/json',
      'text/html',
      '*/*',
      'application/xml',
      'application/json; charset=utf-8',
      '',
    ),
    'x-fapi-interaction-id': fc.oneof(fc.uuid(), printable(40)),
    'x-fapi-auth-date': printable(40),
    'x-fapi-customer-ip-address': printable(40),
    'content-type': fc.constantFrom('application/json', 'text/plain'),
  },
  { requiredKeys: [] },
);

const request = fc.record({
  path,
  query,
  headers,
  method: fc.constantFrom('GET', 'GET', 'GET', 'HEAD', 'POST', 'DELETE', 'PUT', 'OPTIONS'),
});

const errorResponse = requestSchema('account-info', 'OBErrorResponse1');
/**
 * The router matches paths case-insensitively and with an optional trailing slash (koa-router
 * defaults).
 */
const ROUTES: [RegExp, string][] = [
  [/^\/accounts\/?$/i, '/accounts'],
  [/^\/accounts\/[^/]+\/?$/i, '/accounts/{AccountId}'],
  [/^\/accounts\/[^/]+\/balances\/?$/i, '/accounts/{AccountId}/balances'],
  [/^\/accounts\/[^/]+\/transactions\/?$/i, '/accounts/{AccountId}/transactions'],
  [/^\/balances\/?$/i, '/balances'],
  [/^\/transactions\/?$/i, '/transactions'],
  [/^\/accounts\/[^/]+\/scheduled-payments\/?$/i, '/accounts/{AccountId}/scheduled-payments'],
  [/^\/accounts\/[^/]+\/standing-orders\/?$/i, '/accounts/{AccountId}/standing-orders'],
  [/^\/scheduled-payments\/?$/i, '/scheduled-payments'],
  [/^\/standing-orders\/?$/i, '/standing-orders'],
];

test(`${RUNS} generated bad requests: never a 5xx, every error body an OBErrorResponse1`, async () => {
  let reachedHandlers = 0;
  await fc.assert(
    fc.asyncProperty(
      request,
      async ({ path: generatedPath, query: generatedQuery, headers: generated, method }) => {
        const sent: Record<string, string> = {};
        for (const [name, value] of Object.entries(generated))
          if (value !== undefined) sent[name] = value.replace('valid', validToken);
        const url = `${platform.urls.tpp}${AISP}${generatedPath}${generatedQuery}`;
        const response = await fetch(url, { method, headers: sent, dispatcher: agent });
        const text = await response.text();
        assert.ok(response.status < 500, `${method} ${url} -> ${response.status} ${text}`);
        if (response.status === 200) {
          reachedHandlers += 1;
          const template = ROUTES.find(([pattern]) =>
            pattern.test(new URL(url).pathname.slice(AISP.length)),
          )?.[1];
          assert.ok(template, `200 for ${url}`);
          if (method === 'GET')
            assertObResponse('account-info', 'GET', template, 200, JSON.parse(text));
          return;
        }
        if ([401, 404, 406].includes(response.status) || method === 'HEAD') {
          assert.equal(text, '', `${response.status} has no body`);
          return;
        }
        const body: unknown = JSON.parse(text);
        assert.ok(
          errorResponse(body),
          `${method} ${url} -> ${response.status}: not an OBErrorResponse1: ${text} ${JSON.stringify(errorResponse.errors)}`,
        );
      },
    ),
    { numRuns: RUNS },
  );
  // The generator is not all noise: some requests got through the guard and the handlers.
  assert.ok(reachedHandlers > 0);
});

const knownPaths = fc.constantFrom(
  '/accounts',
  '/balances',
  '/transactions',
  '/accounts/{shared}',
  '/accounts/{shared}/balances',
  '/accounts/{shared}/transactions',
  '/scheduled-payments',
  '/accounts/{shared}/standing-orders',
);

test(`${RUNS} requests with a valid token and generated query parameters: 200 or a 400 naming the parameter`, async () => {
  await fc.assert(
    fc.asyncProperty(knownPaths, query, async (template, generatedQuery) => {
      const url = `${platform.urls.tpp}${AISP}${template.replace('{shared}', sharedAccountId)}${generatedQuery}`;
      const response = await fetch(url, {
        headers: { authorization: `Bearer ${validToken}`, accept: 'application/json' },
        dispatcher: agent,
      });
      const body = JSON.parse(await response.text());
      assert.ok(
        [200, 400].includes(response.status),
        `${url} -> ${response.status} ${JSON.stringify(body)}`,
      );
      assertObResponse(
        'account-info',
        'GET',
        template.replace('{shared}', '{AccountId}'),
        response.status,
        body,
      );
      if (response.status === 400)
        assert.ok(
          ['fromBookingDateTime', 'toBookingDateTime', 'page', 'access_token'].includes(
            body.Errors[0].Path,
          ),
          JSON.stringify(body),
        );
    }),
    { numRuns: RUNS },
  );
});
