import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { fetch } from 'undici';
import {
  clientCredentials,
  createIntent,
  INTENT_PATHS,
  type AccessToken,
} from '../../examples/tpp-client.ts';
import { Browser, csrfOf } from '../support/browser.ts';
import { ALICE } from '../support/customer-consent.ts';
import { tlsAgent, tlsFetch } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { accountAccessRequest } from '../support/intent-requests.ts';
import { onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * The rate limiter (ratelimit/) on the whole platform: two instances on one database share each
 * bucket exactly; refusals are 429 in the error model of the endpoint asked, with Retry-After and
 * the RateLimit fields, which every counted answer carries. Windows are an hour long, so no token
 * comes back during a test.
 */

const AISP_BURST = 10;
const TOKEN_BURST = 4;
const SIGN_IN_BURST = 3;
const LIMITS = `aisp=${AISP_BURST}/3600,token=${TOKEN_BURST}/3600,sign-in-username=${SIGN_IN_BURST}/3600,sign-in-address=1000/3600`;

let first: TestPlatform;
let second: TestPlatform;
let tpp: OnboardedTpp;

before(async () => {
  // The free plan's factor is 1: the resource API buckets are the base limits as set here.
  const env = { RATE_LIMITS: LIMITS, DEFAULT_API_PLAN: 'free' };
  first = await startTestPlatform({ hsm: false, env });
  second = await startTestPlatform({ instanceOf: first, env });
  tpp = await onboardTpp(first, {
    name: 'Burst Ltd',
    roles: ['AISP'],
    redirectUri: 'https://tpp.example/cb',
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  });
});
after(async () => {
  await second?.stop();
  await first?.stop();
});

/** The RateLimit fields of draft-ietf-httpapi-ratelimit-headers: remaining requests of a policy. */
function remaining(headers: Headers, policy: string): number {
  const field = headers.get('ratelimit') ?? '';
  const match = new RegExp(`"${policy}";r=(\\d+);t=(\\d+)`).exec(field);
  assert.ok(match, `RateLimit names ${policy}: ${field}`);
  return Number(match[1]);
}

test('a burst from one TPP through two instances gets exactly its bucket, the rest 429 with the OB error', async () => {
  // The intent is created with the token endpoint's first token and the aisp bucket's first.
  const token: AccessToken = await clientCredentials(tpp.tpp, 'accounts');
  const created = await createIntent(tpp.tpp, token, 'account-access', accountAccessRequest());
  assert.equal(created.status, 201);
  const consentId = ((await created.json()) as { Data: { ConsentId: string } }).Data.ConsentId;
  const identity = {
    ca: first.serverTrustAnchorPem,
    cert: tpp.identity.transportCertPem,
    key: tpp.identity.transportKeyPem,
  };
  const agents = [tlsAgent(identity), tlsAgent(identity)];
  try {
    const instances = [first, second];
    const burst = 3 * AISP_BURST;
    const answers = await Promise.all(
      Array.from({ length: burst }, async (_, i) => {
        const response = await fetch(
          `${instances[i % 2]!.urls.tpp}${INTENT_PATHS['account-access']}/${consentId}`,
          {
            headers: { authorization: `Bearer ${token.access_token}`, accept: 'application/json' },
            dispatcher: agents[i % 2],
          },
        );
        return { status: response.status, headers: response.headers, body: await response.text() };
      }),
    );
    const ok = answers.filter((a) => a.status === 200);
    const refused = answers.filter((a) => a.status === 429);
    assert.equal(
      ok.length,
      AISP_BURST - 1,
      'the bucket less the intent creation, across both instances',
    );
    assert.equal(refused.length, burst - ok.length, answers.map((a) => a.status).join(' '));
    for (const answer of answers) {
      assert.equal(answer.headers.get('ratelimit-policy'), `"aisp";q=${AISP_BURST};w=3600`);
    }
    assert.deepEqual(
      ok.map((a) => remaining(a.headers, 'aisp')).sort((a, b) => a - b),
      [...Array(AISP_BURST - 1).keys()],
      'each success saw its own count',
    );
    for (const answer of refused) {
      assert.equal(remaining(answer.headers, 'aisp'), 0);
      const retryAfter = Number(answer.headers.get('retry-after'));
      assert.ok(retryAfter > 0 && retryAfter <= 3600 / AISP_BURST, `Retry-After ${retryAfter}`);
      const body = JSON.parse(answer.body);
      assert.equal(body.Code, '429 TooManyRequests');
      assert.equal(body.Errors[0].ErrorCode, 'UK.SandboxBank.RateLimitExceeded');
    }
    // Shared by the two instances: the database holds one bucket for the TPP's aisp calls.
    const buckets = await first
      .knex('ratelimit.buckets')
      .where('key', `rs:aisp:${tpp.tpp.config.clientMetadata().client_id}`);
    assert.equal(buckets.length, 1);
    assert.ok(buckets[0].tokens < 1);
  } finally {
    await Promise.all(agents.map((agent) => agent.close()));
  }
});

test('the token endpoint limits a client per address, answering 429 as OAuth JSON', async () => {
  // The first test spent one token-endpoint token; the rest go now, then the refusal.
  for (let i = 1; i < TOKEN_BURST; i += 1) await clientCredentials(tpp.tpp, 'accounts');
  const response = await tlsFetch(
    `${first.urls.tpp}/token`,
    {
      ca: first.serverTrustAnchorPem,
      cert: tpp.identity.transportCertPem,
      key: tpp.identity.transportKeyPem,
    },
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        scope: 'accounts',
        client_id: tpp.tpp.config.clientMetadata().client_id,
      }).toString(),
    },
  );
  assert.equal(response.status, 429);
  assert.ok(Number(response.headers.get('retry-after')) > 0);
  assert.equal(response.headers.get('ratelimit-policy'), `"token";q=${TOKEN_BURST};w=3600`);
  const body = (await response.json()) as { error: string; error_description: string };
  assert.equal(body.error, 'too_many_requests');
  assert.match(body.error_description, /retry after \d+ s/);
  // Another client id from the same address has its own bucket (a client named by someone else is
  // not spent).
  const other = await tlsFetch(
    `${second.urls.tpp}/token`,
    { ca: first.serverTrustAnchorPem },
    {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: 'someone-else',
      }).toString(),
    },
  );
  assert.equal(
    other.status,
    401,
    'an unknown client is refused by the authorization server, not by the limiter',
  );
  assert.equal(remaining(other.headers, 'token'), TOKEN_BURST - 1);
});

test('customer sign-in is limited per username, with a page that says to wait', async () => {
  const dispatcher = tlsAgent({ ca: first.serverTrustAnchorPem });
  try {
    const browser = new Browser(first.urls.browser, dispatcher);
    const statuses: number[] = [];
    let last = '';
    for (let attempt = 0; attempt <= SIGN_IN_BURST; attempt += 1) {
      const page = await browser.get('/consents');
      const response = await browser.post('/consents/sign-in', {
        csrf: csrfOf(await page.text()),
        username: ` ${ALICE.username.toUpperCase()} `,
        password: 'not-the-password',
      });
      statuses.push(response.status);
      last = await response.text();
      assert.ok(
        response.headers.get('ratelimit')?.includes('"sign-in-username"'),
        'the fields on every sign-in answer',
      );
      if (response.status === 429) assert.ok(Number(response.headers.get('retry-after')) > 0);
    }
    assert.deepEqual(
      statuses,
      [...Array(SIGN_IN_BURST).fill(401), 429],
      'the same username however typed',
    );
    assert.match(last, /too many sign-in attempts/i);
    // Refused before the password was checked: the refused attempt did not count towards the
    // lockout.
    const [customer] = await first
      .knex('authz.customers')
      .where({ id: ALICE.id })
      .select('failed_attempts');
    assert.equal(customer.failed_attempts, SIGN_IN_BURST);
  } finally {
    await dispatcher.close();
  }
});
