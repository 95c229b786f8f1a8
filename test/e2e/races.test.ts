import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { exportJWK, SignJWT } from 'jose';
import * as oauth from 'openid-client';
import { fetch, type Agent } from 'undici';
import {
  callApi,
  clientCredentials,
  deleteIntent,
  exchangeCode,
  pushAuthorization,
  registerTpp,
  type RegisteredTpp,
  type TppIdentity,
} from '../../examples/tpp-client.ts';
import { accessTokenHash } from '../../resource-server/guard/dpop-proof.ts';
import { Browser, csrfOf, totp } from '../support/browser.ts';
import {
  ALICE,
  BOB,
  customerDecides,
  forgetSpentTotp,
  type CodeTokens,
} from '../support/customer-consent.ts';
import { tlsAgent } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * Races a TPP (or an attacker holding its artefacts) can start: the same authorization code, pushed
 * request, DPoP proof, software statement or refresh token used by many requests at once. Each is
 * used up exactly once, and what a reuse revokes stays revoked whichever request finishes last.
 * (Concurrent client assertions: authz/test/token-endpoint-replay.test.ts.)
 */

const REDIRECT = 'https://tpp.example/cb';
const ACCOUNTS = '/open-banking/v3.1/aisp/accounts';
/** Each code race is run this many times: the losing order differs from run to run. */
const TRIALS = 3;

let platform: TestPlatform;
let tpp: RegisteredTpp;
let browserAgent: Agent;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp } = await onboardTpp(platform, {
    name: 'Racing App',
    roles: ['AISP'],
    redirectUri: REDIRECT,
  }));
  browserAgent = tlsAgent({ ca: platform.serverTrustAnchorPem });
});
after(async () => {
  await browserAgent?.close();
  await platform?.stop();
});

/**
 * An approved authorization for a new account-access intent: the code in its callback, not yet
 * exchanged.
 */
async function approved() {
  const intentId = await createdIntentId(tpp, 'account-access');
  const started = await pushAuthorization(tpp, intentId, {
    scope: 'accounts',
    redirectUri: REDIRECT,
  });
  return { intentId, started, callback: await customerDecides(platform, started.url) };
}

/**
 * The token is dead everywhere: the resource server answers 401, introspection inactive, refresh
 * invalid_grant.
 */
async function assertDead(tokens: CodeTokens, why: string): Promise<void> {
  const read = await callApi(tpp, tokens, 'GET', ACCOUNTS);
  assert.equal(
    read.status,
    401,
    `${why}: the resource server still serves the token (${read.status})`,
  );
  assert.equal(
    (await oauth.tokenIntrospection(tpp.config, tokens.access_token)).active,
    false,
    `${why}: introspection says active`,
  );
  await assert.rejects(
    oauth.refreshTokenGrant(tpp.config, tokens.refresh_token!, undefined, { DPoP: tpp.dpop! }),
    (error: { error?: string }) => error.error === 'invalid_grant',
  );
}

describe('an authorization code redeemed by parallel requests', () => {
  for (const parallel of [2, 10]) {
    test(`${parallel} at once, ${TRIALS} times: one code is issued tokens at most once, and then every token of it is dead`, async () => {
      for (let trial = 1; trial <= TRIALS; trial += 1) {
        const { started, callback } = await approved();
        const outcomes = await Promise.allSettled(
          Array.from({ length: parallel }, () => exchangeCode(tpp, callback, started)),
        );
        const issued = outcomes.flatMap((outcome) =>
          outcome.status === 'fulfilled' ? [outcome.value] : [],
        );
        const refused = outcomes.flatMap((outcome) =>
          outcome.status === 'rejected' ? [outcome.reason as { error?: string }] : [],
        );
        assert.ok(
          refused.length >= parallel - 1,
          `trial ${trial}: ${issued.length} of ${parallel} redemptions got tokens`,
        );
        for (const reason of refused)
          assert.equal(reason.error, 'invalid_grant', `trial ${trial}: ${String(reason)}`);
        for (const [index, tokens] of issued.entries())
          await assertDead(tokens, `trial ${trial}, token ${index + 1} of ${issued.length}`);
      }
    });
  }
});

describe('one pushed request in two browsers', () => {
  test('both sign in and approve at once: one authorization response with a code, and the code works once', async () => {
    const intentId = await createdIntentId(tpp, 'account-access');
    const started = await pushAuthorization(tpp, intentId, {
      scope: 'accounts',
      redirectUri: REDIRECT,
    });
    // Two customers, so that neither's one-time code is spent by the other.
    const consentPages = await Promise.all(
      [ALICE, BOB].map(async (customer) => {
        const browser = new Browser(platform.urls.browser, browserAgent);
        const login = await browser.follow(
          await browser.get(started.url.pathname + started.url.search),
        );
        const path = new URL(login.url).pathname;
        const codePage = await browser.follow(
          await browser.post(`${path}/login`, {
            csrf: csrfOf(await login.text()),
            username: customer.username,
            password: customer.password,
          }),
        );
        await forgetSpentTotp(platform.knex, customer.id);
        const consent = await browser.follow(
          await browser.post(`${path}/code`, {
            csrf: csrfOf(await codePage.text()),
            code: await totp(customer.totpSecret),
          }),
        );
        const html = await consent.text();
        const account = /<input class="account__input"[^>]*value="([^"]+)"/.exec(html)![1]!;
        return { browser, path: new URL(consent.url).pathname, csrf: csrfOf(html), account };
      }),
    );
    const answers = await Promise.all(
      consentPages.map(async ({ browser, path, csrf, account }) =>
        browser.follow(await browser.post(`${path}/approve`, { csrf, account })),
      ),
    );
    const callbacks = answers
      .map((answer) => answer.headers.get('location'))
      .filter((location): location is string => location?.startsWith(REDIRECT) === true)
      .map((location) => new URL(location));
    const codes = callbacks.filter((callback) => callback.searchParams.has('code'));
    assert.equal(
      codes.length,
      1,
      `authorization responses: ${callbacks.map((c) => c.search).join(', ')}; answers ${answers.map((a) => `${a.status} ${a.url}`).join(', ')}`,
    );
    const tokens = await exchangeCode(tpp, codes[0]!, started);
    assert.equal((await callApi(tpp, tokens, 'GET', ACCOUNTS)).status, 200);
    await assert.rejects(
      exchangeCode(tpp, codes[0]!, started),
      (error: { error?: string }) => error.error === 'invalid_grant',
    );
  });
});

describe('one DPoP proof sent with many resource requests at once', () => {
  test('exactly one is served; the others are refused as a replayed proof', async () => {
    const { started, callback } = await approved();
    const tokens = await exchangeCode(tpp, callback, started);
    const keys = tpp.dpopKeys!;
    const proof = await new SignJWT({
      jti: randomUUID(),
      htm: 'GET',
      htu: `${platform.urls.tpp}${ACCOUNTS}`,
      iat: Math.floor(Date.now() / 1000),
      ath: accessTokenHash(tokens.access_token),
    })
      .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk: await exportJWK(keys.publicKey) })
      .sign(keys.privateKey);
    const agent = tlsAgent({ ca: platform.serverTrustAnchorPem });
    try {
      const answers = await Promise.all(
        Array.from({ length: 10 }, () =>
          fetch(`${platform.urls.tpp}${ACCOUNTS}`, {
            headers: {
              authorization: `DPoP ${tokens.access_token}`,
              dpop: proof,
              accept: 'application/json',
            },
            dispatcher: agent,
          }),
        ),
      );
      const statuses = answers.map((answer) => answer.status).sort();
      assert.deepEqual(statuses, [200, ...Array(9).fill(401)]);
      for (const answer of answers.filter((a) => a.status === 401))
        assert.match(answer.headers.get('www-authenticate') ?? '', /invalid_dpop_proof/);
    } finally {
      await agent.close();
    }
  });
});

describe('one software statement in many registrations at once', () => {
  test('exactly one client is registered; the others are told the statement is used', async () => {
    const kit = await platform.directory.onboard({
      name: 'Eager App',
      redirectUris: [REDIRECT],
      roles: ['AISP'],
    });
    const identity: TppIdentity = {
      transportCertPem: kit.transportCertPem,
      transportKeyPem: kit.transportKeyPem,
      signingKeyJwk: kit.signingKeyJwk,
      ssa: kit.ssa,
      bankCaPem: platform.serverTrustAnchorPem,
    };
    const clientsBefore = await platform
      .knex('authz.oidc_payloads')
      .where({ kind: 'Client' })
      .count<{ count: string }[]>({ count: '*' });
    const outcomes = await Promise.allSettled(
      Array.from({ length: 10 }, () =>
        registerTpp(platform.urls.browser, identity, { redirectUris: [REDIRECT] }),
      ),
    );
    const registered = outcomes.filter((outcome) => outcome.status === 'fulfilled');
    assert.equal(
      registered.length,
      1,
      JSON.stringify(
        outcomes.map((o) =>
          o.status === 'rejected' ? (o.reason as { error?: string }).error : 'registered',
        ),
      ),
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected')
        assert.equal((outcome.reason as { error?: string }).error, 'invalid_software_statement');
    }
    const clientsAfter = await platform
      .knex('authz.oidc_payloads')
      .where({ kind: 'Client' })
      .count<{ count: string }[]>({ count: '*' });
    assert.equal(Number(clientsAfter[0]!.count), Number(clientsBefore[0]!.count) + 1);
  });
});

describe('a refresh token used by parallel requests while the consent is revoked', () => {
  test('every access token refreshed around the revocation is dead once it is done', async () => {
    const { intentId, started, callback } = await approved();
    const tokens = await exchangeCode(tpp, callback, started);
    const management = await clientCredentials(tpp, 'accounts');
    const refreshes = Array.from({ length: 10 }, () =>
      oauth.refreshTokenGrant(tpp.config, tokens.refresh_token!, undefined, { DPoP: tpp.dpop! }),
    );
    const [deleted, ...outcomes] = await Promise.allSettled([
      deleteIntent(tpp, management, 'account-access', intentId),
      ...refreshes,
    ]);
    assert.equal(deleted.status === 'fulfilled' && deleted.value.status, 204);
    const refreshed = outcomes.flatMap((outcome) =>
      outcome.status === 'fulfilled' ? [outcome.value] : [],
    );
    for (const outcome of outcomes) {
      if (outcome.status === 'rejected')
        assert.equal((outcome.reason as { error?: string }).error, 'invalid_grant');
    }
    for (const [index, fresh] of [tokens, ...refreshed].entries()) {
      await assertDead(
        { ...fresh, refresh_token: tokens.refresh_token } as CodeTokens,
        `token ${index} of ${refreshed.length + 1}`,
      );
    }
  });
});
