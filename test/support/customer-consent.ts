import assert from 'node:assert/strict';
import type { Knex } from 'knex';
import type * as oauth from 'openid-client';
import { SCOPE_OF_KIND } from '../../authz/index.ts';
import { exchangeCode, pushAuthorization, type RegisteredTpp } from '../../examples/tpp-client.ts';
import type { ConsentKind } from '../../openbanking/index.ts';
import { SANDBOX_CUSTOMERS, type SandboxCustomer } from '../../db/seeds/index.ts';
import { choosesOneAccount, offeredAccounts, problemOf } from '../../sandbox/bank-pages.ts';
import { Browser, csrfOf, totp, type Response } from './browser.ts';
import { tlsAgent } from './http.ts';
import type { TestPlatform } from './platform.ts';

/**
 * What a TPP and a bank customer do to turn an intent into an authorization-code token, without a
 * real browser: PAR over mutual TLS with a signed request object (openid-client), then the bank's
 * pages driven as a browser without JavaScript over real TLS (password, TOTP, choose accounts,
 * approve), then the code exchange bound as the TPP's registration says (DPoP or certificate).
 * test/e2e/consent-browser.test.ts is the same flow in chromium.
 */

/**
 * What of a running platform the customer's side needs: its database, hosts and server trust
 * anchor.
 */
export type ConsentPlatform = Pick<TestPlatform, 'knex' | 'urls' | 'serverTrustAnchorPem'>;

export const [ALICE, BOB, CAROL] = SANDBOX_CUSTOMERS as [
  SandboxCustomer,
  SandboxCustomer,
  SandboxCustomer,
];

/**
 * A TOTP code is accepted once per customer and step: forgets the customer's last used step, so a
 * test may sign in again within the same 30 s (test databases only).
 */
export async function forgetSpentTotp(knex: Knex, customerId: string): Promise<void> {
  await knex('authz.customers').where({ id: customerId }).update({ totp_last_used_step: null });
}

/**
 * Which of the offered accounts the customer ticks: all (AISP default), the first (PISP default),
 * or these ids.
 */
export type AccountChoice = 'all' | 'first' | readonly string[];

export interface CustomerDecision {
  customer?: SandboxCustomer;
  accounts?: AccountChoice;
  /** Refuse instead of approving. */
  refuse?: boolean;
}

/**
 * The customer's side: from the authorization URL to the redirect back to the TPP. Returns the
 * authorization response URL (code or error, with `iss`). A TOTP code is accepted once per
 * customer and step, so the customer's last used step is forgotten first (test databases only).
 */
export async function customerDecides(
  platform: ConsentPlatform,
  authorizationUrl: URL,
  decision: CustomerDecision = {},
): Promise<URL> {
  const dispatcher = tlsAgent({ ca: platform.serverTrustAnchorPem });
  try {
    const browser = new Browser(platform.urls.browser, dispatcher);
    const consentPage = await signedInToConsent(
      platform,
      browser,
      authorizationUrl,
      decision.customer ?? ALICE,
    );
    if (!/action="[^"]*\/approve"/.test(consentPage.html))
      throw new Error(`expected the consent page, got: ${summary(consentPage.html)}`);
    const consentPath = new URL(consentPage.url).pathname;
    const csrf = csrfOf(consentPage.html);
    const submitted = decision.refuse
      ? await browser.post(`${consentPath}/refuse`, { csrf })
      : await browser.post(`${consentPath}/approve`, {
          csrf,
          account: chooseAccounts(consentPage.html, decision.accounts),
        });
    const last = await browser.follow(submitted);
    const location = last.headers.get('location');
    if (last.status < 300 || last.status >= 400 || !location)
      throw new Error(
        `expected a redirect to the TPP, got ${last.status}: ${summary(await last.text())}`,
      );
    return new URL(location);
  } finally {
    await dispatcher.close();
  }
}

/**
 * The customer signs in (password, TOTP) from the authorization URL and lands on the consent page.
 */
async function signedInToConsent(
  platform: ConsentPlatform,
  browser: Browser,
  authorizationUrl: URL,
  customer: SandboxCustomer,
): Promise<Page> {
  const loginPage = await page(
    browser,
    await browser.get(authorizationUrl.pathname + authorizationUrl.search),
  );
  const interaction = new URL(loginPage.url).pathname;
  const codePage = await page(
    browser,
    await browser.post(`${interaction}/login`, {
      csrf: csrfOf(loginPage.html),
      username: customer.username,
      password: customer.password,
    }),
  );
  await forgetSpentTotp(platform.knex, customer.id);
  return page(
    browser,
    await browser.post(`${interaction}/code`, {
      csrf: csrfOf(codePage.html),
      code: await totp(customer.totpSecret),
    }),
  );
}

/** The TPP pushes the authorization request of this intent, with the scope of the intent's kind. */
async function pushedFor(
  platform: ConsentPlatform,
  tpp: RegisteredTpp,
  intentId: string,
  redirectUri: string,
) {
  const row = await platform
    .knex('openbanking.consents')
    .where({ id: intentId })
    .first<{ kind: ConsentKind } | undefined>('kind');
  const scope = row && SCOPE_OF_KIND[row.kind];
  if (!scope) throw new Error(`no intent ${intentId}`);
  return pushAuthorization(tpp, intentId, { scope, redirectUri });
}

/**
 * The consent page the customer sees for this intent of this TPP (after PAR and sign-in), as HTML.
 */
export async function consentPageHtml(
  platform: ConsentPlatform,
  tpp: RegisteredTpp,
  intentId: string,
  options: AuthorizeOptions,
): Promise<string> {
  const started = await pushedFor(platform, tpp, intentId, options.redirectUri);
  const dispatcher = tlsAgent({ ca: platform.serverTrustAnchorPem });
  try {
    return (
      await signedInToConsent(
        platform,
        new Browser(platform.urls.browser, dispatcher),
        started.url,
        options.customer ?? ALICE,
      )
    ).html;
  } finally {
    await dispatcher.close();
  }
}

export interface AuthorizeOptions extends CustomerDecision {
  /** Must be one of the TPP's registered redirect URIs. */
  redirectUri: string;
}

export type CodeTokens = oauth.TokenEndpointResponse & oauth.TokenEndpointResponseHelpers;

/**
 * The whole flow for an intent of this TPP: PAR, the customer approves, the code exchange. The
 * scope follows the intent's kind. Throws with the authorization error if the customer refused.
 */
export async function authorizeIntent(
  platform: ConsentPlatform,
  tpp: RegisteredTpp,
  intentId: string,
  options: AuthorizeOptions,
): Promise<CodeTokens> {
  const started = await pushedFor(platform, tpp, intentId, options.redirectUri);
  return exchangeCode(tpp, await customerDecides(platform, started.url, options), started);
}

interface Page {
  url: string;
  html: string;
}

async function page(browser: Browser, response: Response): Promise<Page> {
  const landed = await browser.follow(response);
  const html = await landed.text();
  if (landed.status !== 200)
    throw new Error(`bank page answered ${landed.status}: ${summary(html)}`);
  return { url: landed.url, html };
}

function chooseAccounts(html: string, choice: AccountChoice | undefined): string[] {
  const offered = offeredAccounts(html);
  const wanted = choice ?? (choosesOneAccount(html) ? 'first' : 'all');
  if (wanted === 'all') return offered;
  if (wanted === 'first') return offered.slice(0, 1);
  return [...wanted];
}

/** The page's problem or heading, for a failure message. */
function summary(html: string): string {
  return problemOf(html) ?? html.slice(0, 200);
}

/** The customer signs in to the dashboard (password, one-time code) and cancels the consent. */
export async function revokeInDashboard(
  platform: ConsentPlatform,
  consentId: string,
  customer = ALICE,
): Promise<void> {
  const dispatcher = tlsAgent({ ca: platform.serverTrustAnchorPem });
  try {
    const browser = new Browser(platform.urls.browser, dispatcher);
    const page = async (response: Response) => {
      const landed = await browser.follow(response);
      assert.equal(landed.status, 200);
      return landed.text();
    };
    const signIn = await page(await browser.get('/consents'));
    const code = await page(
      await browser.post('/consents/sign-in', {
        csrf: csrfOf(signIn),
        username: customer.username,
        password: customer.password,
      }),
    );
    await forgetSpentTotp(platform.knex, customer.id);
    const list = await page(
      await browser.post('/consents/code', {
        csrf: csrfOf(code),
        code: await totp(customer.totpSecret),
      }),
    );
    assert.match(list, new RegExp(`/consents/${consentId}/revoke`));
    const confirm = await page(
      await browser.post(`/consents/${consentId}/revoke`, { csrf: csrfOf(list) }),
    );
    await page(
      await browser.post(`/consents/${consentId}/revoke`, {
        csrf: csrfOf(confirm),
        confirm: 'yes',
      }),
    );
    const row = await platform.knex('openbanking.consents').where({ id: consentId }).first();
    assert.equal(row.status, 'Revoked');
  } finally {
    await dispatcher.close();
  }
}
