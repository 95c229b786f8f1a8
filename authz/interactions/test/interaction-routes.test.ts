import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  ALICE,
  authorizationPath,
  Browser,
  CAROL,
  CLIENT_ID,
  csrfOf,
  insertAccountAccessConsent,
  insertPaymentConsent,
  REDIRECT_URI,
  signInThroughAuthorization,
  totp,
  useHarness,
  type Response,
} from './harness.ts';

const harness = useHarness();

const consentRow = async (id: string) =>
  (await harness.current.db.knex.raw('SELECT * FROM openbanking.consents WHERE id = ?', [id]))
    .rows[0];
/** Alice's sort-code accounts (her credit card is identified by its card number instead). */
const aliceAccounts = async () =>
  (
    await harness.current.db.knex.raw(
      'SELECT id, account_number FROM ledger.accounts WHERE customer_id = ? AND account_number IS NOT NULL ORDER BY created_at, id',
      [ALICE.id],
    )
  ).rows as { id: string; account_number: string }[];

function assertStrictPage(response: Response, formTarget?: string): void {
  assert.match(response.headers.get('content-type') ?? '', /^text\/html/);
  const csp = response.headers.get('content-security-policy') ?? '';
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /frame-ancestors 'none'/);
  assert.match(csp, /base-uri 'none'/);
  assert.doesNotMatch(csp, /script-src|unsafe-inline/);
  if (formTarget)
    assert.match(csp, new RegExp(`form-action 'self' ${formTarget.replace(/[.]/g, '\\.')}`));
  assert.equal(response.headers.get('cache-control'), 'no-store');
  assert.equal(response.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(response.headers.get('referrer-policy'), 'no-referrer');
}

describe('account access, approved', () => {
  test('sign in with password and code, choose one of two accounts, approve: the TPP gets a code and the consent is bound', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);

    const loginPage = await browser.follow(await browser.get(authorizationPath(intentId)));
    assert.equal(loginPage.status, 200);
    assertStrictPage(loginPage, 'https://tpp.example');
    const loginHtml = await loginPage.text();
    assert.match(loginHtml, /Budget Buddy/);
    assert.match(loginHtml, /<label class="field__label" for="username">Username<\/label>/);
    assert.doesNotMatch(loginHtml, /<script/i);
    const cookies = [...browser.cookies.keys()];
    assert.ok(cookies.includes('__Host-obp-csrf'));

    const consentPage = await signInThroughAuthorization(browser, authorizationPath(intentId));
    assert.equal(consentPage.status, 200);
    assertStrictPage(consentPage, 'https://tpp.example');
    const html = await consentPage.text();
    assert.match(html, /Share your account information/);
    assert.match(html, /Your account name, sort code and account number/);
    assert.match(html, /Your account balance/);
    assert.match(html, /From 1 January 2025 to 31 December 2025/);
    assert.match(html, /Access lasts/);
    const accounts = await aliceAccounts();
    for (const account of accounts) {
      assert.ok(!html.includes(account.account_number), 'full account numbers never appear');
      assert.ok(html.includes(`••••${account.account_number.slice(-4)}`));
    }

    const interaction = new URL(consentPage.url).pathname;
    const approved = await browser.follow(
      await browser.post(`${interaction}/approve`, {
        csrf: csrfOf(html),
        account: accounts[0]!.id,
      }),
    );
    assert.equal(approved.status, 303);
    const redirect = new URL(approved.headers.get('location')!);
    assert.equal(`${redirect.origin}${redirect.pathname}`, REDIRECT_URI);
    assert.ok(redirect.searchParams.get('code'));
    assert.equal(redirect.searchParams.get('state'), 'state-123');
    assert.equal(redirect.searchParams.get('iss'), harness.current.baseUrl);

    const row = await consentRow(intentId);
    assert.equal(row.status, 'Authorised');
    assert.equal(row.customer_id, ALICE.id);
    assert.deepEqual(row.account_ids, [accounts[0]!.id]);
    assert.ok(row.authorised_at);
    const grant = await harness.current.provider.Grant.find(row.grant_id);
    assert.equal(grant?.accountId, ALICE.id);
    assert.equal(grant?.clientId, CLIENT_ID);
    assert.match(grant!.getOIDCScope(), /accounts/);
    // The claims request is the platform's to read (authz/claims-parameter.ts): it grants no claims
    // of its own; the intent comes with the openid scope.
    assert.deepEqual(grant!.getOIDCClaims(), []);
  });

  test('approving with no account chosen is refused on the page and changes nothing', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const consentPage = await signInThroughAuthorization(browser, authorizationPath(intentId));
    const interaction = new URL(consentPage.url).pathname;
    const response = await browser.post(`${interaction}/approve`, {
      csrf: csrfOf(await consentPage.text()),
    });
    assert.equal(response.status, 400);
    assert.match(await response.text(), /Choose at least one account to share/);
    assert.equal((await consentRow(intentId)).status, 'AwaitingAuthorisation');
  });

  test("another customer's account cannot be smuggled into the form", async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const consentPage = await signInThroughAuthorization(browser, authorizationPath(intentId));
    const carols = (
      await harness.current.db.knex.raw('SELECT id FROM ledger.accounts WHERE customer_id = ?', [
        CAROL.id,
      ])
    ).rows[0].id;
    const response = await browser.post(`${new URL(consentPage.url).pathname}/approve`, {
      csrf: csrfOf(await consentPage.text()),
      account: carols,
    });
    assert.equal(response.status, 400);
    assert.equal((await consentRow(intentId)).status, 'AwaitingAuthorisation');
  });

  test('approve and refuse need the CSRF token of this browser and interaction: without it nothing is decided', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const consentPage = await signInThroughAuthorization(browser, authorizationPath(intentId));
    const interaction = new URL(consentPage.url).pathname;
    const csrf = csrfOf(await consentPage.text());
    const [account] = await aliceAccounts();
    // A token for another interaction (the dashboard's scope) is as good as none.
    const otherScope = csrfOf(await (await browser.get('/consents')).text());
    for (const forged of [
      '',
      'forged-token',
      otherScope,
      csrf.replace(/.$/, (c) => (c === 'A' ? 'B' : 'A')),
    ]) {
      for (const action of ['approve', 'refuse']) {
        const response = await browser.post(`${interaction}/${action}`, {
          csrf: forged,
          account: account!.id,
        });
        assert.equal(response.status, 403, `${action} with ${forged || 'no token'}`);
        assert.equal(response.headers.get('location'), null, 'no authorization response');
      }
    }
    assert.equal((await consentRow(intentId)).status, 'AwaitingAuthorisation');
    // The real token still works afterwards.
    const approved = await browser.follow(
      await browser.post(`${interaction}/approve`, { csrf, account: account!.id }),
    );
    assert.ok(new URL(approved.headers.get('location')!).searchParams.get('code'));
    assert.equal((await consentRow(intentId)).status, 'Authorised');
  });
});

describe('refusal', () => {
  test('Refuse on the consent page: Rejected, and the TPP gets access_denied with state and iss', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const consentPage = await signInThroughAuthorization(browser, authorizationPath(intentId));
    const refused = await browser.follow(
      await browser.post(`${new URL(consentPage.url).pathname}/refuse`, {
        csrf: csrfOf(await consentPage.text()),
      }),
    );
    const redirect = new URL(refused.headers.get('location')!);
    assert.equal(redirect.searchParams.get('error'), 'access_denied');
    assert.equal(redirect.searchParams.get('state'), 'state-123');
    assert.equal(redirect.searchParams.get('iss'), harness.current.baseUrl);
    const row = await consentRow(intentId);
    assert.equal(row.status, 'Rejected');
    assert.equal(row.customer_id, ALICE.id);
  });

  test('Cancel on the sign-in page rejects the intent too, without knowing who the customer is', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const loginPage = await browser.follow(await browser.get(authorizationPath(intentId)));
    const refused = await browser.follow(
      await browser.post(`${new URL(loginPage.url).pathname}/refuse`, {
        csrf: csrfOf(await loginPage.text()),
      }),
    );
    assert.equal(
      new URL(refused.headers.get('location')!).searchParams.get('error'),
      'access_denied',
    );
    const row = await consentRow(intentId);
    assert.equal(row.status, 'Rejected');
    assert.equal(row.customer_id, null);
  });
});

describe('payments', () => {
  test('the page shows amount, payee, masked payee account and reference; the customer picks the paying account', async () => {
    const intentId = await insertPaymentConsent(harness.current, '125.50');
    const browser = new Browser(harness.current.baseUrl);
    const consentPage = await signInThroughAuthorization(
      browser,
      authorizationPath(intentId, 'openid payments'),
    );
    const html = await consentPage.text();
    assert.match(html, /£125\.50/);
    assert.match(html, /Corner Shop Ltd/);
    assert.match(html, /Sort code 40-40-04, account ••••5678/);
    assert.ok(!html.includes('12345678'));
    assert.match(html, /INV-2041/);
    assert.match(html, /Choose the account to pay from/);
    const [current] = await aliceAccounts();
    const approved = await browser.follow(
      await browser.post(`${new URL(consentPage.url).pathname}/approve`, {
        csrf: csrfOf(html),
        account: current!.id,
      }),
    );
    assert.ok(new URL(approved.headers.get('location')!).searchParams.get('code'));
    const row = await consentRow(intentId);
    assert.equal(row.status, 'Authorised');
    assert.equal(row.debtor_account_id, current!.id);
    assert.equal(row.account_ids, null);
  });

  test('too little money is shown before approval, and the customer may still approve: the funds are checked at the payment', async () => {
    const intentId = await insertPaymentConsent(harness.current, '500.00');
    const browser = new Browser(harness.current.baseUrl);
    const consentPage = await signInThroughAuthorization(
      browser,
      authorizationPath(intentId, 'openid payments'),
      CAROL,
    );
    const html = await consentPage.text();
    assert.match(html, /not enough money in this account for this payment now/);
    assert.match(html, />Approve payment</);
    assert.doesNotMatch(html, /You can’t approve this request/);
    const carols = (
      await harness.current.db.knex.raw(
        "SELECT id FROM ledger.accounts WHERE customer_id = ? AND account_subtype = 'CurrentAccount'",
        [CAROL.id],
      )
    ).rows[0].id;
    const approved = await browser.follow(
      await browser.post(`${new URL(consentPage.url).pathname}/approve`, {
        csrf: csrfOf(html),
        account: carols,
      }),
    );
    assert.ok(new URL(approved.headers.get('location')!).searchParams.get('code'));
    const row = await consentRow(intentId);
    assert.equal(row.status, 'Authorised');
    assert.equal(row.debtor_account_id, carols);
  });

  test('a debtor account fixed by the intent is shown, not chosen', async () => {
    const [, savings] = await aliceAccounts();
    const intentId = await insertPaymentConsent(harness.current, '10.00', {
      SchemeName: 'UK.OBIE.SortCodeAccountNumber',
      Identification: `123456${savings!.account_number}`,
    });
    const browser = new Browser(harness.current.baseUrl);
    const consentPage = await signInThroughAuthorization(
      browser,
      authorizationPath(intentId, 'openid payments'),
    );
    const html = await consentPage.text();
    assert.match(html, /Paying from/);
    assert.doesNotMatch(html, /type="radio"/);
    await browser.follow(
      await browser.post(`${new URL(consentPage.url).pathname}/approve`, { csrf: csrfOf(html) }),
    );
    assert.equal((await consentRow(intentId)).debtor_account_id, savings!.id);
  });
});

describe('sign-in protections', () => {
  test('a CSRF token mismatch is refused with a page, and the password is not even checked', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const loginPage = await browser.follow(await browser.get(authorizationPath(intentId)));
    const interaction = new URL(loginPage.url).pathname;
    await loginPage.text();
    for (const csrf of [
      '',
      'forged-token',
      csrfOf(await (await browser.get(interaction)).text()).replace(/.$/, (c) =>
        c === 'A' ? 'B' : 'A',
      ),
    ]) {
      const response = await browser.post(`${interaction}/login`, {
        csrf,
        username: ALICE.username,
        password: 'wrong',
      });
      assert.equal(response.status, 403);
      assertStrictPage(response);
      assert.match(await response.text(), /Please try that again/);
    }
    const stolen = csrfOf(await (await browser.get(interaction)).text());
    const elsewhere = new Browser(harness.current.baseUrl);
    elsewhere.cookies.set('__Host-obp-csrf', 'A'.repeat(43));
    for (const [name, value] of browser.cookies)
      if (name !== '__Host-obp-csrf') elsewhere.cookies.set(name, value);
    assert.equal(
      (
        await elsewhere.post(`${interaction}/login`, {
          csrf: stolen,
          username: ALICE.username,
          password: 'wrong',
        })
      ).status,
      403,
      'token bound to its cookie',
    );
    const failures = (
      await harness.current.db.knex.raw(
        'SELECT failed_attempts FROM authz.customers WHERE id = ?',
        [ALICE.id],
      )
    ).rows[0].failed_attempts;
    assert.equal(failures, 0);
  });

  test('the same message for an unknown user and a wrong password; lockout after five, with a clear message', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const loginPage = await browser.follow(await browser.get(authorizationPath(intentId)));
    const interaction = new URL(loginPage.url).pathname;
    let csrf = csrfOf(await loginPage.text());
    const attempt = async (username: string, password: string) => {
      const response = await browser.post(`${interaction}/login`, { csrf, username, password });
      const html = await response.text();
      csrf = csrfOf(html);
      return {
        status: response.status,
        problem: /<div class="alert alert--error" role="alert" id="problem">([\s\S]*?)<\/div>/.exec(
          html,
        )?.[1],
      };
    };
    const unknown = await attempt('no-such-customer', 'whatever');
    const wrong = await attempt(ALICE.username, 'wrong-password');
    assert.equal(unknown.status, 401);
    assert.deepEqual(unknown, wrong);
    for (let i = 0; i < 3; i += 1)
      assert.equal((await attempt(ALICE.username, `wrong-${i}`)).status, 401);
    const locked = await attempt(ALICE.username, 'wrong-5');
    assert.equal(locked.status, 423);
    assert.match(locked.problem ?? '', /Sign-in is paused/);
    assert.equal(
      (await attempt(ALICE.username, ALICE.password)).status,
      423,
      'even the right password while locked',
    );
    assert.ok(
      harness.current.logLines.some((line) => line.includes('sign-in.password.invalid')),
      'the refusals are logged',
    );
    assert.ok(
      !harness.current.logLines.some(
        (line) => line.includes(ALICE.password) || line.includes('wrong-password'),
      ),
      'passwords never logged',
    );
  });

  test('the code step needs the password step of the same interaction', async () => {
    const first = await insertAccountAccessConsent(harness.current);
    const second = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const one = await browser.follow(await browser.get(authorizationPath(first)));
    const oneUid = new URL(one.url).pathname;
    await browser.post(`${oneUid}/login`, {
      csrf: csrfOf(await one.text()),
      username: ALICE.username,
      password: ALICE.password,
    });
    const two = await browser.follow(await browser.get(authorizationPath(second)));
    const twoHtml = await two.text();
    assert.match(twoHtml, /id="password"/, 'a second interaction starts at the password again');
    const response = await browser.post(`${new URL(two.url).pathname}/code`, {
      csrf: csrfOf(twoHtml),
      code: await totp(ALICE.totpSecret),
    });
    assert.equal(response.status, 303);
    assert.equal(
      new URL(response.headers.get('location')!, harness.current.baseUrl).pathname,
      new URL(two.url).pathname,
    );
  });

  test('a wrong code is explained on the page; a used code is refused', async () => {
    const intentId = await insertAccountAccessConsent(harness.current);
    const browser = new Browser(harness.current.baseUrl);
    const loginPage = await browser.follow(await browser.get(authorizationPath(intentId)));
    const interaction = new URL(loginPage.url).pathname;
    const codePage = await browser.follow(
      await browser.post(`${interaction}/login`, {
        csrf: csrfOf(await loginPage.text()),
        username: ALICE.username,
        password: ALICE.password,
      }),
    );
    const codeHtml = await codePage.text();
    assert.match(codeHtml, /autocomplete="one-time-code"/);
    const wrong = await browser.post(`${interaction}/code`, {
      csrf: csrfOf(codeHtml),
      code: '000000',
    });
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /That code is not right/);
    const code = await totp(ALICE.totpSecret);
    await harness.current.db.knex.raw(
      'UPDATE authz.customers SET totp_last_used_step = ? WHERE id = ?',
      [Math.floor(Date.now() / 30_000) + 1, ALICE.id],
    );
    const reused = await browser.post(`${interaction}/code`, { csrf: csrfOf(codeHtml), code });
    assert.equal(reused.status, 401);
    assert.match(await reused.text(), /already been used/);
  });
});

describe('pages instead of JSON', () => {
  test('an unknown or expired interaction explains itself on a page', async () => {
    const response = await new Browser(harness.current.baseUrl).get('/interaction/does-not-exist');
    assert.equal(response.status, 400);
    assertStrictPage(response);
    assert.match(await response.text(), /This page has expired/);
  });

  test("the provider's own errors are rendered as a bank page", async () => {
    const response = await new Browser(harness.current.baseUrl).get(
      '/auth?client_id=unknown-client&response_type=code&scope=openid',
    );
    assert.equal(response.status, 400);
    assertStrictPage(response);
    const html = await response.text();
    assert.match(html, /We can’t continue with this request/);
    assert.match(html, /invalid_client/);
  });

  test('the stylesheet is served under its content hash, cacheable for ever', async () => {
    const loginPage = await new Browser(harness.current.baseUrl).follow(
      await new Browser(harness.current.baseUrl).get(
        authorizationPath(await insertAccountAccessConsent(harness.current)),
      ),
    );
    const href = /<link rel="stylesheet" href="([^"]+)">/.exec(await loginPage.text())![1]!;
    assert.match(href, /^\/assets\/bank\.[0-9a-f]{16}\.css$/);
    const css = await fetch(new URL(href, harness.current.baseUrl));
    assert.equal(css.status, 200);
    assert.match(css.headers.get('content-type') ?? '', /^text\/css/);
    assert.match(css.headers.get('cache-control') ?? '', /immutable/);
    assert.match(await css.text(), /--brand/);
  });
});
