import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ResponseBodyError } from 'openid-client';
import { OAUTH_ERROR_HELP } from '../../authz/index.ts';
import {
  callApi,
  clientCredentials,
  createIntent,
  registerTpp,
} from '../../examples/tpp-client.ts';
import { OB_ERROR_HELP, V4_ERROR_CODE } from '../../resource-server/index.ts';
import { tlsFetch } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

let platform: TestPlatform;
let tpp: OnboardedTpp;
let page: string;
const REDIRECT_URI = 'https://tpp.example/cb';

before(async () => {
  platform = await startTestPlatform({ hsm: false });
  tpp = await onboardTpp(platform, {
    name: 'Errors Ltd',
    roles: ['AISP'],
    redirectUri: REDIRECT_URI,
  });
  const response = await tlsFetch(`${platform.urls.browser}/docs/errors`, {
    ca: platform.serverTrustAnchorPem,
  });
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  assert.match(
    response.headers.get('content-security-policy') ?? '',
    /default-src 'none'; style-src 'sha256-/,
  );
  page = await response.text();
});
after(() => platform?.stop());

/** The entry a link points at: an element with that id on the page, and its text. */
function entryOf(url: string): string {
  const { pathname, hash } = new URL(url);
  assert.equal(pathname, '/docs/errors');
  const id = decodeURIComponent(hash.slice(1));
  const match = new RegExp(`<section id="${id.replaceAll('.', '\\.')}">(.*?)</section>`).exec(page);
  assert.ok(match, `no entry for ${id} on the error reference page`);
  return match[1]!;
}

test('the error reference has an entry for every OAuth and OB code the platform answers', () => {
  for (const code of [...Object.keys(OAUTH_ERROR_HELP), ...Object.keys(OB_ERROR_HELP)]) {
    assert.ok(entryOf(`${platform.urls.browser}/docs/errors#${code}`).length > 40, code);
  }
});

test('each OB entry names the v4.0 ErrorCode the code is answered with on /open-banking/v4.0', () => {
  for (const [code, v4] of Object.entries(V4_ERROR_CODE)) {
    assert.match(
      entryOf(`${platform.urls.browser}/docs/errors#${code}`),
      new RegExp(`On OB v4\\.0: <code>ErrorCode</code> <code>${v4}</code>`),
      code,
    );
  }
});

test('an OB error links each item to its entry, and the log line carries the answer Id', async () => {
  const token = await clientCredentials(tpp.tpp, 'accounts');
  const response = await createIntent(tpp.tpp, token, 'account-access', {
    Data: { Permissions: ['ReadAccountsBasic'] },
  });
  assert.equal(response.status, 400);
  const body = (await response.json()) as {
    Id: string;
    Errors: { ErrorCode: string; Url: string }[];
  };
  assert.ok(body.Errors.length > 0);
  for (const item of body.Errors) {
    assert.equal(item.Url, `${platform.urls.browser}/docs/errors#${item.ErrorCode}`);
    assert.match(entryOf(item.Url), new RegExp(item.ErrorCode.replaceAll('.', '\\.')));
  }
  const line = platform.logLines().find((l) => l.includes(body.Id));
  assert.ok(line, 'the refusal is logged with the Id the TPP received');
  assert.equal(JSON.parse(line).errorId, body.Id);
});

test('a v4.0 refusal carries its four-character code and links to the entry that names it', async () => {
  const token = await clientCredentials(tpp.tpp, 'accounts');
  const response = await callApi(
    tpp.tpp,
    token,
    'POST',
    '/open-banking/v4.0/aisp/account-access-consents',
    JSON.stringify({ Data: { ExpirationDateTime: '2099-01-01T00:00:00Z' }, Risk: {} }),
    { 'content-type': 'application/json' },
  );
  assert.equal(response.status, 400);
  const body = (await response.json()) as { Errors: { ErrorCode: string; Url: string }[] };
  assert.equal(body.Errors[0]?.ErrorCode, 'U004');
  for (const item of body.Errors) {
    assert.match(entryOf(item.Url), new RegExp(`<code>${item.ErrorCode}</code>\\.</p>`));
  }
});

test('a token request for a scope the bank does not define is invalid_scope, with error_uri; known scopes still work', async () => {
  const refusal = await clientCredentials(tpp.tpp, 'accounts admin').then(
    () => assert.fail('a token was issued for an unknown scope'),
    (error: unknown) => error,
  );
  assert.ok(refusal instanceof ResponseBodyError, String(refusal));
  assert.equal(refusal.error, 'invalid_scope');
  assert.match(refusal.error_description ?? '', /unknown scope "admin"/);
  assert.equal(refusal.cause.error_uri, `${platform.urls.browser}/docs/errors#invalid_scope`);
  const granted = await clientCredentials(tpp.tpp, 'accounts');
  assert.equal(granted.scope, 'accounts');
});

test("oidc-provider's own refusals carry error_uri too", async () => {
  // An AISP-only client asking for the payments scope: refused by oidc-provider's allow-list check.
  const refusal = await clientCredentials(tpp.tpp, 'payments').then(
    () => assert.fail('a token was issued for a scope the client was not registered for'),
    (error: unknown) => error,
  );
  assert.ok(refusal instanceof ResponseBodyError, String(refusal));
  assert.equal(refusal.error, 'invalid_scope');
  assert.equal(refusal.cause.error_uri, `${platform.urls.browser}/docs/errors#invalid_scope`);
  entryOf(refusal.cause.error_uri as string);
});

test('a refused registration is logged with its reason', async () => {
  const kit = await platform.directory.onboard({
    name: 'Twice Ltd',
    redirectUris: [REDIRECT_URI],
    roles: ['AISP'],
  });
  const identity = {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  };
  await registerTpp(platform.urls.browser, identity, { redirectUris: [REDIRECT_URI] });
  const refusal = await registerTpp(platform.urls.browser, identity, {
    redirectUris: [REDIRECT_URI],
  }).then(
    () => assert.fail('the software statement registered twice'),
    (error: unknown) => error,
  );
  assert.ok(refusal instanceof ResponseBodyError, String(refusal));
  assert.equal(refusal.error, 'invalid_software_statement');
  assert.equal(
    refusal.cause.error_uri,
    `${platform.urls.browser}/docs/errors#invalid_software_statement`,
  );
  const logged = platform
    .logLines()
    .map((l) => JSON.parse(l))
    .find(
      (l) =>
        l.event === 'registration_create.error' && /already been used/.test(l.description ?? ''),
    );
  assert.ok(logged, 'the reason is in the log');
});
