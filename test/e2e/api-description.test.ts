import assert from 'node:assert/strict';
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { validate } from '@readme/openapi-parser';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import {
  OB_APIS,
  type OpenApiDocument as ObDocument,
} from '../../resource-server/validation/openapi-ajv.ts';
import { DOCS_CONTENT_SECURITY_POLICY } from '../../portal/index.ts';
import { launchChromium } from '../support/chromium.ts';
import { tlsFetch } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

type Json = Record<string, any>;

let platform: TestPlatform;
let document: Json;
let kit: { transportCertPem: string; transportKeyPem: string; ssa: string };
const REDIRECT_URI = 'https://tpp.example/cb';
const METHODS = ['get', 'post', 'put', 'delete', 'patch'];
const REDOC_CREDIT_LOGO = 'https://cdn.redoc.ly/redoc/logo-mini.svg';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'portal');

before(async () => {
  mkdirSync(ARTIFACTS, { recursive: true });
  platform = await startTestPlatform({ hsm: false });
  kit = await platform.directory.onboard({
    name: 'Described Ltd',
    redirectUris: [REDIRECT_URI],
    roles: ['AISP', 'PISP', 'CBPII'],
  });
  const response = await tlsFetch(`${platform.urls.tpp}/openapi.json`, {
    ca: platform.serverTrustAnchorPem,
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  document = (await response.json()) as Json;
});
after(() => platform?.stop());

const mtls = () => ({
  ca: platform.serverTrustAnchorPem,
  cert: kit.transportCertPem,
  key: kit.transportKeyPem,
});

/** Every operation of a document: [METHOD, path]. */
function operations(paths: Record<string, Json>): [string, string][] {
  return Object.entries(paths).flatMap(([path, item]) =>
    Object.keys(item)
      .filter((m) => METHODS.includes(m))
      .map((m): [string, string] => [m.toUpperCase(), path]),
  );
}

/**
 * The resource server's operations: the OB APIs and the TPP's own usage; the rest are the
 * authorization server's.
 */
const isResourcePath = (path: string) => path.startsWith('/open-banking/') || path === '/usage';

/** A concrete URL path for a template: each `{Param}` becomes a value no resource has. */
function concrete(path: string): string {
  return path.replace(/\{[^}]+\}/g, 'no-such-id');
}

/** Ajv (JSON Schema 2020-12, OpenAPI 3.1's dialect) over the served document's components. */
const SERVED_ID = 'https://openapi.test/served.json';
let ajv: Ajv2020 | undefined;
function servedSchema(schema: Json): ValidateFunction {
  if (!ajv) {
    ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormatsPlugin.default(ajv);
    // OpenAPI's own vocabulary and OB's extension: annotations, not assertions.
    for (const keyword of ['example', 'x-namespaced-enum']) ajv.addKeyword({ keyword });
    ajv.addFormat('base64', true);
    // Schemas refer only to schemas: those become the $defs of one schema resource.
    ajv.addSchema({
      $id: SERVED_ID,
      $defs: JSON.parse(
        JSON.stringify(document.components.schemas).replaceAll(
          '"#/components/schemas/',
          '"#/$defs/',
        ),
      ),
    });
  }
  return ajv.compile(
    JSON.parse(
      JSON.stringify(schema).replaceAll('"#/components/schemas/', `"${SERVED_ID}#/$defs/`),
    ),
  );
}

/** The schema the served document gives for one JSON response of one operation. */
function responseValidator(method: string, path: string, status: number): ValidateFunction {
  let response = document.paths[path]?.[method.toLowerCase()]?.responses?.[String(status)];
  assert.ok(response, `${method} ${path} documents no ${status}`);
  if (response.$ref) response = document.components.responses[response.$ref.split('/').pop()];
  const content = response.content ?? {};
  const schema = (content['application/json'] ?? content['application/json; charset=utf-8'])
    ?.schema;
  assert.ok(schema, `${method} ${path} ${status} has no JSON body in the document`);
  return servedSchema(schema);
}

async function assertDocumented(
  method: string,
  path: string,
  response: { status: number; json(): Promise<unknown> },
): Promise<Json> {
  const body = (await response.json()) as Json;
  const check = responseValidator(method, path, response.status);
  assert.ok(
    check(body),
    `${method} ${path} ${response.status} does not match the served document: ${JSON.stringify(check.errors)}\n${JSON.stringify(body)}`,
  );
  return body;
}

describe('the served OpenAPI document', () => {
  test('is valid OpenAPI 3.1 and every schema in it is valid JSON Schema 2020-12', async () => {
    assert.equal(document.openapi, '3.1.0');
    const result = await validate(structuredClone(document) as never);
    assert.equal(result.valid, true, JSON.stringify(result));
    for (const [name, schema] of Object.entries(document.components.schemas as Json)) {
      assert.doesNotThrow(() => servedSchema(schema), `component schema ${name}`);
    }
    assert.deepEqual(document.servers, [
      { url: platform.urls.tpp, description: 'TPP host (mutual TLS)' },
    ]);
  });

  test('the browser host serves the same document', async () => {
    const response = await tlsFetch(`${platform.urls.browser}/openapi.json`, {
      ca: platform.serverTrustAnchorPem,
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), document);
  });

  test('every resource operation it lists is served: without a token it is 401, never 404 or 405', async () => {
    const listed = operations(document.paths).filter(([, path]) => isResourcePath(path));
    assert.ok(listed.length >= 20, `${listed.length} resource operations`);
    for (const [method, path] of listed) {
      const response = await tlsFetch(`${platform.urls.tpp}${concrete(path)}`, mtls(), {
        method,
        headers: { 'content-type': 'application/json' },
        body: method === 'POST' || method === 'PUT' ? '{}' : undefined,
      });
      assert.equal(response.status, 401, `${method} ${path}`);
    }
  });

  test('every OB operation it leaves out is not served: 404 or 405', async () => {
    const listed = new Set(operations(document.paths).map(([method, path]) => `${method} ${path}`));
    let unserved = 0;
    for (const api of OB_APIS.filter((a) => a !== 'event-notifications')) {
      const ob = JSON.parse(
        readFileSync(
          new URL(`../../resource-server/openapi/${api}-openapi.json`, import.meta.url),
          'utf8',
        ),
      ) as ObDocument;
      const server = ob.servers![0]!.url;
      for (const [method, path] of operations(ob.paths as Record<string, Json>)) {
        if (listed.has(`${method} ${server}${path}`)) continue;
        unserved += 1;
        const response = await tlsFetch(`${platform.urls.tpp}${server}${concrete(path)}`, mtls(), {
          method,
          headers: { 'content-type': 'application/json' },
          body: method === 'POST' ? '{}' : undefined,
        });
        assert.ok(
          [404, 405].includes(response.status),
          `${method} ${server}${path} is served (${response.status}) but not described`,
        );
      }
    }
    assert.ok(unserved > 40, `${unserved} OB operations not served`);
  });

  test('the authorization server operations are the endpoints discovery advertises', async () => {
    const discovery = (await (
      await tlsFetch(`${platform.urls.browser}/.well-known/openid-configuration`, {
        ca: platform.serverTrustAnchorPem,
      })
    ).json()) as Json;
    const described = operations(document.paths).filter(([, path]) => !isResourcePath(path));
    for (const member of [
      'pushed_authorization_request_endpoint',
      'token_endpoint',
      'introspection_endpoint',
      'revocation_endpoint',
      'registration_endpoint',
    ]) {
      const url = new URL(discovery[member]);
      assert.equal(url.origin, platform.urls.tpp, member);
      assert.ok(
        described.some(([method, path]) => method === 'POST' && path === url.pathname),
        `${member} ${url.pathname} is described`,
      );
    }
    for (const [method, path] of described) {
      const response = await tlsFetch(`${platform.urls.tpp}${concrete(path)}`, mtls(), {
        method,
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: method === 'POST' ? '' : undefined,
      });
      assert.ok([400, 401].includes(response.status), `${method} ${path}: ${response.status}`);
      const body = (await response.json()) as Json;
      assert.equal(typeof body.error, 'string', `${method} ${path} answers an OAuth error`);
    }
  });

  test("the answers of a TPP's first calls match it: registration, token, intent, PAR", async () => {
    const registered = await assertDocumented(
      'POST',
      '/reg',
      await tlsFetch(`${platform.urls.tpp}/reg`, mtls(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          software_statement: kit.ssa,
          token_endpoint_auth_method: 'tls_client_auth',
          redirect_uris: [REDIRECT_URI],
        }),
      }),
    );
    const form = (fields: Record<string, string>) => ({
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams(fields).toString(),
    });
    const token = await assertDocumented(
      'POST',
      '/token',
      await tlsFetch(
        `${platform.urls.tpp}/token`,
        mtls(),
        form({
          grant_type: 'client_credentials',
          scope: 'accounts',
          client_id: registered.client_id,
        }),
      ),
    );
    const path = '/open-banking/v3.1/aisp/account-access-consents';
    const intent = await assertDocumented(
      'POST',
      path,
      await tlsFetch(`${platform.urls.tpp}${path}`, mtls(), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token.access_token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({
          Data: { Permissions: ['ReadAccountsDetail', 'ReadBalances'] },
          Risk: {},
        }),
      }),
    );
    await assertDocumented(
      'GET',
      `${path}/{ConsentId}`,
      await tlsFetch(`${platform.urls.tpp}${path}/${intent.Data.ConsentId}`, mtls(), {
        headers: { authorization: `Bearer ${token.access_token}` },
      }),
    );
    const verifier = randomBytes(32).toString('base64url');
    await assertDocumented(
      'POST',
      '/par',
      await tlsFetch(
        `${platform.urls.tpp}/par`,
        mtls(),
        form({
          client_id: registered.client_id,
          response_type: 'code',
          redirect_uri: REDIRECT_URI,
          scope: 'openid accounts',
          code_challenge: createHash('sha256').update(verifier).digest('base64url'),
          code_challenge_method: 'S256',
          state: randomBytes(8).toString('hex'),
          nonce: randomBytes(8).toString('hex'),
          claims: JSON.stringify({
            id_token: { openbanking_intent_id: { value: intent.Data.ConsentId, essential: true } },
          }),
        }),
      ),
    );
    await assertDocumented(
      'POST',
      path,
      await tlsFetch(`${platform.urls.tpp}${path}`, mtls(), {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token.access_token}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify({ Data: { Permissions: ['ReadNothing'] }, Risk: {} }),
      }),
    );
  });
});

describe('the docs page', () => {
  test("renders the document's operations in chromium, within its CSP, from this origin only", async () => {
    const page = await tlsFetch(`${platform.urls.browser}/docs`, {
      ca: platform.serverTrustAnchorPem,
    });
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('content-security-policy'), DOCS_CONTENT_SECURITY_POLICY);
    const tppHost = await tlsFetch(`${platform.urls.tpp}/docs`, mtls());
    assert.equal(tppHost.status, 404, 'the docs page is on the browser host only');

    const browser = await launchChromium();
    try {
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        viewport: { width: 1400, height: 900 },
      });
      const tab = await context.newPage();
      const problems: string[] = [];
      const origins = new Set<string>();
      tab.on('console', (message) => {
        if (message.type() === 'error') problems.push(message.text());
      });
      tab.on('pageerror', (error) => problems.push(error.message));
      tab.on('requestfinished', (request) => {
        if (!request.url().startsWith('data:') && !request.url().startsWith('blob:'))
          origins.add(new URL(request.url()).origin);
      });
      await tab.goto(`${platform.urls.browser}/docs`);
      for (const summary of [
        'Push an authorization request (PAR, RFC 9126)',
        'Create Account Access Consents',
        'Create Domestic Payments',
        'Get Accounts',
        'Create Event Subscription',
      ]) {
        // Redoc writes each operation as a heading of the main column.
        await tab.locator('h2', { hasText: summary }).first().waitFor({ timeout: 30_000 });
      }
      assert.match(await tab.title(), /Open Banking FAPI 2.0 platform/);
      await tab.screenshot({ path: join(ARTIFACTS, 'docs.png') });
      // Redoc's sidebar credit asks for Redocly's logo from their CDN whatever the options; the
      // CSP blocks it and Redoc drops the image. Anything else blocked or failing is a fault.
      const unexpected = problems.filter((problem) => !problem.includes(`'${REDOC_CREDIT_LOGO}'`));
      assert.deepEqual(unexpected, [], 'no console errors or other CSP violations');
      assert.deepEqual(
        [...origins],
        [platform.urls.browser],
        'nothing is fetched from another origin (a CSP-blocked request never finishes)',
      );
    } finally {
      await browser.close();
    }
  });
});
