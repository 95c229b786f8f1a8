import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { importJWK } from 'jose';
import * as oauth from 'openid-client';
import { chromium, type Browser, type Page } from 'playwright-core';
import { generate } from 'otplib';
import { registerTpp, type RegisteredTpp, type TppIdentity } from '../../examples/tpp-client.ts';
import type { TppKit } from '../../certs/index.ts';
import { SANDBOX_CUSTOMERS } from '../../db/seeds/index.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * The customer's side in a real browser (Debian chromium through playwright-core) against the
 * whole platform, with openid-client as the TPP: DCR, PAR with a signed request object, sign-in
 * with password and TOTP, choosing an account, approval or refusal, the code exchange with DPoP,
 * and revocation from the dashboard killing the tokens. Screenshots go to test-artifacts/.
 */

const REDIRECT = 'https://tpp.example/cb';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'consent-ui');
const [alice] = SANDBOX_CUSTOMERS as [(typeof SANDBOX_CUSTOMERS)[0]];
const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage',
];

let platform: TestPlatform;
let browser: Browser;
let tpp: RegisteredTpp;
let identity: TppIdentity;

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  platform = await startTestPlatform();
  const kit: TppKit = await platform.directory.onboard({ name: 'Budget Buddy', redirectUris: [REDIRECT], roles: ['AISP', 'PISP'] });
  identity = { transportCertPem: kit.transportCertPem, transportKeyPem: kit.transportKeyPem, signingKeyJwk: kit.signingKeyJwk, ssa: kit.ssa, bankCaPem: platform.serverTrustAnchorPem };
  tpp = await registerTpp(platform.urls.browser, identity, { redirectUris: [REDIRECT] });
  browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
});
after(async () => {
  await browser?.close();
  await platform?.stop();
});

/**
 * An account-access intent of this TPP, written as the resource server's POST would leave it.
 * TODO(lead): create it through POST /open-banking/v3.1/aisp/account-access-consents once that lands.
 */
async function accountAccessIntent(): Promise<string> {
  const id = `aac-${randomUUID()}`;
  await platform.knex.raw(
    `INSERT INTO openbanking.consents (id, kind, client_id, status, permissions, expires_at)
     VALUES (?, 'account-access', ?, 'AwaitingAuthorisation', ?::text[], now() + interval '90 days')`,
    [id, tpp.clientId, ['ReadAccountsDetail', 'ReadBalances', 'ReadTransactionsDetail']],
  );
  return id;
}

interface Started {
  url: URL;
  verifier: string;
  state: string;
  nonce: string;
}

/** PAR (over mTLS, private_key_jwt, DPoP) carrying a signed request object; returns the URL for the browser. */
async function pushAuthorization(intentId: string): Promise<Started> {
  const verifier = oauth.randomPKCECodeVerifier();
  const state = oauth.randomState();
  const nonce = oauth.randomNonce();
  const params = {
    redirect_uri: REDIRECT,
    scope: 'openid accounts',
    response_type: 'code',
    state,
    nonce,
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    claims: JSON.stringify({ id_token: { openbanking_intent_id: { value: intentId, essential: true }, acr: { essential: true, values: ['urn:openbanking:psd2:sca'] } } }),
  };
  const key = (await importJWK(identity.signingKeyJwk, identity.signingKeyJwk.alg)) as CryptoKey;
  const signed = await oauth.buildAuthorizationUrlWithJAR(tpp.config, params, { key, kid: identity.signingKeyJwk.kid });
  const url = await oauth.buildAuthorizationUrlWithPAR(tpp.config, signed.searchParams, { DPoP: tpp.dpop });
  return { url, verifier, state, nonce };
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ ignoreHTTPSErrors: true, viewport: { width: 1000, height: 900 } });
  return context.newPage();
}

/** Clicks, and returns the authorization response the browser is sent to the TPP with (tpp.example does not resolve; the request's URL is all the TPP needs). */
async function responseAtRedirectUri(page: Page, click: () => Promise<void>): Promise<URL> {
  const [request] = await Promise.all([page.waitForRequest((r) => r.url().startsWith(REDIRECT)), click()]);
  return new URL(request.url());
}

const code = (offsetSeconds = 0) => generate({ secret: alice.totpSecret, epoch: Math.floor(Date.now() / 1000) + offsetSeconds });

async function signIn(page: Page, shot: string | undefined, codeOffsetSeconds = 0): Promise<void> {
  await page.getByLabel('Username').fill(alice.username);
  await page.getByLabel('Password').fill(alice.password);
  if (shot) await page.screenshot({ path: join(ARTIFACTS, `${shot}-login.png`), fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('6-digit code').fill(await code(codeOffsetSeconds));
  if (shot) await page.screenshot({ path: join(ARTIFACTS, `${shot}-code.png`), fullPage: true });
  await page.getByRole('button', { name: 'Confirm' }).click();
}

describe('account access in the browser', () => {
  let tokens: oauth.TokenEndpointResponse & oauth.TokenEndpointResponseHelpers;
  let intentId: string;

  test('sign in with password + TOTP, share one of two accounts, approve; the code exchange with DPoP gives the UK id token', async () => {
    intentId = await accountAccessIntent();
    const started = await pushAuthorization(intentId);
    assert.deepEqual([...started.url.searchParams.keys()].sort(), ['client_id', 'request_uri']);
    const page = await newPage();
    await page.goto(started.url.href);
    await signIn(page, 'account-access');

    await page.getByRole('heading', { name: 'Share your account information' }).waitFor();
    assert.match(await page.content(), /Budget Buddy/);
    const boxes = page.getByRole('checkbox');
    assert.equal(await boxes.count(), 2);
    await boxes.first().check();
    await page.screenshot({ path: join(ARTIFACTS, 'account-access-consent.png'), fullPage: true });
    const callback = await responseAtRedirectUri(page, () => page.getByRole('button', { name: /Share with Budget Buddy/ }).click());
    assert.equal(callback.searchParams.get('iss'), platform.urls.browser);
    assert.ok(callback.searchParams.get('code'));
    tokens = await oauth.authorizationCodeGrant(tpp.config, callback, { pkceCodeVerifier: started.verifier, expectedState: started.state, expectedNonce: started.nonce, idTokenExpected: true }, undefined, { DPoP: tpp.dpop });
    assert.equal(tokens.token_type.toLowerCase(), 'dpop');
    const claims = tokens.claims()!;
    assert.equal(claims.openbanking_intent_id, intentId);
    assert.equal(claims.acr, 'urn:openbanking:psd2:sca');
    assert.equal(claims.sub, alice.id);

    const row = (await platform.knex.raw('SELECT status, customer_id, account_ids FROM openbanking.consents WHERE id = ?', [intentId])).rows[0];
    assert.equal(row.status, 'Authorised');
    assert.equal(row.customer_id, alice.id);
    assert.equal(row.account_ids.length, 1);
    await page.context().close();
  });

  test('revoked from the dashboard: introspection says inactive and refresh is invalid_grant', async () => {
    const page = await newPage();
    await page.goto(`${platform.urls.browser}/consents`);
    // The authorization above spent this step's code; authenticators allow the next one.
    await signIn(page, 'dashboard', 30);
    await page.getByRole('heading', { name: 'Connected apps' }).waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard.png'), fullPage: true });
    await page.getByRole('button', { name: 'Cancel access for Budget Buddy' }).click();
    await page.getByText('Cancelled by you').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-revoked.png'), fullPage: true });

    assert.equal((await platform.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [intentId])).rows[0].status, 'Revoked');
    const introspection = await oauth.tokenIntrospection(tpp.config, tokens.access_token);
    assert.equal(introspection.active, false);
    assert.ok(tokens.refresh_token, 'a refresh token was issued');
    await assert.rejects(oauth.refreshTokenGrant(tpp.config, tokens.refresh_token!, undefined, { DPoP: tpp.dpop }), (error: { error?: string }) => error.error === 'invalid_grant');
    await page.context().close();
  });
});

describe('refusal in the browser', () => {
  test('Refuse: the intent is Rejected and the TPP gets access_denied with iss', async () => {
    const intentId = await accountAccessIntent();
    const started = await pushAuthorization(intentId);
    const page = await newPage();
    await page.goto(started.url.href);
    // A code is accepted once: forget the ones the tests above spent, rather than wait 30 s.
    await platform.knex.raw('UPDATE authz.customers SET totp_last_used_step = NULL WHERE id = ?', [alice.id]);
    await signIn(page, undefined);
    await page.getByRole('heading', { name: 'Share your account information' }).waitFor();
    const callback = await responseAtRedirectUri(page, () => page.getByRole('button', { name: /Refuse and go back/ }).click());
    assert.equal(callback.searchParams.get('error'), 'access_denied');
    assert.equal(callback.searchParams.get('iss'), platform.urls.browser);
    assert.equal(callback.searchParams.get('state'), started.state);
    assert.equal((await platform.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [intentId])).rows[0].status, 'Rejected');
    await page.context().close();
  });
});
