import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ALICE,
  authorizationPath,
  Browser,
  csrfOf,
  insertAccountAccessConsent,
  insertPaymentConsent,
  OTHER_CLIENT_ID,
  signInThroughAuthorization,
  signInToDashboard,
  useHarness,
} from './harness.ts';

const harness = useHarness();

/** Authorises an account-access intent for Alice through the real interaction; returns its id. */
async function authorisedConsent(clientId?: string): Promise<string> {
  const intentId = await insertAccountAccessConsent(harness.current, { clientId });
  const browser = new Browser(harness.current.baseUrl);
  const consentPage = await signInThroughAuthorization(
    browser,
    authorizationPath(intentId, undefined, clientId),
  );
  const html = await consentPage.text();
  const account = /name="account" value="([^"]+)"/.exec(html)![1]!;
  await browser.follow(
    await browser.post(`${new URL(consentPage.url).pathname}/approve`, {
      csrf: csrfOf(html),
      account,
    }),
  );
  await harness.current.db.knex.raw('UPDATE authz.customers SET totp_last_used_step = NULL');
  return intentId;
}

describe('connected apps dashboard', () => {
  test('needs both factors; the interaction sign-in does not carry over', async () => {
    const browser = new Browser(harness.current.baseUrl);
    const page = await browser.get('/consents');
    assert.equal(page.status, 200);
    assert.match(await page.text(), /id="password"/);
    assert.equal(page.headers.get('cache-control'), 'no-store');
  });

  test("lists the customer's consents with TPP, permissions, masked accounts, dates and status", async () => {
    const intentId = await authorisedConsent();
    await insertPaymentConsent(harness.current, '12.00');
    const browser = new Browser(harness.current.baseUrl);
    const dashboard = await signInToDashboard(browser);
    assert.equal(dashboard.status, 200);
    const html = await dashboard.text();
    assert.match(html, /Connected apps/);
    assert.match(html, /Signed in as Alice Carter/);
    assert.match(html, /Budget Buddy/);
    assert.match(html, /Active/);
    assert.match(html, /Your account balance/);
    assert.match(html, /Sort code 12-34-56, account ••••\d{4}/);
    assert.doesNotMatch(html, /31926819/);
    assert.match(html, new RegExp(`/consents/${intentId}/revoke`));
    assert.equal(
      (html.match(/<li class="consent">/g) ?? []).length,
      1,
      "an unauthorised payment intent is not Alice's yet",
    );
  });

  test('groups consents by app, with the app description from its software statement', async () => {
    await harness.current.db.knex.raw(
      "DELETE FROM openbanking.consents WHERE client_id IN ('tpp-budget-buddy', 'tpp-other')",
    );
    const [first, second, other] = [
      await authorisedConsent(),
      await authorisedConsent(),
      await authorisedConsent(OTHER_CLIENT_ID),
    ];
    const html = await (await signInToDashboard(new Browser(harness.current.baseUrl))).text();
    const sections = html.split('<section class="app"').slice(1);
    assert.equal(sections.length, 2, 'one section per app');
    const budget = sections.find((section) => section.includes('Budget Buddy'))!;
    const otherApp = sections.find((section) => section.includes('Other App'))!;
    assert.match(budget, /Budgets from your spending, every month\./);
    assert.match(budget, /2 active connections/);
    for (const id of [first, second]) assert.match(budget, new RegExp(`/consents/${id}/revoke`));
    assert.match(otherApp, new RegExp(`/consents/${other}/revoke`));
    assert.match(otherApp, /1 active connection</);
    assert.doesNotMatch(otherApp, /Budgets from your spending/);
  });

  test('Revoke: the consent is Revoked and its grant, tokens and codes are gone at once', async () => {
    const intentId = await authorisedConsent();
    const { grant_id: grantId } = (
      await harness.current.db.knex.raw('SELECT grant_id FROM openbanking.consents WHERE id = ?', [
        intentId,
      ])
    ).rows[0];
    const token = new harness.current.provider.AccessToken({
      accountId: ALICE.id,
      client: await harness.current.provider.Client.find('tpp-budget-buddy'),
      grantId,
      scope: 'openid accounts',
    } as never);
    const tokenValue = await token.save();
    assert.ok(await harness.current.provider.AccessToken.find(tokenValue));

    const browser = new Browser(harness.current.baseUrl);
    const dashboard = await signInToDashboard(browser);
    const confirm = await browser.post(`/consents/${intentId}/revoke`, {
      csrf: csrfOf(await dashboard.text()),
    });
    assert.equal(confirm.status, 200, 'the customer is asked to confirm first');
    const confirmHtml = await confirm.text();
    assert.match(confirmHtml, /Cancel Budget Buddy’s access\?/);
    assert.match(confirmHtml, /name="confirm" value="yes"/);
    assert.match(confirmHtml, /href="\/consents">No, keep access/);
    assert.equal(
      (
        await harness.current.db.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [
          intentId,
        ])
      ).rows[0].status,
      'Authorised',
      'nothing changes before the confirmation',
    );
    const revoked = await browser.post(`/consents/${intentId}/revoke`, {
      csrf: csrfOf(confirmHtml),
      confirm: 'yes',
    });
    assert.equal(revoked.status, 303);
    const after = await browser.follow(revoked);
    const html = await after.text();
    assert.match(html, /Budget Buddy can no longer use this access/);
    assert.match(html, /Cancelled by you/);
    assert.doesNotMatch(html, new RegExp(`/consents/${intentId}/revoke`));

    assert.equal(
      (
        await harness.current.db.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [
          intentId,
        ])
      ).rows[0].status,
      'Revoked',
    );
    assert.equal(await harness.current.provider.AccessToken.find(tokenValue), undefined);
    assert.equal(await harness.current.provider.Grant.find(grantId), undefined);
    const left = (
      await harness.current.db.knex.raw(
        'SELECT count(*)::int AS n FROM authz.oidc_payloads WHERE grant_id = ? OR id = ?',
        [grantId, grantId],
      )
    ).rows[0].n;
    assert.equal(left, 0);
  });

  test('revocation needs the CSRF token and the owning customer', async () => {
    const intentId = await authorisedConsent();
    const browser = new Browser(harness.current.baseUrl);
    await signInToDashboard(browser);
    assert.equal(
      (await browser.post(`/consents/${intentId}/revoke`, { csrf: 'forged', confirm: 'yes' }))
        .status,
      403,
    );
    const signedOut = new Browser(harness.current.baseUrl);
    const loginHtml = await (await signedOut.get('/consents')).text();
    const response = await signedOut.post(`/consents/${intentId}/revoke`, {
      csrf: csrfOf(loginHtml),
      confirm: 'yes',
    });
    assert.equal(response.status, 303, 'signed out: back to sign-in');
    assert.equal(
      (
        await harness.current.db.knex.raw('SELECT status FROM openbanking.consents WHERE id = ?', [
          intentId,
        ])
      ).rows[0].status,
      'Authorised',
    );
  });

  test('sign out ends the dashboard session', async () => {
    const browser = new Browser(harness.current.baseUrl);
    const dashboard = await signInToDashboard(browser);
    await browser.follow(
      await browser.post('/consents/sign-out', { csrf: csrfOf(await dashboard.text()) }),
    );
    assert.match(await (await browser.get('/consents')).text(), /id="password"/);
  });
});
