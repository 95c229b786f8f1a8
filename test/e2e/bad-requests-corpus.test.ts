import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import fc from 'fast-check';
import { Agent, type Dispatcher } from 'undici';
import {
  clientCredentials,
  INTENT_PATHS,
  pushAuthorization,
  pushAuthorizationRequest,
  signMessage,
  type RegisteredTpp,
  type TppIdentity,
} from '../../examples/tpp-client.ts';
import type { TppKit } from '../../certs/index.ts';
import { Browser, csrfOf, totp } from '../support/browser.ts';
import {
  anyText,
  assertObError,
  assertOAuthError,
  assertPage,
  databaseFingerprint,
  describeProbe,
  formBody,
  jwtLike,
  NASTY,
  printable,
  rarely,
  send,
  sendable,
  someFields,
  type Answer,
  type FormFields,
  type Probe,
} from '../support/bad-requests.ts';
import { ALICE, authorizeIntent, forgetSpentTotp } from '../support/customer-consent.ts';
import { tlsAgent } from '../support/http.ts';
import {
  accountAccessRequest,
  domesticPaymentRequest,
  fundsConfirmationRequest,
} from '../support/intent-requests.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * The generated bad-request corpus: every endpoint of both hosts, the OAuth endpoints (PAR, token,
 * introspection, revocation, userinfo, registration with RFC 7592), the authorization endpoint,
 * the customer's forms (sign-in, code, approve, refuse, the consent dashboard), every OB endpoint,
 * and whatever else a client might try (unknown paths, wrong methods). Each request carries at
 * least one defect: junk or NUL-laden parameters, duplicates, bad or foreign credentials, wrong
 * content types, defective bodies, expired or foreign CSRF tokens. Sent over real TLS through
 * keep-alive pools, several at a time. Every answer must be below 500 and in the error model of
 * where it was sent (OAuth JSON at the OAuth endpoints, OB at the resource server, pages in the
 * browser), and afterwards the database must be exactly as before: nothing written.
 *
 * Seeded: `CORPUS_SEED=<n>` reproduces a run (the failure report names the seed and the request).
 */

const SEED = Number(process.env.CORPUS_SEED ?? 20_251_210);
/** Requests in flight at once. */
const CONCURRENCY = 8;
const REDIRECT = 'https://tpp.example/cb';
const API = '/open-banking/v3.1';
const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';

interface Family {
  name: string;
  runs: number;
  probes: fc.Arbitrary<Probe>;
  /** Throws (an assertion) when the answer is not right for a bad request of this family. */
  check(probe: Probe, answer: Answer): void;
}

let platform: TestPlatform;
let families: Family[];
let pools: Record<Probe['via'], Dispatcher>;
/** Signs the payment bodies of the corpus (OB message signing). */
let signingTpp: RegisteredTpp;
let fingerprintBefore: Record<string, string>;
let fingerprintWindow: { since: Date; stableUntil: Date };
/** What the tests after the corpus use directly. */
let known: {
  tpp: RegisteredTpp;
  tokens: Record<'accounts' | 'payments' | 'funds', string>;
  atSignIn: BrowserState;
  dashboard: BrowserState;
};
/** The customer's connections to the browser host while the test sets up its pages. */
let browserAgent: Dispatcher;
const tally = new Map<string, Map<string, number>>();
let sent = 0;

/** A customer's browser on the bank's pages: the cookies it holds and the page it is on. */
interface BrowserState {
  cookie: string;
  csrf: string;
  path: string;
}

function cookieHeader(browser: Browser): string {
  return [...browser.cookies].map(([name, value]) => `${name}=${value}`).join('; ');
}

/**
 * An interaction at its sign-in step: PAR, then the authorization endpoint, then the sign-in page.
 */
async function interactionAtSignIn(
  tpp: RegisteredTpp,
  intentId: string,
  scope: string,
): Promise<{ browser: Browser; state: BrowserState }> {
  const started = await pushAuthorization(tpp, intentId, { scope, redirectUri: REDIRECT });
  const browser = new Browser(platform.urls.browser, browserAgent);
  const page = await browser.follow(await browser.get(started.url.pathname + started.url.search));
  assert.equal(page.status, 200);
  const path = new URL(page.url).pathname;
  return {
    browser,
    state: { cookie: cookieHeader(browser), csrf: csrfOf(await page.text()), path },
  };
}

/**
 * Password and code for alice, on a sign-in form (interaction or dashboard) whose CSRF token is
 * `csrf`.
 */
async function signIn(
  browser: Browser,
  csrf: string,
  actions: { password: string; code: string },
): Promise<Awaited<ReturnType<Browser['follow']>>> {
  const codePage = await browser.follow(
    await browser.post(actions.password, {
      csrf,
      username: ALICE.username,
      password: ALICE.password,
    }),
  );
  await forgetSpentTotp(platform.knex, ALICE.id);
  return browser.follow(
    await browser.post(actions.code, {
      csrf: csrfOf(await codePage.text()),
      code: await totp(ALICE.totpSecret),
    }),
  );
}

before(async () => {
  platform = await startTestPlatform();
  browserAgent = tlsAgent({ ca: platform.serverTrustAnchorPem });
  const { tpp, identity } = await onboardTpp(platform, {
    name: 'Corpus Client',
    roles: ['AISP', 'PISP', 'CBPII'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  });
  signingTpp = tpp;
  const dpopTpp = (
    await onboardTpp(platform, {
      name: 'Corpus Dpop Client',
      roles: ['AISP'],
      redirectUri: REDIRECT,
    })
  ).tpp;
  // A kit never registered: its valid software statement is offered with defective metadata.
  const kit = await platform.directory.onboard({
    name: 'Corpus Newcomer',
    redirectUris: [REDIRECT],
    roles: ['AISP', 'PISP'],
  });

  const tokens = {
    accounts: (await clientCredentials(tpp, 'accounts')).access_token,
    payments: (await clientCredentials(tpp, 'payments')).access_token,
    funds: (await clientCredentials(tpp, 'fundsconfirmations')).access_token,
  };
  const accountConsent = await createdIntentId(tpp, 'account-access');
  const paymentConsent = await createdIntentId(tpp, 'domestic-payment', undefined, randomUUID());
  const fundsConsent = await createdIntentId(tpp, 'funds-confirmation');
  const granted = {
    accounts: (await authorizeIntent(platform, tpp, accountConsent, { redirectUri: REDIRECT }))
      .access_token,
    payment: (await authorizeIntent(platform, tpp, paymentConsent, { redirectUri: REDIRECT }))
      .access_token,
    funds: (await authorizeIntent(platform, tpp, fundsConsent, { redirectUri: REDIRECT }))
      .access_token,
  };
  const waiting = {
    accounts: await createdIntentId(tpp, 'account-access'),
    payment: await createdIntentId(tpp, 'domestic-payment', undefined, randomUUID()),
    funds: await createdIntentId(tpp, 'funds-confirmation'),
  };

  // Two interactions: one at sign-in, one signed in and at the consent page.
  const atSignIn = (await interactionAtSignIn(tpp, waiting.accounts, 'accounts')).state;
  const consentStep = await interactionAtSignIn(tpp, waiting.payment, 'payments');
  const consentPage = await signIn(consentStep.browser, consentStep.state.csrf, {
    password: `${consentStep.state.path}/login`,
    code: `${consentStep.state.path}/code`,
  });
  assert.equal(consentPage.status, 200);
  // Signed in, the consent step is an interaction of its own.
  const atConsent: BrowserState = {
    cookie: cookieHeader(consentStep.browser),
    csrf: csrfOf(await consentPage.text()),
    path: new URL(consentPage.url).pathname,
  };
  assert.match(
    await (await consentStep.browser.get(atConsent.path)).text(),
    /action="[^"]*\/approve"/,
  );
  // The dashboard, signed in.
  const dashboardBrowser = new Browser(platform.urls.browser, browserAgent);
  const dashboardSignIn = await dashboardBrowser.get('/consents');
  const dashboardPage = await signIn(dashboardBrowser, csrfOf(await dashboardSignIn.text()), {
    password: '/consents/sign-in',
    code: '/consents/code',
  });
  assert.equal(dashboardPage.status, 200);
  const dashboard: BrowserState = {
    cookie: cookieHeader(dashboardBrowser),
    csrf: csrfOf(await dashboardPage.text()),
    path: '/consents',
  };

  known = { tpp, tokens, atSignIn, dashboard };
  const connections = { connections: CONCURRENCY, keepAliveTimeout: 60_000 };
  pools = {
    tpp: new Agent({
      connect: {
        ca: platform.serverTrustAnchorPem,
        cert: identity.transportCertPem,
        key: identity.transportKeyPem,
      },
      ...connections,
    }),
    kit: new Agent({
      connect: {
        ca: platform.serverTrustAnchorPem,
        cert: kit.transportCertPem,
        key: kit.transportKeyPem,
      },
      ...connections,
    }),
    none: new Agent({ connect: { ca: platform.serverTrustAnchorPem }, ...connections }),
  };
  families = [
    ...oauthFamilies({ tpp, identity, dpopTpp, kit }),
    ...browserFamilies({
      atSignIn,
      atConsent,
      dashboard,
      consentIds: [accountConsent, paymentConsent, fundsConsent],
    }),
    ...resourceFamilies({
      tpp,
      tokens,
      granted,
      consents: { accountConsent, paymentConsent, fundsConsent, ...waiting },
    }),
    elsewhere(),
  ];

  // Rows that expire within the run's bound are left out of the fingerprint (the expiry job may
  // sweep them meanwhile); anything created during the run is in it.
  const since = new Date(
    (await platform.knex.raw<{ rows: { now: Date }[] }>('SELECT now()')).rows[0]!.now,
  );
  fingerprintWindow = { since, stableUntil: new Date(since.getTime() + 10 * 60_000) };
  fingerprintBefore = await databaseFingerprint(
    platform.knex,
    fingerprintWindow.since,
    fingerprintWindow.stableUntil,
  );
});

after(async () => {
  await Promise.all(
    [...Object.values(pools ?? {}), ...(browserAgent ? [browserAgent] : [])].map((pool) =>
      pool.close(),
    ),
  );
  await platform?.stop();
});

// ---- the authorization server's OAuth endpoints (TPP host) and the authorization endpoint -----

interface OAuthSetup {
  tpp: RegisteredTpp;
  identity: TppIdentity;
  dpopTpp: RegisteredTpp;
  kit: TppKit;
}

const FORM = 'application/x-www-form-urlencoded';
const BAD_CONTENT_TYPES = [
  'application/json',
  'text/plain',
  'multipart/form-data; boundary=x',
  `${FORM}; charset=iso-8859-1`,
  '',
];

/**
 * A client as a request names and proves it: the certificate's client, junk, or a client assertion
 * no key signed.
 */
function clientIdentification(
  setup: OAuthSetup,
): fc.Arbitrary<{ via: Probe['via']; fields: FormFields }> {
  const assertionType = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
  const forged = jwtLike(
    fc.record({
      iss: fc.constant(setup.dpopTpp.clientId),
      sub: fc.constant(setup.dpopTpp.clientId),
      aud: fc.constantFrom('https://localhost', platform.urls.browser),
      jti: fc.uuid(),
      exp: fc.constant(4_000_000_000),
    }),
  );
  const junkId = fc.oneof(anyText, fc.constantFrom(`${setup.tpp.clientId}\u0000`, '\u0000'));
  return fc.oneof(
    fc.record({
      via: fc.constantFrom<Probe['via']>('tpp', 'tpp', 'kit', 'none'),
      fields: fc.constant<FormFields>([['client_id', setup.tpp.clientId]]),
    }),
    fc.record({
      via: fc.constantFrom<Probe['via']>('tpp', 'none'),
      fields: junkId.map<FormFields>((id) => [['client_id', id]]),
    }),
    fc.record({
      via: fc.constantFrom<Probe['via']>('tpp', 'none'),
      fields: fc.constant<FormFields>([]),
    }),
    fc.record({
      via: fc.constantFrom<Probe['via']>('tpp', 'none'),
      fields: fc
        .tuple(
          fc.oneof(fc.constant(setup.dpopTpp.clientId), junkId),
          fc.constantFrom(assertionType, 'junk', ''),
          forged,
        )
        .map<FormFields>(([id, type, assertion]) => [
          ['client_id', id],
          ['client_assertion_type', type],
          ['client_assertion', assertion],
        ]),
    }),
  );
}

/** A POST to an OAuth endpoint: form fields (or a body that is not one), headers such as DPoP. */
function oauthPost(
  setup: OAuthSetup,
  family: string,
  path: string,
  fields: fc.Arbitrary<FormFields>,
): fc.Arbitrary<Probe> {
  const dpop = rarely(
    jwtLike(
      fc.record({
        htm: fc.constantFrom('POST', 'GET'),
        htu: fc.constantFrom(`${platform.urls.tpp}${path}`, 'https://x'),
        jti: fc.uuid(),
        iat: fc.integer(),
      }),
    ),
    3,
  );
  return fc
    .tuple(
      clientIdentification(setup),
      fields,
      dpop,
      rarely(fc.constantFrom(...BAD_CONTENT_TYPES), 8),
      rarely(fc.uint8Array({ maxLength: 64 }), 12),
    )
    .map(([client, more, proof, contentType, rawBody]) => ({
      family,
      host: 'tpp' as const,
      via: client.via,
      method: 'POST',
      path,
      headers: {
        'content-type': contentType ?? FORM,
        accept: 'application/json',
        ...(proof !== undefined && { dpop: proof }),
      },
      body: rawBody ?? formBody([...client.fields, ...more]),
    }));
}

/**
 * A scope no client may have: unknown, padded, NUL-laden, or openid alone at the token endpoint.
 */
const BAD_SCOPE = fc.oneof(
  fc.constantFrom(
    'admin',
    'accounts admin',
    'accounts\u0000',
    ' accounts',
    'payments  openid offline_access x',
    'openid',
  ),
  anyText.filter(
    (s) => s.trim() !== '' && !/^(accounts|payments|fundsconfirmations|openid| )+$/.test(s),
  ),
);
/**
 * A code_challenge that S256 PKCE refuses: too short, too long, or with characters outside the
 * alphabet.
 */
const BAD_CHALLENGE = fc.oneof(
  printable(0, 42),
  fc.constantFrom(
    'a'.repeat(129),
    `${'a'.repeat(42)}\u0000`,
    `${'a'.repeat(42)}!`,
    `${'a'.repeat(42)}=`,
  ),
);

function oauthFamilies(setup: OAuthSetup): Family[] {
  const junk = (names: string[]) => Object.fromEntries(names.map((name) => [name, anyText]));
  const requestObject = jwtLike(
    fc.record({
      client_id: fc.constant(setup.tpp.clientId),
      response_type: fc.constant('code'),
      redirect_uri: fc.constant(REDIRECT),
      scope: fc.constant('openid accounts'),
    }),
  );
  const authorizationParams = {
    ...junk([
      'response_type',
      'redirect_uri',
      'scope',
      'state',
      'nonce',
      'code_challenge_method',
      'claims',
      'authorization_details',
      'dpop_jkt',
      'prompt',
      'max_age',
      'acr_values',
      'response_mode',
      'resource',
    ]),
    redirect_uri: fc.oneof(
      fc.constantFrom(
        REDIRECT,
        'https://evil.example/cb',
        `${REDIRECT}/x`,
        'http://tpp.example/cb',
      ),
      anyText,
    ),
    scope: fc.oneof(fc.constantFrom('openid accounts', 'openid payments', 'accounts'), BAD_SCOPE),
    claims: fc.oneof(
      anyText,
      fc.constantFrom(
        '{"id_token":{"openbanking_intent_id":{"value":"\\u0000","essential":true}}}',
        '{"id_token":{"openbanking_intent_id":{"value":7}}}',
        '{"userinfo":[]}',
      ),
    ),
    authorization_details: fc.oneof(
      anyText,
      fc.constantFrom(
        '[{"type":"urn:openbanking:account-access-consent","consentId":"\\u0000"}]',
        '[{"type":"\\ud800"}]',
        '[{"type":"account_information","actions":["\\u0000"]}]',
        '[]',
        '{}',
      ),
    ),
    request: requestObject,
    request_uri: fc.oneof(
      anyText,
      anyText.map((tail) => `${REQUEST_URI_PREFIX}${tail}`),
    ),
  };
  const oauthCheck = (_probe: Probe, answer: Answer) => assertOAuthError(answer);
  return [
    {
      name: 'POST /par',
      runs: 900,
      // Never a valid PKCE challenge, so no request is pushed whatever else is right.
      probes: oauthPost(
        setup,
        'POST /par',
        '/par',
        fc
          .tuple(someFields(authorizationParams), rarely(BAD_CHALLENGE, 2))
          .map(([fields, challenge]) => [
            ...fields,
            ...(challenge === undefined ? [] : [['code_challenge', challenge] as const]),
          ]),
      ),
      check: oauthCheck,
    },
    {
      name: 'POST /token',
      runs: 1500,
      probes: oauthPost(
        setup,
        'POST /token',
        '/token',
        fc
          .tuple(
            fc.oneof(
              fc.constantFrom(
                'authorization_code',
                'refresh_token',
                'client_credentials',
                'password',
                'implicit',
                'urn:ietf:params:oauth:grant-type:jwt-bearer',
                'urn:ietf:params:oauth:grant-type:device_code',
              ),
              anyText,
            ),
            BAD_SCOPE,
            someFields({
              ...junk([
                'code',
                'code_verifier',
                'refresh_token',
                'resource',
                'authorization_details',
                'assertion',
                'username',
                'password',
              ]),
              redirect_uri: authorizationParams.redirect_uri,
            }),
          )
          .map(([grantType, scope, fields]) => [
            ['grant_type', grantType],
            ['scope', scope],
            ...fields,
          ]),
      ),
      check: oauthCheck,
    },
    {
      name: 'POST /token/introspection',
      runs: 600,
      probes: oauthPost(
        setup,
        'POST /token/introspection',
        '/token/introspection',
        someFields(junk(['token', 'token_type_hint'])),
      ),
      // A token the server does not know is inactive (RFC 7662 section 2.2), not an error.
      check: (_probe, answer) =>
        answer.status === 200
          ? assert.deepEqual(JSON.parse(answer.text), { active: false })
          : assertOAuthError(answer),
    },
    {
      name: 'POST /token/revocation',
      runs: 600,
      probes: oauthPost(
        setup,
        'POST /token/revocation',
        '/token/revocation',
        someFields(junk(['token', 'token_type_hint'])),
      ),
      // An unknown token is revoked already (RFC 7009 section 2.2): 200, nothing to say.
      check: (_probe, answer) =>
        answer.status === 200 ? assert.equal(answer.text, '') : assertOAuthError(answer),
    },
    {
      name: 'userinfo /me',
      runs: 300,
      probes: fc
        .tuple(
          fc.constantFrom('GET', 'POST'),
          fc.constantFrom<Probe['via']>('tpp', 'none'),
          fc.oneof(
            anyText.map((t) => `Bearer ${t}`),
            anyText.map((t) => `DPoP ${t}`),
            anyText,
          ),
          rarely(jwtLike(), 2),
        )
        .map(([method, via, authorization, dpop]) => ({
          family: 'userinfo /me',
          host: 'tpp' as const,
          via,
          method,
          path: '/me',
          headers: {
            authorization,
            accept: 'application/json',
            ...(dpop !== undefined && { dpop }),
          },
        })),
      check: oauthCheck,
    },
    registrationFamily(setup),
    registrationManagementFamily(setup),
    {
      name: 'GET /auth',
      runs: 1000,
      probes: fc
        .tuple(
          fc.oneof(
            fc.constantFrom(
              setup.tpp.clientId,
              setup.dpopTpp.clientId,
              `${setup.tpp.clientId}\u0000`,
              '\u0000',
              '',
            ),
            anyText,
          ),
          someFields(authorizationParams),
        )
        .map(([clientId, fields]) => ({
          family: 'GET /auth',
          host: 'browser' as const,
          via: 'none' as const,
          method: 'GET',
          path: `/auth?${formBody([['client_id', clientId], ...fields])}`,
          headers: { accept: 'text/html' },
        })),
      // Back to the client's registered redirect URI with the error and the issuer, or the bank's
      // own page.
      check: (probe, answer) => {
        if (answer.status === 303 || answer.status === 302) {
          const location = new URL(answer.headers.get('location')!, platform.urls.browser);
          assert.equal(
            `${location.origin}${location.pathname}`,
            REDIRECT,
            `redirected elsewhere: ${location.href}`,
          );
          assert.ok(location.searchParams.get('error'), location.href);
          assert.equal(location.searchParams.get('iss'), platform.urls.browser);
          return;
        }
        assert.ok(answer.status >= 400 && answer.status < 500, `status ${answer.status}`);
        assertPage(answer, probe.method);
      },
    },
  ];
}

/**
 * Metadata no registration may carry (each refused by the client policy or oidc-provider's checks).
 */
const REFUSED_METADATA: Record<string, unknown>[] = [
  { redirect_uris: ['https://evil.example/cb'] },
  { redirect_uris: [] },
  { token_endpoint_auth_method: 'none' },
  { token_endpoint_auth_method: 'client_secret_basic' },
  { grant_types: ['implicit'] },
  { grant_types: 'authorization_code' },
  { response_types: ['code id_token'] },
  { scope: 'admin' },
  { jwks: { keys: [] } },
  { jwks_uri: 'https://127.0.0.1/jwks' },
  { org_id: 'someone-else' },
  { software_id: 'someone-else' },
  { id_token_signed_response_alg: 'none' },
  { token_endpoint_auth_signing_alg: 'RS256' },
  { dpop_bound_access_tokens: 'yes' },
  { token_endpoint_auth_method: 'tls_client_auth', tls_client_auth_subject_dn: 'CN=someone else' },
  { tls_client_auth_subject_dn: 'CN=x' },
  { authorization_details_types: ['urn:openbanking:domestic-payment-consent', 'unknown'] },
  // Server-side request forgery: outbound fetches only to public https hosts.
  { sector_identifier_uri: 'https://127.0.0.1:1/sector' },
  { sector_identifier_uri: 'https://localhost/sector' },
  { sector_identifier_uri: 'http://sector.example/uris' },
  { sector_identifier_uri: 'https://[::1]/sector' },
];

/**
 * POST /reg: bodies that are not registrations, software statements that are not the directory's,
 * refused metadata.
 */
function registrationFamily(setup: OAuthSetup): Family {
  const ssa = fc.oneof(
    { arbitrary: fc.constant(setup.kit.ssa), weight: 4 },
    fc.constant(setup.identity.ssa),
    // The kit's statement with its signature broken, or re-signed by nobody.
    fc.constant(`${setup.kit.ssa.slice(0, -4)}AAAA`),
    fc.constant(`${setup.kit.ssa.split('.').slice(0, 2).join('.')}.`),
    jwtLike(),
  );
  const junkMembers = fc.dictionary(
    fc.oneof(
      printable(1, 20),
      fc.constantFrom(
        'client_name',
        'logo_uri',
        'contacts',
        'policy_uri',
        'request_uris',
        'post_logout_redirect_uris',
      ),
    ),
    fc.jsonValue({ maxDepth: 2 }),
    { maxKeys: 3 },
  );
  const registration = fc
    .tuple(
      ssa,
      fc.constantFrom(...REFUSED_METADATA),
      junkMembers,
      fc.constantFrom<Probe['via']>('kit', 'kit', 'kit', 'tpp', 'none'),
    )
    .map(([statement, refused, members, via]) => ({
      via,
      text: JSON.stringify({ ...members, software_statement: statement, ...refused }),
    }));
  const notRegistration = fc
    .tuple(
      fc.oneof(
        fc.constantFrom(
          '',
          '{',
          'null',
          '[]',
          '"x"',
          '{"software_statement":7}',
          '{"software_statement":"\\u0000"}',
          '{"software_statement":"a.b.c","redirect_uris":["\\ud800"]}',
        ),
        fc.jsonValue({ maxDepth: 3 }).map((value) => JSON.stringify(value)),
        printable(0, 80),
      ),
      fc.constantFrom<Probe['via']>('kit', 'none'),
    )
    .map(([text, via]) => ({ via, text }));
  return {
    name: 'POST /reg',
    runs: 800,
    probes: fc
      .tuple(
        fc.oneof({ arbitrary: registration, weight: 3 }, notRegistration),
        fc.constantFrom(
          'application/json',
          'application/json',
          'application/json',
          FORM,
          'text/plain',
          'application/jwt',
        ),
      )
      .map(([{ via, text }, contentType]) => ({
        family: 'POST /reg',
        host: 'tpp' as const,
        via,
        method: 'POST',
        path: '/reg',
        headers: { 'content-type': contentType, accept: 'application/json' },
        body: text,
      })),
    check: (_probe, answer) => assertOAuthError(answer),
  };
}

/**
 * RFC 7592 at /reg/<client_id>: wrong tokens and ids, defective updates; never a valid read, update
 * or delete. A client's own registration access token goes only with a defective update of that
 * client: oidc-provider destroys a token presented for another client (as leaked), which is a
 * write on purpose, and with the right client a read or delete would be real.
 */
function registrationManagementFamily(setup: OAuthSetup): Family {
  const ids = fc.oneof(
    fc.constantFrom(setup.tpp.clientId, setup.dpopTpp.clientId),
    anyText.filter((id) => !/^\.*$/.test(id)).map(encodeURIComponentLoose),
    fc.constantFrom('%00', `${setup.tpp.clientId}%00`, '..%2F..'),
  );
  const update = fc
    .tuple(
      fc.constantFrom(...REFUSED_METADATA),
      fc.constantFrom(setup.identity.ssa, setup.kit.ssa, 'junk'),
    )
    .map(([refused, ssa]) =>
      JSON.stringify({
        client_id: setup.tpp.clientId,
        redirect_uris: [REDIRECT],
        token_endpoint_auth_method: 'tls_client_auth',
        software_statement: ssa,
        ...refused,
      }),
    );
  const scheme = fc.constantFrom('Bearer', 'bearer', 'DPoP', 'Basic', '');
  const withJunkToken = fc.tuple(
    fc.constantFrom('GET', 'PUT', 'DELETE'),
    ids,
    scheme,
    printable(0, 60),
    update,
  );
  const ownDefectiveUpdate = fc.tuple(
    fc.constant('PUT'),
    fc.constant(setup.tpp.clientId),
    fc.constant('Bearer'),
    fc.constant(setup.tpp.registrationAccessToken),
    update,
  );
  return {
    name: 'RFC 7592 /reg/<client_id>',
    runs: 600,
    probes: fc
      .tuple(
        fc.oneof(
          { arbitrary: withJunkToken, weight: 3 },
          { arbitrary: ownDefectiveUpdate, weight: 1 },
        ),
        fc.constantFrom<Probe['via']>('tpp', 'tpp', 'kit', 'none'),
      )
      .map(([[method, id, authScheme, token, body], via]) => ({
        family: 'RFC 7592 /reg/<client_id>',
        host: 'tpp' as const,
        via,
        method,
        path: `/reg/${id}`,
        headers: {
          authorization: `${authScheme} ${token}`.trim(),
          'content-type': 'application/json',
          accept: 'application/json',
        },
        ...(method === 'PUT' ? { body } : {}),
      })),
    check: (_probe, answer) => assertOAuthError(answer),
  };
}

/**
 * Percent-encodes a path segment; surrogates (which encodeURIComponent refuses when unpaired)
 * become U+FFFD.
 */
function encodeURIComponentLoose(text: string): string {
  return text
    .replace(/[\ud800-\udfff]/g, '\ufffd')
    .split('')
    .map((c) => (/[A-Za-z0-9\-._~]/.test(c) ? c : encodeURIComponent(c)))
    .join('');
}

// ---- the customer's pages (browser host) ------------------------------------------------------

interface BrowserSetup {
  atSignIn: BrowserState;
  atConsent: BrowserState;
  dashboard: BrowserState;
  consentIds: string[];
}

/**
 * A form post from a customer's browser: its cookies (or none, or junk), a CSRF token (never a
 * usable one where the action would do something).
 */
function formPost(
  family: string,
  path: string,
  cookie: string,
  fields: FormFields,
  contentType: string | undefined,
): Probe {
  return {
    family,
    host: 'browser',
    via: 'none',
    method: 'POST',
    path,
    headers: {
      accept: 'text/html',
      ...(cookie !== '' && { cookie }),
      ...(contentType !== undefined && { 'content-type': contentType }),
    },
    body: formBody(fields),
  };
}

/**
 * A page answer: any status below 500, a page or a redirect to one of the bank's pages (or,
 * refused, back to the TPP).
 */
function pageCheck(probe: Probe, answer: Answer): void {
  assert.ok(answer.status < 500, `status ${answer.status}`);
  if (answer.status >= 300 && answer.status < 400) {
    const location = new URL(answer.headers.get('location') ?? '', platform.urls.browser);
    assert.ok(
      location.origin === platform.urls.browser ||
        `${location.origin}${location.pathname}` === REDIRECT,
      `redirected to ${location.href}`,
    );
    return;
  }
  assertPage(answer, probe.method);
}

function browserFamilies(setup: BrowserSetup): Family[] {
  const states = [setup.atSignIn, setup.atConsent];
  const cookies = fc.oneof(
    fc.constantFrom(...states.map((s) => s.cookie), setup.dashboard.cookie, ''),
    printable(0, 80).map((junk) => `_interaction=${junk}`),
  );
  const badCsrf = fc.oneof(
    fc.constantFrom(setup.dashboard.csrf, setup.atSignIn.csrf.slice(1), ''),
    anyText,
  );
  const contentType = rarely(
    fc.constantFrom(
      'application/json',
      'text/plain',
      'multipart/form-data; boundary=x',
      'application/x-www-form-urlencoded; charset=utf-16',
    ),
    6,
  ).map((type) => type ?? FORM);
  const username = fc.oneof(
    anyText,
    fc.constantFrom(
      `${ALICE.username}\u0000`,
      `\u0000${ALICE.username}`,
      ALICE.username.toUpperCase().padEnd(300, 'x'),
    ),
  );
  // Ids of the routes' own shape (any other path is no page: see elsewhere()).
  const uid = fc.oneof(
    fc.constantFrom(...states.map((s) => s.path.split('/')[2]!)),
    fc.stringMatching(/^[A-Za-z0-9_-]{1,64}$/),
  );
  const fields = someFields({
    username,
    password: anyText,
    code: fc.oneof(anyText, fc.constantFrom('000000', '12345', '1234567', '12345\u0000')),
    account: fc.oneof(anyText, fc.constantFrom('acc-x', '\u0000')),
  });

  const interaction = fc.oneof(
    // A usable CSRF token only where the step refuses the rest: sign-in with a username no one has
    // (costs a password hash, so rarer), approve with accounts not offered; never with refuse.
    {
      weight: 8,
      arbitrary: fc
        .tuple(
          fc.constantFrom('login', 'code', 'approve', 'refuse'),
          uid,
          cookies,
          badCsrf,
          fields,
          contentType,
        )
        .map(([action, id, cookie, csrf, form, type]) =>
          formPost(
            `POST /interaction/*/${action}`,
            `/interaction/${id}/${action}`,
            cookie,
            [['csrf', csrf], ...form],
            type,
          ),
        ),
    },
    {
      weight: 1,
      arbitrary: fc
        .tuple(
          fc.oneof(
            { arbitrary: username, weight: 5 },
            { arbitrary: fc.constant(undefined), weight: 1 },
          ),
          anyText,
        )
        .map(([name, password]) =>
          formPost(
            'POST /interaction/*/login',
            `${setup.atSignIn.path}/login`,
            setup.atSignIn.cookie,
            [
              ['csrf', setup.atSignIn.csrf],
              ...(name === undefined ? [] : [['username', name] as const]),
              ['password', password],
            ],
            FORM,
          ),
        ),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(
          fc.constantFrom('approve', 'code', 'login'),
          fc.array(fc.oneof(anyText, fc.constantFrom(...setup.consentIds)), { maxLength: 3 }),
        )
        .map(([action, accounts]) =>
          formPost(
            `POST /interaction/*/${action}`,
            `${setup.atConsent.path}/${action}`,
            setup.atConsent.cookie,
            [['csrf', setup.atConsent.csrf], ...accounts.map((a) => ['account', a] as const)],
            FORM,
          ),
        ),
    },
    {
      weight: 6,
      arbitrary: fc
        .tuple(uid, cookies, fc.constantFrom('GET', 'HEAD'), printable(0, 30))
        .map(([id, cookie, method, query]) => ({
          family: 'GET /interaction/*',
          host: 'browser' as const,
          via: 'none' as const,
          method,
          path: `/interaction/${id}?${formBody([['q', query]])}`,
          headers: { accept: 'text/html', ...(cookie !== '' && { cookie }) },
        })),
    },
  );

  const unknownConsentId = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/);
  const consentId = fc.oneof(fc.constantFrom(...setup.consentIds), unknownConsentId);
  const dashboard = fc.oneof(
    {
      weight: 8,
      arbitrary: fc
        .tuple(
          fc.constantFrom(
            '/consents/sign-in',
            '/consents/code',
            '/consents/sign-in/cancel',
            '/consents/sign-out',
          ),
          cookies,
          badCsrf,
          fields,
          contentType,
        )
        .map(([path, cookie, csrf, form, type]) =>
          formPost(`POST ${path}`, path, cookie, [['csrf', csrf], ...form], type),
        ),
    },
    // Revocation of a consent only with a token that does not fit; of an unknown id with one that
    // does.
    fc
      .tuple(consentId, cookies, badCsrf)
      .map(([id, cookie, csrf]) =>
        formPost(
          'POST /consents/<id>/revoke',
          `/consents/${id}/revoke`,
          cookie,
          [['csrf', csrf]],
          FORM,
        ),
      ),
    unknownConsentId.map((id) =>
      formPost(
        'POST /consents/<id>/revoke',
        `/consents/${id}/revoke`,
        setup.dashboard.cookie,
        [['csrf', setup.dashboard.csrf]],
        FORM,
      ),
    ),
    // A usable token with a username no one has costs a password hash: rarer.
    {
      weight: 1,
      arbitrary: fc.tuple(username, anyText).map(([name, password]) =>
        formPost(
          'POST /consents/sign-in',
          '/consents/sign-in',
          setup.dashboard.cookie,
          [
            ['csrf', setup.dashboard.csrf],
            ['username', name],
            ['password', password],
          ],
          FORM,
        ),
      ),
    },
    fc
      .tuple(cookies, fc.constantFrom('GET', 'HEAD'), printable(0, 30))
      .map(([cookie, method, revoked]) => ({
        family: 'GET /consents',
        host: 'browser' as const,
        via: 'none' as const,
        method,
        path: `/consents?revoked=${formBody([['x', revoked]]).slice(2)}`,
        headers: { accept: 'text/html', ...(cookie !== '' && { cookie }) },
      })),
  );
  return [
    { name: 'interaction pages and forms', runs: 1200, probes: interaction, check: pageCheck },
    { name: 'consent dashboard', runs: 700, probes: dashboard, check: pageCheck },
  ];
}

// ---- the resource server (TPP host) -----------------------------------------------------------

interface ResourceSetup {
  tpp: RegisteredTpp;
  tokens: { accounts: string; payments: string; funds: string };
  granted: { accounts: string; payment: string; funds: string };
  consents: Record<
    'accountConsent' | 'paymentConsent' | 'fundsConsent' | 'accounts' | 'payment' | 'funds',
    string
  >;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

interface ResourceEndpoint {
  method: string;
  /** The OB path with `{id}` for the generated member id, naming the family. */
  template: string;
  path: string;
  body?: fc.Arbitrary<string>;
  /** OB message signing applies (payment APIs). */
  signed?: boolean;
  /**
   * The token this endpoint takes (grant type and scope), so that most probes get past the guard.
   */
  token: string;
}

/**
 * Placeholder for the TPP's x-jws-signature over the very body sent (made when the probe is sent).
 */
const SIGN_AS_SENT = 'sign-as-sent';

/**
 * Replaces one node of a valid body with a value its schema refuses: another type, NUL, a lone
 * surrogate, an oversized string.
 */
function defective(valid: () => Json): fc.Arbitrary<string> {
  const paths: (string | number)[][] = [];
  const walk = (value: Json, path: (string | number)[]) => {
    if (path.length > 0) paths.push(path);
    if (Array.isArray(value)) {
      for (const [index, item] of value.entries()) walk(item, [...path, index]);
    } else if (value !== null && typeof value === 'object')
      for (const [name, member] of Object.entries(value)) walk(member, [...path, name]);
  };
  walk(valid(), []);
  const refused = fc.oneof(
    fc.constantFrom<Json>(
      '\u0000',
      'a\u0000b',
      '\ud800',
      'x\udc00y',
      'a'.repeat(3000),
      12,
      -1.5,
      true,
      null,
      [],
      [[]],
      {},
    ),
    fc.constantFrom(...NASTY.filter((n) => n.includes('\u0000') || n.length > 1000)),
  );
  return fc.oneof(
    fc.tuple(fc.constantFrom(...paths), refused).map(([path, value]) => {
      const body = valid() as Record<string, any>;
      const parent = path.slice(0, -1).reduce((node, key) => node[key], body);
      const key = path[path.length - 1]!;
      // Replacing a string with a string of the wrong kind is left to NUL and size; other types
      // always differ.
      parent[key] = typeof value === 'string' && typeof parent[key] !== 'string' ? 7 : value;
      return JSON.stringify(body);
    }),
    fc.constantFrom('', '{', '[]', 'null', '{"Data":{}}', '{"Data":"\\u0000"}', '{"\\u0000":1}'),
  );
}

function resourceFamilies(setup: ResourceSetup): Family[] {
  const { consents, tokens, granted } = setup;
  const ids = (real: string[]) =>
    fc.oneof(
      fc.constantFrom(...real),
      printable(1, 40).map(encodeURIComponentLoose),
      fc.constantFrom('%00', 'a%00b', `${real[0]}%00`, '%ED%A0%80', 'x'.repeat(300)),
    );
  const allRealIds = Object.values(consents);
  const anyToken = fc.oneof(
    { arbitrary: fc.constantFrom(...Object.values(tokens), ...Object.values(granted)), weight: 4 },
    { arbitrary: printable(0, 60), weight: 1 },
  );
  const authorization = fc.oneof(
    { arbitrary: anyToken.map((token) => `Bearer ${token}`), weight: 4 },
    anyToken.map((token) => `DPoP ${token}`),
    fc.constantFrom('', 'Bearer', 'Basic dXNlcjpwYXNz'),
  );
  const extraHeaders = fc.record(
    {
      'x-fapi-interaction-id': fc.oneof(fc.uuid(), printable(0, 60)),
      'x-fapi-auth-date': printable(0, 40),
      'x-fapi-customer-ip-address': printable(0, 40),
      'x-idempotency-key': fc.oneof(fc.uuid(), printable(0, 60)),
      'x-jws-signature': fc.oneof(printable(0, 80), jwtLike()),
      accept: fc.constantFrom('application/json', 'text/html', '*/*', 'application/xml', ''),
    },
    { requiredKeys: [] },
  );
  const dpop = rarely(jwtLike(), 6);
  const defectiveBodies = {
    'account-access': defective(accountAccessRequest as () => Json),
    'domestic-payment': defective(domesticPaymentRequest as () => Json),
    'funds-confirmation': defective(fundsConfirmationRequest as () => Json),
    payment: defective(
      () =>
        ({
          Data: {
            ConsentId: consents.paymentConsent,
            Initiation: domesticPaymentRequest().Data.Initiation,
          },
          Risk: domesticPaymentRequest().Risk,
        }) as Json,
    ),
    'funds-check': defective(() => ({
      Data: {
        ConsentId: consents.fundsConsent,
        Reference: 'Purchase01',
        InstructedAmount: { Amount: '1.00', Currency: 'GBP' },
      },
    })),
  };
  /**
   * Paths with their methods: reads take any id; a DELETE only ids it cannot revoke; a POST only
   * defective bodies.
   */
  const member = (template: string, real: string[], token: string, method = 'GET') =>
    ids(real).map(
      (id): ResourceEndpoint => ({ method, template, path: template.replace('{id}', id), token }),
    );
  const intentToken = {
    'account-access': tokens.accounts,
    'domestic-payment': tokens.payments,
    'funds-confirmation': tokens.funds,
  };
  const endpoints: fc.Arbitrary<ResourceEndpoint>[] = [
    ...(['account-access', 'domestic-payment', 'funds-confirmation'] as const).flatMap((kind) => [
      fc.constant<ResourceEndpoint>({
        method: 'POST',
        template: INTENT_PATHS[kind],
        path: INTENT_PATHS[kind],
        body: defectiveBodies[kind],
        signed: kind === 'domestic-payment',
        token: intentToken[kind],
      }),
      member(`${INTENT_PATHS[kind]}/{id}`, allRealIds, intentToken[kind]),
    ]),
    // Another kind's consent, or no consent: nothing a DELETE could revoke.
    member(
      `${INTENT_PATHS['account-access']}/{id}`,
      [consents.fundsConsent],
      tokens.accounts,
      'DELETE',
    ),
    member(
      `${INTENT_PATHS['funds-confirmation']}/{id}`,
      [consents.accountConsent],
      tokens.funds,
      'DELETE',
    ),
    member(
      `${INTENT_PATHS['domestic-payment']}/{id}/funds-confirmation`,
      [consents.paymentConsent, consents.payment],
      granted.payment,
    ),
    fc.constant<ResourceEndpoint>({
      method: 'POST',
      template: `${API}/pisp/domestic-payments`,
      path: `${API}/pisp/domestic-payments`,
      body: defectiveBodies.payment,
      signed: true,
      token: granted.payment,
    }),
    member(`${API}/pisp/domestic-payments/{id}`, ['pay-unknown'], tokens.payments),
    member(`${API}/pisp/domestic-payments/{id}/payment-details`, ['pay-unknown'], tokens.payments),
    fc.constant<ResourceEndpoint>({
      method: 'POST',
      template: `${API}/cbpii/funds-confirmations`,
      path: `${API}/cbpii/funds-confirmations`,
      body: defectiveBodies['funds-check'],
      token: granted.funds,
    }),
    fc.constantFrom('/aisp/accounts', '/aisp/balances', '/aisp/transactions').map(
      (path): ResourceEndpoint => ({
        method: 'GET',
        template: `${API}${path}`,
        path: `${API}${path}`,
        token: granted.accounts,
      }),
    ),
    fc
      .tuple(
        member(`${API}/aisp/accounts/{id}`, [ALICE.current.id, ALICE.savings.id], granted.accounts),
        fc.constantFrom(
          '',
          '/balances',
          '/transactions',
          '/transactions?fromBookingDateTime=%00',
          '/transactions?page=%00',
        ),
      )
      .map(
        ([endpoint, tail]): ResourceEndpoint => ({
          ...endpoint,
          template: `${endpoint.template}${tail.replace(/\?.*/, '')}`,
          path: `${endpoint.path}${tail}`,
        }),
      ),
  ];
  const probes = fc
    .tuple(
      fc.oneof(...endpoints),
      fc.oneof(
        { arbitrary: fc.constant(undefined), weight: 3 },
        { arbitrary: authorization, weight: 2 },
      ),
      extraHeaders,
      fc.constantFrom<Probe['via']>(
        'tpp',
        'tpp',
        'tpp',
        'tpp',
        'tpp',
        'tpp',
        'tpp',
        'tpp',
        'kit',
        'none',
      ),
      rarely(fc.constantFrom('PUT', 'PATCH', 'OPTIONS', 'HEAD'), 10),
      fc.constantFrom('application/json', 'application/json', 'text/plain'),
      fc.boolean(),
      dpop,
    )
    .chain(([endpoint, auth, headers, via, otherMethod, contentType, signs, proof]) =>
      (endpoint.body ?? fc.constant(undefined)).map((body): Probe => {
        const method = otherMethod ?? endpoint.method;
        const sendsBody = body !== undefined && method !== 'HEAD';
        return {
          family: `${method} ${endpoint.template.replace(API, '')}`,
          host: 'tpp',
          via,
          method,
          path: endpoint.path,
          headers: {
            ...(auth === undefined
              ? { authorization: `Bearer ${endpoint.token}` }
              : auth !== '' && { authorization: auth }),
            ...headers,
            ...(proof !== undefined && { dpop: proof }),
            ...(sendsBody && { 'content-type': contentType }),
            // Mostly signed as sent, so that the body's defect, not the signature, is what is
            // refused.
            ...(sendsBody && endpoint.signed && signs && { 'x-jws-signature': SIGN_AS_SENT }),
          },
          ...(sendsBody && { body }),
        };
      }),
    );
  return [
    {
      name: 'OB APIs',
      runs: 2400,
      probes,
      // A read with every credential right is an answer, not an error; anything else is refused in
      // the OB model.
      check: (probe, answer) =>
        answer.status === 200 && (probe.method === 'GET' || probe.method === 'HEAD')
          ? undefined
          : assertObError(answer, probe.method),
    },
  ];
}

// ---- everything else: unknown paths, wrong methods, static files -------------------------------

function elsewhere(): Family {
  const paths = fc.oneof(
    fc.constantFrom(
      '/',
      '/health',
      '/jwks',
      '/.well-known/openid-configuration',
      '/directory/jwks.json',
      '/directory/ca.pem',
      '/assets/x.css',
      '/session/end',
      '/token',
      '/par',
      '/reg',
      '/me',
      '/open-banking',
      '/open-banking/',
      `${API}`,
      `${API}/aisp`,
    ),
    fc
      .tuple(
        fc.constantFrom(
          '/',
          '/assets/',
          '/directory/',
          '/.well-known/',
          '/interaction/',
          '/consents/',
          '/open-banking/v3.1/',
          '/reg/',
          '/token/',
        ),
        printable(0, 40).map(encodeURIComponentLoose),
      )
      .map(([prefix, rest]) => `${prefix}${rest}`),
    fc.constantFrom(
      '/%00',
      '/assets/%00',
      '/..%2F..%2Fetc%2Fpasswd',
      '/%2e%2e/%2e%2e/',
      '/auth',
      '/auth/%00',
      '//localhost/x',
      '/%ED%A0%80',
      '/a?b=%00',
      `/${'a'.repeat(8000)}`,
    ),
    // Paths next to the customer's pages and RFC 7592's: ids of no route's shape, NUL included.
    fc.constantFrom(
      '/interaction/%00',
      '/interaction/a%00/login',
      '/interaction/..',
      `/interaction/${'x'.repeat(65)}`,
      '/consents/%00/revoke',
      '/consents/x%00y/revoke',
      '/consents/../revoke',
      '/reg/%00',
      '/interaction/abc/login/x',
    ),
  );
  return {
    name: 'unknown paths and methods',
    runs: 500,
    probes: fc
      .tuple(
        paths,
        fc.constantFrom('GET', 'POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'HEAD'),
        fc.constantFrom<Probe['host']>('browser', 'tpp'),
        fc.constantFrom<Probe['via']>('tpp', 'none'),
      )
      // The discovery and key documents answer any GET; a different method makes it a bad request.
      .filter(([path, method]) =>
        method !== 'GET' && method !== 'HEAD'
          ? true
          : ![
              '/',
              '/health',
              '/jwks',
              '/.well-known/openid-configuration',
              '/directory/jwks.json',
              '/directory/ca.pem',
            ].includes(path),
      )
      .map(([path, method, host, via]) => ({
        family: 'unknown paths and methods',
        host,
        via: host === 'browser' ? 'none' : via,
        method,
        path,
        headers: { accept: '*/*' },
        ...(method === 'POST' || method === 'PUT' ? { body: '{}' } : {}),
      })),
    check: (_probe, answer) =>
      assert.ok(answer.status >= 400 && answer.status < 500, `status ${answer.status}`),
  };
}

// ---- the run -----------------------------------------------------------------------------------

interface Failure {
  probe: Probe;
  index: number;
  answer?: Answer;
  error: unknown;
}

test('the bad-request corpus: never a 5xx, always the error model of where it was sent, nothing written', async (t) => {
  const queue = families.flatMap((family, familyIndex) =>
    fc
      .sample(family.probes, { seed: SEED + familyIndex, numRuns: family.runs })
      .map((probe, index) => ({ family, probe, index })),
  );
  // Families interleaved (deterministically), so that different endpoints are in flight together.
  const order = fc.sample(fc.shuffledSubarray([...queue.keys()], { minLength: queue.length }), {
    seed: SEED,
    numRuns: 1,
  })[0]!;
  const failures: Failure[] = [];
  let next = 0;
  const worker = async () => {
    while (next < order.length) {
      const { family, probe: generated, index } = queue[order[next++]!]!;
      const probe = sendable(await signedAsSent(generated));
      let answer: Answer | undefined;
      try {
        answer = await send(
          probe,
          probe.host === 'browser' ? platform.urls.browser : platform.urls.tpp,
          pools[probe.via],
        );
        sent += 1;
        const counts = tally.get(family.name) ?? new Map<string, number>();
        counts.set(String(answer.status), (counts.get(String(answer.status)) ?? 0) + 1);
        tally.set(family.name, counts);
        assert.ok(answer.status < 500, `a ${answer.status}`);
        family.check(probe, answer);
      } catch (error) {
        failures.push({ probe, index, answer, error });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  for (const [name, counts] of tally)
    t.diagnostic(
      `${name}: ${[...counts]
        .sort()
        .map(([status, n]) => `${status}x${n}`)
        .join(' ')}`,
    );
  t.diagnostic(`${sent} requests, seed ${SEED}`);
  const report = failures
    .slice(0, 10)
    .map(
      ({ probe, index, answer, error }) =>
        `#${index} of ${probe.family}: ${describeProbe(probe)}\n  -> ${answer ? `${answer.status} ${answer.text.slice(0, 300)}` : 'no answer'}\n  ${error instanceof Error ? error.message.split('\n')[0] : String(error)}`,
    );
  assert.equal(
    failures.length,
    0,
    `${failures.length} of ${queue.length} answers were wrong (CORPUS_SEED=${SEED}):\n${report.join('\n')}`,
  );
  assert.ok(sent >= 10_000, `${sent} requests`);
});

/**
 * Issue 10 item 1: a NUL (or an unpaired surrogate) in an identifier or value was a database
 * error, so a 500. Each endpoint answers its own refusal instead, and reads or writes nothing.
 */
describe("NUL characters: the endpoint's own error, never a 500", () => {
  const form = (fields: Record<string, string>) => ({
    method: 'POST',
    headers: { 'content-type': FORM, accept: 'application/json' },
    body: formBody(Object.entries(fields)),
  });
  const call = (
    host: Probe['host'],
    via: Probe['via'],
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: string } = {},
  ) =>
    send(
      {
        family: 'NUL',
        host,
        via,
        method,
        path,
        headers: init.headers ?? {},
        ...(init.body !== undefined && { body: init.body }),
      },
      host === 'browser' ? platform.urls.browser : platform.urls.tpp,
      pools[via],
    );
  const oauthCode = (answer: Answer) => {
    assertOAuthError(answer);
    return (JSON.parse(answer.text) as { error: string }).error;
  };
  const obError = (answer: Answer) => {
    assertObError(answer, 'GET');
    return JSON.parse(answer.text) as { Errors: { ErrorCode: string; Path?: string }[] };
  };

  test("GET /auth?client_id=%00: the bank's error page for an unknown client", async () => {
    const answer = await call(
      'browser',
      'none',
      'GET',
      '/auth?client_id=%00&response_type=code&request_uri=urn%3Aietf%3Aparams%3Aoauth%3Arequest_uri%3Ax',
    );
    assert.equal(answer.status, 400);
    assertPage(answer, 'GET');
    assert.match(answer.text, /invalid_client/);
  });

  for (const path of ['/token', '/token/revocation', '/token/introspection', '/par']) {
    test(`POST ${path} with client_id=%00: invalid_client`, async () => {
      const fields: Record<string, string> =
        path === '/token'
          ? { grant_type: 'client_credentials', scope: 'accounts' }
          : path === '/par'
            ? { response_type: 'code' }
            : { token: 'x' };
      const answer = await call(
        'tpp',
        'tpp',
        'POST',
        path,
        form({ client_id: '\u0000', ...fields }),
      );
      assert.equal(answer.status, 401, answer.text);
      assert.equal(oauthCode(answer), 'invalid_client');
    });
  }

  test("a NUL in a token request's values: invalid_scope / invalid_grant, not a lookup", async () => {
    const scope = await call(
      'tpp',
      'tpp',
      'POST',
      '/token',
      form({
        client_id: known.tpp.clientId,
        grant_type: 'client_credentials',
        scope: 'accounts\u0000',
      }),
    );
    assert.equal(oauthCode(scope), 'invalid_scope');
    const code = await call(
      'tpp',
      'tpp',
      'POST',
      '/token',
      form({
        client_id: known.tpp.clientId,
        grant_type: 'authorization_code',
        code: '\u0000',
        redirect_uri: REDIRECT,
        code_verifier: 'a'.repeat(43),
      }),
    );
    assert.equal(oauthCode(code), 'invalid_grant');
  });

  for (const [kind, token, methods] of [
    ['account-access', 'accounts', ['GET', 'DELETE']],
    ['funds-confirmation', 'funds', ['GET', 'DELETE']],
    ['domestic-payment', 'payments', ['GET']],
  ] as const) {
    for (const method of methods) {
      test(`${method} a ${kind} consent with %00 as its id: 400 UK.OBIE.Field.Invalid naming ConsentId`, async () => {
        const answer = await call('tpp', 'tpp', method, `${INTENT_PATHS[kind]}/%00`, {
          headers: { authorization: `Bearer ${known.tokens[token]}` },
        });
        assert.equal(answer.status, 400, answer.text);
        assert.deepEqual(
          obError(answer).Errors.map(({ ErrorCode, Path }) => ({ ErrorCode, Path })),
          [{ ErrorCode: 'UK.OBIE.Field.Invalid', Path: 'ConsentId' }],
        );
      });
    }
  }

  test('GET a domestic payment with a%00b as its id: 400 naming DomesticPaymentId', async () => {
    const answer = await call('tpp', 'tpp', 'GET', `${API}/pisp/domestic-payments/a%00b`, {
      headers: { authorization: `Bearer ${known.tokens.payments}` },
    });
    assert.equal(answer.status, 400, answer.text);
    assert.equal(obError(answer).Errors[0]!.Path, 'DomesticPaymentId');
  });

  test('a request body with \\u0000 or an unpaired surrogate: 400 UK.OBIE.Field.Invalid naming the field', async () => {
    for (const bad of ['\u0000', 'a\u0000b', '\ud800']) {
      const body = fundsConfirmationRequest();
      body.Data.DebtorAccount.Name = bad;
      const answer = await call('tpp', 'tpp', 'POST', INTENT_PATHS['funds-confirmation'], {
        headers: {
          authorization: `Bearer ${known.tokens.funds}`,
          'content-type': 'application/json',
        },
        body: JSON.stringify(body),
      });
      assert.equal(answer.status, 400, answer.text);
      assert.deepEqual(
        obError(answer).Errors.map(({ ErrorCode, Path }) => ({ ErrorCode, Path })),
        [{ ErrorCode: 'UK.OBIE.Field.Invalid', Path: 'Data.DebtorAccount.Name' }],
      );
    }
  });

  test('a sign-in form with %00 in the username: a 400 page, in the interaction and on the dashboard', async () => {
    for (const { state, action } of [
      { state: known.atSignIn, action: `${known.atSignIn.path}/login` },
      { state: known.dashboard, action: '/consents/sign-in' },
    ]) {
      const answer = await call('browser', 'none', 'POST', action, {
        headers: { cookie: state.cookie, 'content-type': FORM },
        body: formBody([
          ['csrf', state.csrf],
          ['username', `${ALICE.username}\u0000`],
          ['password', 'x'],
        ]),
      });
      assert.equal(answer.status, 400, answer.text.slice(0, 200));
      assertPage(answer, 'POST');
    }
  });
});

test('the corpus wrote nothing', async () => {
  const after = await databaseFingerprint(
    platform.knex,
    fingerprintWindow.since,
    fingerprintWindow.stableUntil,
  );
  // What the authorization server's tables gained, to say which request wrote (the digests cannot).
  const { rows: made } = await platform.knex.raw<{ rows: unknown[] }>(
    `SELECT kind AS what, count(*)::int FROM authz.oidc_payloads WHERE created_at > ? GROUP BY kind
     UNION ALL SELECT split_part(key, ':', 1), count(*)::int FROM authz.replay WHERE created_at > ? GROUP BY 1`,
    [fingerprintWindow.since, fingerprintWindow.since],
  );
  assert.deepEqual(
    after,
    fingerprintBefore,
    `rows made during the corpus: ${JSON.stringify(made)}`,
  );
});

test("a NUL in an authorization request's values: invalid_request back to the client, not a 500", async () => {
  // Pushed as a JWT (stored encoded), it reaches the database when the authorization endpoint
  // saves the interaction: the adapter refuses it there.
  const intentId = await createdIntentId(known.tpp, 'account-access');
  for (const [name, value] of [
    ['state', 'a\u0000b'],
    ['nonce', '\u0000'],
  ] as const) {
    const started = await pushAuthorizationRequest(known.tpp, {
      scope: 'openid accounts',
      redirectUri: REDIRECT,
      claims: { id_token: { openbanking_intent_id: { value: intentId, essential: true } } },
      extra: { [name]: value },
    });
    const answer = await send(
      {
        family: 'NUL',
        host: 'browser',
        via: 'none',
        method: 'GET',
        path: started.url.pathname + started.url.search,
        headers: {},
      },
      platform.urls.browser,
      pools.none,
    );
    assert.equal(answer.status, 303, answer.text.slice(0, 200));
    const location = new URL(answer.headers.get('location')!);
    assert.equal(`${location.origin}${location.pathname}`, REDIRECT);
    assert.equal(location.searchParams.get('error'), 'invalid_request');
  }
});

/** The TPP's real x-jws-signature over exactly the bytes sent, where the probe asks for one. */
async function signedAsSent(probe: Probe): Promise<Probe> {
  if (probe.headers['x-jws-signature'] !== SIGN_AS_SENT || typeof probe.body !== 'string')
    return probe;
  return {
    ...probe,
    headers: {
      ...probe.headers,
      'x-jws-signature': await signMessage(signingTpp.signer, probe.body),
    },
  };
}
