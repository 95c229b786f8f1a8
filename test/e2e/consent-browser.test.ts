import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'openid-client';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import {
  ACR_SCA,
  exchangeCode,
  INTENT_SCOPES,
  pushAuthorization,
  type PushedAuthorization,
  type RegisterOptions,
} from '../../examples/tpp-client.ts';
import { totp } from '../support/browser.ts';
import { ALICE, forgetSpentTotp } from '../support/customer-consent.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * The customer's side in a real browser (Debian chromium through playwright-core) against the
 * whole platform, with openid-client as the TPP: DCR, the intent created on the resource server,
 * PAR with a signed request object, sign-in with password and TOTP, choosing accounts, approval
 * or refusal, the code exchange bound to the TPP's DPoP key or transport certificate, and
 * revocation from the dashboard killing the tokens. Screenshots go to test-artifacts/.
 */

const REDIRECT = 'https://tpp.example/cb';
const ARTIFACTS = join(import.meta.dirname, '..', '..', 'test-artifacts', 'consent-ui');

let platform: TestPlatform;
let browser: Browser;
/** private_key_jwt, tokens bound to its DPoP key. */
let tpp: OnboardedTpp;

const onboard = (name: string, register: RegisterOptions = {}) =>
  onboardTpp(platform, { name, roles: ['AISP', 'PISP'], redirectUri: REDIRECT, register });

before(async () => {
  await mkdir(ARTIFACTS, { recursive: true });
  platform = await startTestPlatform();
  tpp = await onboard('Budget Buddy');
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
  await platform?.stop();
});

type Kind = 'account-access' | 'domestic-payment';

/** PAR over mTLS with a signed request object (and the TPP's DPoP key if it has one). */
const authorizationFor = (client: OnboardedTpp, intentId: string, kind: Kind = 'account-access') =>
  pushAuthorization(client.tpp, intentId, { scope: INTENT_SCOPES[kind], redirectUri: REDIRECT });

/**
 * The code exchange; the id token must name the intent and say the customer was strongly
 * authenticated.
 */
async function exchangedCode(
  client: OnboardedTpp,
  callback: URL,
  started: PushedAuthorization,
  intentId: string,
) {
  const tokens = await exchangeCode(client.tpp, callback, started);
  const claims = tokens.claims()!;
  assert.equal(claims.openbanking_intent_id, intentId);
  assert.equal(claims.acr, ACR_SCA);
  assert.equal(claims.sub, ALICE.id);
  return tokens;
}

async function consentRow(intentId: string) {
  return (
    await platform.knex.raw(
      'SELECT status, customer_id, account_ids, debtor_account_id FROM openbanking.consents WHERE id = ?',
      [intentId],
    )
  ).rows[0];
}

async function newPage(): Promise<Page> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    viewport: { width: 1000, height: 900 },
  });
  return context.newPage();
}

/**
 * Clicks, and returns the authorization response the browser is sent to the TPP with (tpp.example
 * does not resolve; the request's URL is all the TPP needs).
 */
async function responseAtRedirectUri(page: Page, click: () => Promise<void>): Promise<URL> {
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.url().startsWith(REDIRECT)),
    click(),
  ]);
  return new URL(request.url());
}

async function signIn(page: Page, shot: string | undefined, codeOffsetSeconds = 0): Promise<void> {
  await page.getByLabel('Username').fill(ALICE.username);
  await page.getByLabel('Password').fill(ALICE.password);
  if (shot) await page.screenshot({ path: join(ARTIFACTS, `${shot}-login.png`), fullPage: true });
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByLabel('6-digit code').fill(await totp(ALICE.totpSecret, codeOffsetSeconds));
  if (shot) await page.screenshot({ path: join(ARTIFACTS, `${shot}-code.png`), fullPage: true });
  await page.getByRole('button', { name: 'Confirm' }).click();
}

/**
 * A new intent of this kind, its authorization request, and Alice signed in on the bank's page for
 * it (the TOTP codes earlier tests spent forgotten rather than waiting 30 s).
 */
async function signedInFor(
  client: OnboardedTpp,
  kind: Kind,
): Promise<{ intentId: string; started: PushedAuthorization; page: Page }> {
  const intentId = await createdIntentId(client.tpp, kind);
  const started = await authorizationFor(client, intentId, kind);
  const page = await newPage();
  await page.goto(started.url.href);
  await forgetSpentTotp(platform.knex, ALICE.id);
  await signIn(page, undefined);
  return { intentId, started, page };
}

describe('account access in the browser', () => {
  let tokens: oauth.TokenEndpointResponse & oauth.TokenEndpointResponseHelpers;
  let intentId: string;

  test('sign in with password + TOTP, share one of three accounts, approve; the code exchange with DPoP gives the UK id token', async () => {
    intentId = await createdIntentId(tpp.tpp, 'account-access');
    const started = await authorizationFor(tpp, intentId);
    assert.deepEqual([...started.url.searchParams.keys()].sort(), ['client_id', 'request_uri']);
    const page = await newPage();
    await page.goto(started.url.href);
    await signIn(page, 'account-access');

    await page.getByRole('heading', { name: 'Share your account information' }).waitFor();
    assert.match(await page.content(), /Budget Buddy/);
    const boxes = page.getByRole('checkbox');
    assert.equal(await boxes.count(), 3, 'current, savings and credit card');
    assert.match(
      await page.content(),
      new RegExp(`Card ending ${ALICE.creditCard!.pan.slice(-4)}`),
    );
    await boxes.first().check();
    await page.screenshot({ path: join(ARTIFACTS, 'account-access-consent.png'), fullPage: true });
    const callback = await responseAtRedirectUri(page, () =>
      page.getByRole('button', { name: /Share with Budget Buddy/ }).click(),
    );
    assert.equal(callback.searchParams.get('iss'), platform.urls.browser);
    assert.ok(callback.searchParams.get('code'));
    tokens = await exchangedCode(tpp, callback, started, intentId);
    assert.equal(tokens.token_type.toLowerCase(), 'dpop');

    const row = await consentRow(intentId);
    assert.equal(row.status, 'Authorised');
    assert.equal(row.customer_id, ALICE.id);
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
    // Nothing is cancelled until the customer confirms.
    await page.getByRole('heading', { name: 'Cancel Budget Buddy’s access?' }).waitFor();
    assert.equal(
      (await platform.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [intentId]))
        .rows[0].status,
      'Authorised',
    );
    await page.screenshot({
      path: join(ARTIFACTS, 'dashboard-confirm-revoke.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: 'Yes, cancel access' }).click();
    await page.getByText('Cancelled by you').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-revoked.png'), fullPage: true });

    assert.equal(
      (await platform.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [intentId]))
        .rows[0].status,
      'Revoked',
    );
    const introspection = await oauth.tokenIntrospection(tpp.tpp.config, tokens.access_token);
    assert.equal(introspection.active, false);
    assert.ok(tokens.refresh_token, 'a refresh token was issued');
    await assert.rejects(
      oauth.refreshTokenGrant(tpp.tpp.config, tokens.refresh_token!, undefined, {
        DPoP: tpp.tpp.dpop!,
      }),
      (error: { error?: string }) => error.error === 'invalid_grant',
    );
    await page.context().close();
  });
});

describe('refusal in the browser', () => {
  test('Refuse: the intent is Rejected and the TPP gets access_denied with iss', async () => {
    const { intentId, started, page } = await signedInFor(tpp, 'account-access');
    await page.getByRole('heading', { name: 'Share your account information' }).waitFor();
    const callback = await responseAtRedirectUri(page, () =>
      page.getByRole('button', { name: /Refuse and go back/ }).click(),
    );
    assert.equal(callback.searchParams.get('error'), 'access_denied');
    assert.equal(callback.searchParams.get('iss'), platform.urls.browser);
    assert.equal(callback.searchParams.get('state'), started.state);
    assert.equal((await consentRow(intentId)).status, 'Rejected');
    await page.context().close();
  });
});

describe('account access for a TPP bound by its transport certificate (tls_client_auth)', () => {
  test('approved in the browser; the access tokens are bound to the certificate, refresh does not rotate', async () => {
    const mtlsTpp = await onboard('Ledger Lens', {
      authMethod: 'tls_client_auth',
      binding: 'mtls',
    });
    const { intentId, started, page } = await signedInFor(mtlsTpp, 'account-access');
    await page.getByRole('heading', { name: 'Share your account information' }).waitFor();
    assert.match(await page.content(), /Ledger Lens/);
    await page.getByRole('checkbox').nth(1).check();
    const callback = await responseAtRedirectUri(page, () =>
      page.getByRole('button', { name: /Share with Ledger Lens/ }).click(),
    );
    assert.equal(callback.searchParams.get('iss'), platform.urls.browser);

    const tokens = await exchangedCode(mtlsTpp, callback, started, intentId);
    assert.equal(tokens.token_type.toLowerCase(), 'bearer');
    const thumbprint = createHash('sha256')
      .update(new X509Certificate(mtlsTpp.identity.transportCertPem).raw)
      .digest('base64url');
    const introspection = await oauth.tokenIntrospection(mtlsTpp.tpp.config, tokens.access_token);
    assert.equal(introspection.active, true);
    assert.deepEqual(introspection.cnf, { 'x5t#S256': thumbprint });
    const row = await consentRow(intentId);
    assert.equal(row.status, 'Authorised');
    assert.equal(row.account_ids.length, 1);

    // A confidential client's refresh token is bound by its client authentication (RFC 8705);
    // refresh works and does not rotate, and the new access token is bound to the certificate.
    assert.equal(
      (await oauth.tokenIntrospection(mtlsTpp.tpp.config, tokens.refresh_token!)).cnf,
      undefined,
    );
    const refreshed = await oauth.refreshTokenGrant(mtlsTpp.tpp.config, tokens.refresh_token!);
    assert.equal(refreshed.refresh_token ?? tokens.refresh_token, tokens.refresh_token);
    const again = await oauth.tokenIntrospection(mtlsTpp.tpp.config, refreshed.access_token);
    assert.deepEqual(again.cnf, { 'x5t#S256': thumbprint });
    await page.context().close();
  });
});

describe('a domestic payment in the browser', () => {
  test('the page shows amount, payee, masked payee account and reference; the customer picks the paying account and approves', async () => {
    const { intentId, started, page } = await signedInFor(tpp, 'domestic-payment');
    await page.getByRole('heading', { name: 'Approve a payment' }).waitFor();
    const payment = page.getByRole('region', { name: 'Payment details' });
    assert.match(await payment.innerText(), /£165\.88/);
    assert.match(await payment.innerText(), /ACME Inc/);
    assert.match(await payment.innerText(), /Sort code 08-08-00, account ••••5698/);
    assert.match(await payment.innerText(), /FRESCO-101/);
    assert.ok(!(await page.content()).includes('21325698'), 'the payee account number is masked');
    const radios = page.getByRole('radio');
    assert.equal(await radios.count(), 3);
    assert.ok(
      await page.locator(`input[value="${ALICE.creditCard!.id}"]`).isDisabled(),
      'a credit card in debit cannot pay',
    );
    await radios.first().check();
    const chosen = await radios.first().getAttribute('value');
    await page.screenshot({ path: join(ARTIFACTS, 'payment-consent.png'), fullPage: true });
    const callback = await responseAtRedirectUri(page, () =>
      page.getByRole('button', { name: 'Approve payment' }).click(),
    );
    assert.equal(callback.searchParams.get('iss'), platform.urls.browser);

    const tokens = await exchangedCode(tpp, callback, started, intentId);
    assert.equal(tokens.token_type.toLowerCase(), 'dpop');
    const row = await consentRow(intentId);
    assert.equal(row.status, 'Authorised');
    assert.equal(row.customer_id, ALICE.id);
    assert.equal(row.debtor_account_id, chosen);
    await page.context().close();
  });
});
