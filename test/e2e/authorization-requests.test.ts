import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { calculateJwkThumbprint, createLocalJWKSet, exportJWK, generateKeyPair, importJWK, jwtVerify, SignJWT, type JWK } from 'jose';
import * as oauth from 'openid-client';
import { registerTpp, type RegisteredTpp, type TppIdentity } from '../../examples/tpp-client.ts';
import { SANDBOX_CUSTOMERS } from '../../db/seeds/index.ts';
import { signInThroughAuthorization } from '../../authz/interactions/test/harness.ts';
import { Browser, csrfOf, type Response } from '../support/browser.ts';
import { tlsAgent, tlsFetch } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * The authorization server's refusals, in the spirit of the OpenID FAPI 2.0 conformance suite's
 * negative tests, against the whole platform (real TLS, client certificates, SoftHSM keys) with
 * openid-client as the TPP. No browser: the authorization endpoint's answer is read from its
 * `Location` (or the bank's error page) and the sign-in and consent forms are posted directly.
 * Lifetimes (request_uri, code: 60 s) are not waited out: the test ages the stored row's
 * `expires_at`, which is what the adapter's lookups read.
 */

const REDIRECT = 'https://tpp.example/cb';
const [alice] = SANDBOX_CUSTOMERS as [(typeof SANDBOX_CUSTOMERS)[0]];
const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';

interface Tpp {
  identity: TppIdentity;
  registered: RegisteredTpp;
}

let platform: TestPlatform;
let tppA: Tpp;
let tppB: Tpp;
let bankJwks: ReturnType<typeof createLocalJWKSet>;

async function onboardTpp(name: string): Promise<Tpp> {
  const kit = await platform.directory.onboard({ name, redirectUris: [REDIRECT], roles: ['AISP', 'PISP'] });
  const identity: TppIdentity = {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  };
  return { identity, registered: await registerTpp(platform.urls.browser, identity, { redirectUris: [REDIRECT] }) };
}

before(async () => {
  platform = await startTestPlatform();
  [tppA, tppB] = [await onboardTpp('Budget Buddy'), await onboardTpp('Other App')];
  const jwks = await tlsFetch(`${platform.urls.browser}/jwks`, { ca: platform.serverTrustAnchorPem });
  bankJwks = createLocalJWKSet((await jwks.json()) as { keys: JWK[] });
});
after(() => platform?.stop());

/**
 * An intent of the client, as the resource server's POST leaves it.
 * TODO(lead): create it through the intent helpers of examples/tpp-client.ts once they land.
 */
async function intent(tpp: Tpp, kind: 'account-access' | 'domestic-payment' = 'account-access'): Promise<string> {
  const id = `${kind === 'account-access' ? 'aac' : 'pdc'}-${randomUUID()}`;
  const initiation = {
    InstructionIdentification: 'ACME412',
    EndToEndIdentification: 'FRESCO.21302.GFX.20',
    InstructedAmount: { Amount: '12.50', Currency: 'GBP' },
    CreditorAccount: { SchemeName: 'UK.OBIE.SortCodeAccountNumber', Identification: '08080021325698', Name: 'ACME Inc' },
  };
  await platform.knex.raw(
    `INSERT INTO openbanking.consents (id, kind, client_id, status, permissions, initiation, risk, expires_at)
     VALUES (?, ?, ?, 'AwaitingAuthorisation', ?::text[], ?::jsonb, ?::jsonb, now() + interval '90 days')`,
    kind === 'account-access'
      ? [id, kind, tpp.registered.clientId, ['ReadAccountsDetail', 'ReadBalances'], null, null]
      : [id, kind, tpp.registered.clientId, null, JSON.stringify(initiation), '{}'],
  );
  return id;
}

interface Request {
  params: Record<string, string>;
  verifier: string;
}

/** A FAPI 2.0 authorization request for the intent, in the UK profile's claims request. */
async function authorizationRequest(intentId: string, scope = 'openid accounts'): Promise<Request> {
  const verifier = oauth.randomPKCECodeVerifier();
  return {
    verifier,
    params: {
      response_type: 'code',
      redirect_uri: REDIRECT,
      scope,
      state: oauth.randomState(),
      nonce: oauth.randomNonce(),
      code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
      code_challenge_method: 'S256',
      claims: JSON.stringify({ id_token: { openbanking_intent_id: { value: intentId, essential: true }, acr: { essential: true, values: ['urn:openbanking:psd2:sca'] } } }),
    },
  };
}

interface RequestObjectOptions {
  /** Claims replacing (or, when undefined, removing) the standard ones. */
  claims?: Record<string, unknown>;
  alg?: string;
  key?: CryptoKey;
}

/** A request object (JAR) signed with the TPP's registered key unless told otherwise. */
async function requestObject(tpp: Tpp, params: Record<string, string>, options: RequestObjectOptions = {}): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { signingKeyJwk } = tpp.identity;
  const claims: Record<string, unknown> = {
    ...params,
    client_id: tpp.registered.clientId,
    iss: tpp.registered.clientId,
    aud: platform.urls.browser,
    iat: now,
    nbf: now,
    exp: now + 300,
    jti: randomUUID(),
    ...options.claims,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const alg = options.alg ?? signingKeyJwk.alg!;
  const key = options.key ?? ((await importJWK(signingKeyJwk, alg)) as CryptoKey);
  return new SignJWT(claims).setProtectedHeader({ alg, kid: signingKeyJwk.kid, typ: 'oauth-authz-req+jwt' }).sign(key);
}

/** PAR over mutual TLS with private_key_jwt; the URL the browser would be sent to. */
async function push(tpp: Tpp, params: Record<string, string>, dpop: oauth.DPoPHandle | undefined = tpp.registered.dpop): Promise<URL> {
  return oauth.buildAuthorizationUrlWithPAR(tpp.registered.config, params, dpop ? { DPoP: dpop } : undefined);
}

/** The same, as a signed request object. */
async function pushSigned(tpp: Tpp, params: Record<string, string>, dpop?: oauth.DPoPHandle): Promise<URL> {
  return push(tpp, { request: await requestObject(tpp, params) }, dpop);
}

/** An OAuth error response openid-client raised, by its `error` code and description. */
function oauthError(code: string, description?: RegExp) {
  return (error: { error?: string; error_description?: string }) => {
    assert.equal(error.error, code, `expected ${code}, got ${error.error}: ${error.error_description}`);
    if (description) assert.match(error.error_description ?? '', description);
    return true;
  };
}

function browser(): Browser {
  return new Browser(platform.urls.browser, tlsAgent({ ca: platform.serverTrustAnchorPem }));
}

/** The authorization endpoint's answer for a URL pushed by PAR (the browser's first hop). */
async function arrive(url: URL, client: Browser = browser()): Promise<Response> {
  return client.get(url.pathname + url.search);
}

/** An error sent back to the TPP's redirect URI: error, state and iss (RFC 9207). */
function assertRedirectedError(response: Response, code: string, state: string): URL {
  assert.equal(response.status, 303, `expected a redirect, got ${response.status}`);
  const location = new URL(response.headers.get('location')!);
  assert.equal(`${location.origin}${location.pathname}`, REDIRECT);
  assert.equal(location.searchParams.get('error'), code, location.searchParams.get('error_description') ?? '');
  assert.equal(location.searchParams.get('state'), state);
  assert.equal(location.searchParams.get('iss'), platform.urls.browser);
  return location;
}

/** An error that cannot go back to the app: the bank's own page, naming the code. */
async function assertErrorPage(response: Response, code: string): Promise<void> {
  assert.equal(response.status, 400);
  assert.match(response.headers.get('content-type') ?? '', /text\/html/);
  assert.match(await response.text(), new RegExp(`${code}\\b`));
}

/** Alice signs in (password + TOTP) and shares her first account; the authorization response. */
async function approve(url: URL): Promise<URL> {
  // A TOTP code is accepted once per step; these tests sign in many times within one.
  await platform.knex.raw('UPDATE authz.customers SET totp_last_used_step = NULL WHERE id = ?', [alice.id]);
  const client = browser();
  const consentPage = await signInThroughAuthorization(client, url.pathname + url.search, alice);
  const html = await consentPage.text();
  assert.equal(consentPage.status, 200, html);
  const account = /name="account" value="([^"]+)"/.exec(html)?.[1];
  assert.ok(account, 'the consent page offers an account');
  const approved = await client.follow(await client.post(`${new URL(consentPage.url).pathname}/approve`, { csrf: csrfOf(html), account }));
  assert.equal(approved.status, 303);
  return new URL(approved.headers.get('location')!);
}

/** An approved authorization for tpp: its callback URL and the request behind it. */
async function authorized(tpp: Tpp, dpop: oauth.DPoPHandle | undefined = tpp.registered.dpop): Promise<{ callback: URL; request: Request }> {
  const request = await authorizationRequest(await intent(tpp));
  const callback = await approve(await pushSigned(tpp, request.params, dpop));
  assert.ok(callback.searchParams.get('code'), callback.href);
  return { callback, request };
}

function exchange(tpp: Tpp, callback: URL, request: Request, options: { verifier?: string; dpop?: oauth.DPoPHandle | null } = {}) {
  const dpop = options.dpop === null ? undefined : (options.dpop ?? tpp.registered.dpop);
  return oauth.authorizationCodeGrant(
    tpp.registered.config,
    callback,
    { pkceCodeVerifier: options.verifier ?? request.verifier, expectedState: request.params.state, expectedNonce: request.params.nonce, idTokenExpected: true },
    undefined,
    dpop ? { DPoP: dpop } : undefined,
  );
}

const storedKey = (credential: string) => createHash('sha256').update(credential).digest('base64url');

/** An invalid_grant; the client learns only that, the log says why (and must, for this test to pass). */
async function assertGrantRefused(attempt: () => Promise<unknown>, detail: RegExp): Promise<void> {
  const mark = platform.logLines().length;
  await assert.rejects(attempt(), oauthError('invalid_grant'));
  const details = platform
    .logLines()
    .slice(mark)
    .map((line) => JSON.parse(line) as { event?: string; detail?: string })
    .filter((entry) => entry.event === 'grant.error')
    .map((entry) => entry.detail ?? '');
  assert.ok(details.some((d) => detail.test(d)), `refusal reasons logged: ${JSON.stringify(details)}`);
}

/** Moves a stored artefact's expiry into the past, as if its lifetime had run out. */
async function expire(kind: 'PushedAuthorizationRequest' | 'AuthorizationCode', credential: string): Promise<void> {
  const { rowCount } = await platform.knex.raw<{ rowCount: number }>(
    `UPDATE authz.oidc_payloads SET expires_at = now() - interval '1 second' WHERE kind = ? AND id = ?`,
    [kind, storedKey(credential)],
  );
  assert.equal(rowCount, 1, `${kind} row found`);
}

describe('pushed authorization requests', () => {
  test('an authorization request that did not go through PAR is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const query = new URLSearchParams({ ...params, client_id: tppA.registered.clientId });
    const response = await browser().get(`/auth?${query}`);
    assertRedirectedError(response, 'invalid_request', params.state!);
    assert.match(new URL(response.headers.get('location')!).searchParams.get('error_description')!, /Pushed Authorization Request must be used/);
  });

  test('a request_uri is spent by the authorization response it led to', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const url = await pushSigned(tppA, params);
    // Until then the customer may reload the page (RFC 9126 section 4).
    const first = await arrive(url);
    assert.equal(first.status, 303);
    assert.match(first.headers.get('location')!, /^\/interaction\//);
    assert.ok((await approve(url)).searchParams.get('code'));
    await assertErrorPage(await arrive(url), 'invalid_request_uri');
  });

  test('an expired request_uri is refused (60 s lifetime)', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const url = await pushSigned(tppA, params);
    await expire('PushedAuthorizationRequest', url.searchParams.get('request_uri')!.slice(REQUEST_URI_PREFIX.length));
    await assertErrorPage(await arrive(url), 'invalid_request_uri');
  });

  test('the request_uri lives at most 60 s', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const url = await pushSigned(tppA, params);
    const { rows } = await platform.knex.raw<{ rows: { seconds: number }[] }>(
      `SELECT extract(epoch FROM expires_at - now())::float AS seconds FROM authz.oidc_payloads WHERE kind = 'PushedAuthorizationRequest' AND id = ?`,
      [storedKey(url.searchParams.get('request_uri')!.slice(REQUEST_URI_PREFIX.length))],
    );
    assert.ok(rows[0]!.seconds > 0 && rows[0]!.seconds <= 60, String(rows[0]!.seconds));
  });

  test('a request_uri pushed by another client is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const url = await pushSigned(tppA, params);
    url.searchParams.set('client_id', tppB.registered.clientId);
    await assertErrorPage(await arrive(url), 'invalid_request_object');
  });
});

describe('request parameters at PAR', () => {
  test('PKCE is required, S256 only', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const { code_challenge: _challenge, code_challenge_method: _method, ...withoutPkce } = params;
    await assert.rejects(pushSigned(tppA, withoutPkce), oauthError('invalid_request', /PKCE/));
    await assert.rejects(pushSigned(tppA, { ...params, code_challenge: 'a'.repeat(43), code_challenge_method: 'plain' }), oauthError('invalid_request', /code_challenge_method/));
  });

  test('response_type other than code is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    for (const responseType of ['code id_token', 'token', 'id_token']) {
      await assert.rejects(pushSigned(tppA, { ...params, response_type: responseType }), oauthError('unsupported_response_type'));
    }
  });

  test('a redirect URI that is not registered is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    await assert.rejects(pushSigned(tppA, { ...params, redirect_uri: 'https://attacker.example/cb' }), oauthError('invalid_request', /registered redirect_uris/));
    const { redirect_uri: _omitted, ...withoutRedirect } = params;
    await assert.rejects(pushSigned(tppA, withoutRedirect), oauthError('invalid_request', /redirect_uri/));
  });
});

describe('request objects (JAR, FAPI 2.0 Message Signing)', () => {
  let params: Record<string, string>;
  before(async () => {
    ({ params } = await authorizationRequest(await intent(tppA)));
  });
  const pushObject = (jwt: string) => push(tppA, { request: jwt });
  const now = () => Math.floor(Date.now() / 1000);

  test('alg none is refused', async () => {
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const claims = { ...params, client_id: tppA.registered.clientId, iss: tppA.registered.clientId, aud: platform.urls.browser, nbf: now(), exp: now() + 300 };
    await assert.rejects(pushObject(`${encode({ alg: 'none' })}.${encode(claims)}.`), oauthError('invalid_request_object', /alg/));
  });

  test('RS256 is refused (PS256 and ES256 only)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await assert.rejects(pushObject(await requestObject(tppA, params, { alg: 'RS256', key: privateKey })), oauthError('invalid_request_object', /alg/));
  });

  test('a signature by another key is refused', async () => {
    const alg = tppA.identity.signingKeyJwk.alg!;
    const { privateKey } = await generateKeyPair(alg);
    await assert.rejects(pushObject(await requestObject(tppA, params, { key: privateKey })), oauthError('invalid_request_object', /could not validate/));
  });

  test('aud must be the issuer', async () => {
    for (const aud of [platform.urls.tpp, `${platform.urls.tpp}/par`, 'https://other.example']) {
      await assert.rejects(pushObject(await requestObject(tppA, params, { claims: { aud } })), oauthError('invalid_request_object', /claims are invalid/));
    }
  });

  test('exp and nbf are required, at most 60 minutes apart, nbf not in the future', async () => {
    await assert.rejects(pushObject(await requestObject(tppA, params, { claims: { exp: undefined } })), oauthError('invalid_request_object', /'exp'/));
    await assert.rejects(pushObject(await requestObject(tppA, params, { claims: { nbf: undefined } })), oauthError('invalid_request_object', /'nbf'/));
    await assert.rejects(pushObject(await requestObject(tppA, params, { claims: { nbf: now(), exp: now() + 3601 } })), oauthError('invalid_request_object', /too far/));
    await assert.rejects(pushObject(await requestObject(tppA, params, { claims: { nbf: now() + 120, exp: now() + 600 } })), oauthError('invalid_request_object', /claims are invalid/));
    await assert.rejects(pushObject(await requestObject(tppA, params, { claims: { nbf: now() - 600, exp: now() - 60 } })), oauthError('invalid_request_object', /claims are invalid/));
    // An nbf over 60 minutes old is refused too: exp must be in the future and within 60 minutes of it.
    await assert.rejects(pushObject(await requestObject(tppA, params, { claims: { nbf: now() - 3700, exp: now() + 60 } })), oauthError('invalid_request_object', /too far/));
    await pushObject(await requestObject(tppA, params, { claims: { nbf: now() - 60, exp: now() + 3000 } }));
  });

  test('a client registered with require_signed_request_object cannot push plain parameters', async () => {
    const kit = await platform.directory.onboard({ name: 'Signed Only', redirectUris: [REDIRECT], roles: ['AISP'] });
    const identity = { ...tppA.identity, transportCertPem: kit.transportCertPem, transportKeyPem: kit.transportKeyPem, signingKeyJwk: kit.signingKeyJwk, ssa: kit.ssa };
    const registered = await registerTpp(platform.urls.browser, identity, { redirectUris: [REDIRECT], metadata: { require_signed_request_object: true } });
    const signedOnly: Tpp = { identity, registered };
    const request = await authorizationRequest(await intent(signedOnly));
    await assert.rejects(push(signedOnly, request.params), oauthError('invalid_request', /Request Object must be used/));
    await pushSigned(signedOnly, request.params);
  });
});

describe('the intent at the authorization endpoint (PAR accepted, refusal to the redirect URI)', () => {
  test('an intent of another client', async () => {
    const { params } = await authorizationRequest(await intent(tppB));
    assertRedirectedError(await arrive(await pushSigned(tppA, params)), 'invalid_request', params.state!);
  });

  test('an intent that does not exist, or is no longer awaiting authorisation', async () => {
    const unknown = await authorizationRequest(`aac-${randomUUID()}`);
    assertRedirectedError(await arrive(await pushSigned(tppA, unknown.params)), 'invalid_request', unknown.params.state!);
    const rejectedId = await intent(tppA);
    await platform.knex.raw(`UPDATE openbanking.consents SET status = 'Rejected' WHERE id = ?`, [rejectedId]);
    const rejected = await authorizationRequest(rejectedId);
    const location = assertRedirectedError(await arrive(await pushSigned(tppA, rejected.params)), 'invalid_request', rejected.params.state!);
    assert.match(location.searchParams.get('error_description')!, /Rejected/);
  });

  test('no intent named at all', async () => {
    const { params } = await authorizationRequest('unused');
    const { claims: _claims, ...withoutIntent } = params;
    assertRedirectedError(await arrive(await pushSigned(tppA, withoutIntent)), 'invalid_request', params.state!);
  });
});

describe('code exchange', () => {
  test('a code is single use, and its reuse revokes the tokens issued from it', async () => {
    const { callback, request } = await authorized(tppA);
    const tokens = await exchange(tppA, callback, request);
    assert.equal((await oauth.tokenIntrospection(tppA.registered.config, tokens.access_token)).active, true);
    await assertGrantRefused(() => exchange(tppA, callback, request), /already consumed/);
    assert.equal((await oauth.tokenIntrospection(tppA.registered.config, tokens.access_token)).active, false);
    await assertGrantRefused(() => oauth.refreshTokenGrant(tppA.registered.config, tokens.refresh_token!, undefined, { DPoP: tppA.registered.dpop! }), /not found/);
  });

  test('an expired code is refused (60 s lifetime)', async () => {
    const { callback, request } = await authorized(tppA);
    await expire('AuthorizationCode', callback.searchParams.get('code')!);
    await assertGrantRefused(() => exchange(tppA, callback, request), /not found/);
  });

  test('a code issued to another client is refused', async () => {
    const { callback, request } = await authorized(tppA);
    await assertGrantRefused(() => exchange(tppB, callback, request), /client mismatch/);
    // Refused without being spent: its own client can still exchange it.
    await exchange(tppA, callback, request);
  });

  test('a wrong PKCE verifier is refused', async () => {
    const { callback, request } = await authorized(tppA);
    await assertGrantRefused(() => exchange(tppA, callback, request, { verifier: oauth.randomPKCECodeVerifier() }), /code_verifier/);
  });

  test('a DPoP client must send a DPoP proof with the code', async () => {
    // Pushed without DPoP, so only the client's registration asks for the proof (no dpop_jkt).
    const { callback, request } = await authorized(tppA, undefined);
    await assertGrantRefused(() => exchange(tppA, callback, request, { dpop: null }), /DPoP proof JWT not provided/);
  });

  test('a code bound to a DPoP key by dpop_jkt refuses a proof by another key', async () => {
    const { callback, request } = await authorized(tppA);
    const otherKey = oauth.getDPoPHandle(tppA.registered.config, await oauth.randomDPoPKeyPair('ES256'));
    await assertGrantRefused(() => exchange(tppA, callback, request, { dpop: otherKey }), /does not match dpop_jkt/);
  });

  test('dpop_jkt sent at PAR that does not match the PAR DPoP proof is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const { publicKey } = await generateKeyPair('ES256');
    const dpopJkt = await calculateJwkThumbprint(await exportJWK(publicKey));
    await assert.rejects(pushSigned(tppA, { ...params, dpop_jkt: dpopJkt }, tppA.registered.dpop), oauthError('invalid_request', /dpop_jkt/));
  });

  test('tokens are DPoP-bound, the id token carries the intent and acr, refresh needs the proof and does not rotate', async () => {
    const { callback, request } = await authorized(tppA);
    const intentId = JSON.parse(request.params.claims!).id_token.openbanking_intent_id.value as string;
    const tokens = await exchange(tppA, callback, request);
    assert.equal(tokens.token_type.toLowerCase(), 'dpop');
    assert.equal(tokens.claims()!.openbanking_intent_id, intentId);
    assert.equal(tokens.claims()!.acr, 'urn:openbanking:psd2:sca');
    const introspection = await oauth.tokenIntrospection(tppA.registered.config, tokens.access_token);
    assert.ok((introspection.cnf as { jkt?: string }).jkt);
    await assertGrantRefused(() => oauth.refreshTokenGrant(tppA.registered.config, tokens.refresh_token!), /DPoP proof JWT not provided/);
    // A confidential client's refresh token is bound to the client's authentication (RFC 9449 section 5).
    await assertGrantRefused(() => oauth.refreshTokenGrant(tppB.registered.config, tokens.refresh_token!, undefined, { DPoP: tppB.registered.dpop! }), /client mismatch/);
    const refreshed = await oauth.refreshTokenGrant(tppA.registered.config, tokens.refresh_token!, undefined, { DPoP: tppA.registered.dpop! });
    assert.equal(refreshed.token_type.toLowerCase(), 'dpop');
    assert.equal(refreshed.refresh_token ?? tokens.refresh_token, tokens.refresh_token, 'refresh tokens are not rotated');
  });
});

describe('response modes', () => {
  test('JARM: response_mode=jwt gets a response signed by the bank (iss, aud, code, state)', async () => {
    const request = await authorizationRequest(await intent(tppA));
    const callback = await approve(await pushSigned(tppA, { ...request.params, response_mode: 'jwt' }));
    assert.deepEqual([...callback.searchParams.keys()], ['response']);
    const { payload, protectedHeader } = await jwtVerify(callback.searchParams.get('response')!, bankJwks, {
      issuer: platform.urls.browser,
      audience: tppA.registered.clientId,
      algorithms: ['PS256', 'ES256'],
    });
    assert.equal(protectedHeader.alg, 'PS256');
    assert.equal(payload.state, request.params.state);
    assert.ok(typeof payload.code === 'string');
    assert.ok(typeof payload.exp === 'number' && payload.exp - Math.floor(Date.now() / 1000) <= 600);
    // The code inside works like a plain one.
    const plain = new URL(REDIRECT);
    for (const name of ['code', 'state', 'iss'] as const) plain.searchParams.set(name, String(payload[name]));
    await exchange(tppA, plain, request);
  });

  test('an error is also sent as JARM', async () => {
    const request = await authorizationRequest(await intent(tppB));
    const response = await arrive(await pushSigned(tppA, { ...request.params, response_mode: 'jwt' }));
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location')!);
    const { payload } = await jwtVerify(location.searchParams.get('response')!, bankJwks, { issuer: platform.urls.browser, audience: tppA.registered.clientId });
    assert.equal(payload.error, 'invalid_request');
    assert.equal(payload.state, request.params.state);
  });
});

describe('rich authorization requests (RFC 9396)', () => {
  const details = (type: string, consentId: string, extra: Record<string, unknown> = {}) => JSON.stringify([{ type, consentId, ...extra }]);

  test('the intent in authorization_details: approved, carried by the tokens, introspection and the id token', async () => {
    const intentId = await intent(tppA);
    const { params, verifier } = await authorizationRequest(intentId);
    const { claims: _claims, ...rest } = params;
    const request: Request = { verifier, params: { ...rest, authorization_details: details('urn:openbanking:account-access-consent', intentId) } };
    const callback = await approve(await pushSigned(tppA, request.params));
    const tokens = await exchange(tppA, callback, request);
    const expected = [{ type: 'urn:openbanking:account-access-consent', consentId: intentId }];
    assert.deepEqual(tokens.authorization_details, expected);
    assert.equal(tokens.claims()!.openbanking_intent_id, intentId);
    const introspection = await oauth.tokenIntrospection(tppA.registered.config, tokens.access_token);
    assert.deepEqual(introspection.authorization_details, expected);
    const refreshed = await oauth.refreshTokenGrant(tppA.registered.config, tokens.refresh_token!, undefined, { DPoP: tppA.registered.dpop! });
    assert.deepEqual(refreshed.authorization_details, expected);
    await assert.rejects(
      oauth.refreshTokenGrant(tppA.registered.config, tokens.refresh_token!, { authorization_details: details('urn:openbanking:account-access-consent', 'aac-other') }, { DPoP: tppA.registered.dpop! }),
      oauthError('invalid_authorization_details'),
    );
  });

  test('unknown types and members, and a missing consentId, are refused at PAR', async () => {
    const intentId = await intent(tppA);
    const { params } = await authorizationRequest(intentId);
    for (const bad of [details('payment_initiation', intentId), details('urn:openbanking:account-access-consent', intentId, { actions: ['read'] }), JSON.stringify([{ type: 'urn:openbanking:account-access-consent' }])]) {
      await assert.rejects(pushSigned(tppA, { ...params, authorization_details: bad }), oauthError('invalid_authorization_details'));
    }
  });

  test('a type that does not match the intent kind is refused at the authorization endpoint', async () => {
    const paymentId = await intent(tppA, 'domestic-payment');
    const { params } = await authorizationRequest(paymentId, 'openid payments');
    const { claims: _claims, ...rest } = params;
    const url = await pushSigned(tppA, { ...rest, authorization_details: details('urn:openbanking:account-access-consent', paymentId) });
    assertRedirectedError(await arrive(url), 'invalid_authorization_details', params.state!);
  });

  test('client credentials carry no authorization_details', async () => {
    await assert.rejects(
      oauth.clientCredentialsGrant(tppA.registered.config, { scope: 'accounts', authorization_details: details('urn:openbanking:account-access-consent', 'aac-x') }),
      oauthError('invalid_authorization_details'),
    );
  });
});
