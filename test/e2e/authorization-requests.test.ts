import assert from 'node:assert/strict';
import { createHash, randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  jwtVerify,
  SignJWT,
  type JWK,
} from 'jose';
import * as oauth from 'openid-client';
import type { Agent } from 'undici';
import { callApi, clientCredentials, deleteIntent } from '../../examples/tpp-client.ts';
import { Browser, type Response } from '../support/browser.ts';
import { customerDecides } from '../support/customer-consent.ts';
import { tlsAgent, tlsFetch } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * The authorization server's refusals, in the spirit of the OpenID FAPI 2.0 conformance suite's
 * negative tests, against the whole platform (real TLS, client certificates, SoftHSM keys) with
 * openid-client as the TPP. No browser: the authorization endpoint's answer is read from its
 * `Location` (or the bank's error page) and the sign-in and consent forms are posted directly.
 * Lifetimes (request_uri, code: 60 s) are not waited out: the test ages the stored row's
 * `expires_at`, which is what the adapter's lookups read.
 */

const REDIRECT = 'https://tpp.example/cb';
const REQUEST_URI_PREFIX = 'urn:ietf:params:oauth:request_uri:';

let platform: TestPlatform;
let tppA: OnboardedTpp;
let tppB: OnboardedTpp;
let bankJwks: ReturnType<typeof createLocalJWKSet>;
/** The customer's connections to the browser host (no client certificate). */
let browserAgent: Agent;

const onboard = (name: string) =>
  onboardTpp(platform, { name, roles: ['AISP', 'PISP'], redirectUri: REDIRECT });

before(async () => {
  platform = await startTestPlatform();
  browserAgent = tlsAgent({ ca: platform.serverTrustAnchorPem });
  [tppA, tppB] = [await onboard('Budget Buddy'), await onboard('Other App')];
  const jwks = await tlsFetch(`${platform.urls.browser}/jwks`, {
    ca: platform.serverTrustAnchorPem,
  });
  bankJwks = createLocalJWKSet((await jwks.json()) as { keys: JWK[] });
});
after(async () => {
  await browserAgent?.close();
  await platform?.stop();
});

/** An intent the client creates on the resource server with a client-credentials token. */
const intent = (
  client: OnboardedTpp,
  kind: 'account-access' | 'domestic-payment' = 'account-access',
) => createdIntentId(client.tpp, kind);

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
      claims: JSON.stringify({
        id_token: {
          openbanking_intent_id: { value: intentId, essential: true },
          acr: { essential: true, values: ['urn:openbanking:psd2:sca'] },
        },
      }),
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
async function requestObject(
  client: OnboardedTpp,
  params: Record<string, string>,
  options: RequestObjectOptions = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { signer } = client.tpp;
  const claims: Record<string, unknown> = {
    ...params,
    client_id: client.tpp.clientId,
    iss: client.tpp.clientId,
    aud: platform.urls.browser,
    iat: now,
    nbf: now,
    exp: now + 300,
    jti: randomUUID(),
    ...options.claims,
  };
  for (const [name, value] of Object.entries(claims)) if (value === undefined) delete claims[name];
  const alg = options.alg ?? signer.alg;
  const key = options.key ?? signer.key;
  return new SignJWT(claims)
    .setProtectedHeader({ alg, kid: signer.kid, typ: 'oauth-authz-req+jwt' })
    .sign(key);
}

/** PAR over mutual TLS with private_key_jwt; the URL the browser would be sent to. */
async function push(
  client: OnboardedTpp,
  params: Record<string, string>,
  dpop: oauth.DPoPHandle | undefined = client.tpp.dpop,
): Promise<URL> {
  return oauth.buildAuthorizationUrlWithPAR(
    client.tpp.config,
    params,
    dpop ? { DPoP: dpop } : undefined,
  );
}

/** The same, as a signed request object. */
async function pushSigned(
  client: OnboardedTpp,
  params: Record<string, string>,
  dpop?: oauth.DPoPHandle,
): Promise<URL> {
  return push(client, { request: await requestObject(client, params) }, dpop);
}

/** An OAuth error response openid-client raised, by its `error` code and description. */
function oauthError(code: string, description?: RegExp) {
  return (error: { error?: string; error_description?: string }) => {
    assert.equal(
      error.error,
      code,
      `expected ${code}, got ${error.error}: ${error.error_description}`,
    );
    if (description) assert.match(error.error_description ?? '', description);
    return true;
  };
}

function browser(): Browser {
  return new Browser(platform.urls.browser, browserAgent);
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
  assert.equal(
    location.searchParams.get('error'),
    code,
    location.searchParams.get('error_description') ?? '',
  );
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

/** An approved authorization for tpp: its callback URL and the request behind it. */
async function authorized(
  client: OnboardedTpp,
  dpop: oauth.DPoPHandle | undefined = client.tpp.dpop,
): Promise<{ callback: URL; request: Request }> {
  const request = await authorizationRequest(await intent(client));
  const callback = await customerDecides(platform, await pushSigned(client, request.params, dpop));
  assert.ok(callback.searchParams.get('code'), callback.href);
  return { callback, request };
}

function exchange(
  client: OnboardedTpp,
  callback: URL,
  request: Request,
  options: { verifier?: string; dpop?: oauth.DPoPHandle | null } = {},
) {
  const dpop = options.dpop === null ? undefined : (options.dpop ?? client.tpp.dpop);
  return oauth.authorizationCodeGrant(
    client.tpp.config,
    callback,
    {
      pkceCodeVerifier: options.verifier ?? request.verifier,
      expectedState: request.params.state,
      expectedNonce: request.params.nonce,
      idTokenExpected: true,
    },
    undefined,
    dpop ? { DPoP: dpop } : undefined,
  );
}

const storedKey = (credential: string) =>
  createHash('sha256').update(credential).digest('base64url');

/**
 * An invalid_grant; the client learns only that, the log says why (and must, for this test to
 * pass).
 */
async function assertGrantRefused(attempt: () => Promise<unknown>, detail: RegExp): Promise<void> {
  const mark = platform.logLines().length;
  await assert.rejects(attempt(), oauthError('invalid_grant'));
  const details = platform
    .logLines()
    .slice(mark)
    .map((line) => JSON.parse(line) as { event?: string; detail?: string })
    .filter((entry) => entry.event === 'grant.error')
    .map((entry) => entry.detail ?? '');
  assert.ok(
    details.some((d) => detail.test(d)),
    `refusal reasons logged: ${JSON.stringify(details)}`,
  );
}

/** Moves a stored artefact's expiry into the past, as if its lifetime had run out. */
async function expire(
  kind: 'PushedAuthorizationRequest' | 'AuthorizationCode',
  credential: string,
): Promise<void> {
  const { rowCount } = await platform.knex.raw<{ rowCount: number }>(
    `UPDATE authz.oidc_payloads SET expires_at = now() - interval '1 second' WHERE kind = ? AND id = ?`,
    [kind, storedKey(credential)],
  );
  assert.equal(rowCount, 1, `${kind} row found`);
}

describe('pushed authorization requests', () => {
  test('an authorization request that did not go through PAR is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const query = new URLSearchParams({ ...params, client_id: tppA.tpp.clientId });
    const response = await browser().get(`/auth?${query}`);
    assertRedirectedError(response, 'invalid_request', params.state!);
    assert.match(
      new URL(response.headers.get('location')!).searchParams.get('error_description')!,
      /Pushed Authorization Request must be used/,
    );
  });

  test('PAR needs client authentication', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const { identity } = tppA;
    const response = await tlsFetch(
      `${platform.urls.tpp}/par`,
      {
        ca: platform.serverTrustAnchorPem,
        cert: identity.transportCertPem,
        key: identity.transportKeyPem,
      },
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({ ...params, client_id: tppA.tpp.clientId }).toString(),
      },
    );
    assert.equal(response.status, 401);
    assert.equal(((await response.json()) as { error: string }).error, 'invalid_client');
  });

  test('a request_uri is spent by the authorization response it led to', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const url = await pushSigned(tppA, params);
    // Until then the customer may reload the page (RFC 9126 section 4).
    const first = await arrive(url);
    assert.equal(first.status, 303);
    assert.match(first.headers.get('location')!, /^\/interaction\//);
    assert.ok((await customerDecides(platform, url)).searchParams.get('code'));
    await assertErrorPage(await arrive(url), 'invalid_request_uri');
  });

  test('an expired request_uri is refused (60 s lifetime)', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const url = await pushSigned(tppA, params);
    await expire(
      'PushedAuthorizationRequest',
      url.searchParams.get('request_uri')!.slice(REQUEST_URI_PREFIX.length),
    );
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
    url.searchParams.set('client_id', tppB.tpp.clientId);
    await assertErrorPage(await arrive(url), 'invalid_request_object');
  });
});

describe('request parameters at PAR', () => {
  test('PKCE is required, S256 only', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const { code_challenge: _challenge, code_challenge_method: _method, ...withoutPkce } = params;
    await assert.rejects(pushSigned(tppA, withoutPkce), oauthError('invalid_request', /PKCE/));
    await assert.rejects(
      pushSigned(tppA, {
        ...params,
        code_challenge: 'a'.repeat(43),
        code_challenge_method: 'plain',
      }),
      oauthError('invalid_request', /code_challenge_method/),
    );
  });

  test('response_type other than code is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    for (const responseType of ['code id_token', 'token', 'id_token']) {
      await assert.rejects(
        pushSigned(tppA, { ...params, response_type: responseType }),
        oauthError('unsupported_response_type'),
      );
    }
  });

  test('a redirect URI that is not registered is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    await assert.rejects(
      pushSigned(tppA, { ...params, redirect_uri: 'https://attacker.example/cb' }),
      oauthError('invalid_request', /registered redirect_uris/),
    );
    const { redirect_uri: _omitted, ...withoutRedirect } = params;
    await assert.rejects(
      pushSigned(tppA, withoutRedirect),
      oauthError('invalid_request', /redirect_uri/),
    );
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
    const claims = {
      ...params,
      client_id: tppA.tpp.clientId,
      iss: tppA.tpp.clientId,
      aud: platform.urls.browser,
      nbf: now(),
      exp: now() + 300,
    };
    await assert.rejects(
      pushObject(`${encode({ alg: 'none' })}.${encode(claims)}.`),
      oauthError('invalid_request_object', /alg/),
    );
  });

  test('RS256 is refused (PS256 and ES256 only)', async () => {
    const { privateKey } = await generateKeyPair('RS256');
    await assert.rejects(
      pushObject(await requestObject(tppA, params, { alg: 'RS256', key: privateKey })),
      oauthError('invalid_request_object', /alg/),
    );
  });

  test('a signature by another key is refused', async () => {
    const alg = tppA.identity.signingKeyJwk.alg!;
    const { privateKey } = await generateKeyPair(alg);
    await assert.rejects(
      pushObject(await requestObject(tppA, params, { key: privateKey })),
      oauthError('invalid_request_object', /could not validate/),
    );
  });

  test('aud must be the issuer', async () => {
    for (const aud of [platform.urls.tpp, `${platform.urls.tpp}/par`, 'https://other.example']) {
      await assert.rejects(
        pushObject(await requestObject(tppA, params, { claims: { aud } })),
        oauthError('invalid_request_object', /claims are invalid/),
      );
    }
  });

  test('exp and nbf are required, at most 60 minutes apart, nbf not in the future', async () => {
    await assert.rejects(
      pushObject(await requestObject(tppA, params, { claims: { exp: undefined } })),
      oauthError('invalid_request_object', /'exp'/),
    );
    await assert.rejects(
      pushObject(await requestObject(tppA, params, { claims: { nbf: undefined } })),
      oauthError('invalid_request_object', /'nbf'/),
    );
    await assert.rejects(
      pushObject(await requestObject(tppA, params, { claims: { nbf: now(), exp: now() + 3601 } })),
      oauthError('invalid_request_object', /too far/),
    );
    await assert.rejects(
      pushObject(
        await requestObject(tppA, params, { claims: { nbf: now() + 120, exp: now() + 600 } }),
      ),
      oauthError('invalid_request_object', /claims are invalid/),
    );
    await assert.rejects(
      pushObject(
        await requestObject(tppA, params, { claims: { nbf: now() - 600, exp: now() - 60 } }),
      ),
      oauthError('invalid_request_object', /claims are invalid/),
    );
    // An nbf over 60 minutes old is refused too: exp must be in the future and within 60 minutes of
    // it.
    await assert.rejects(
      pushObject(
        await requestObject(tppA, params, { claims: { nbf: now() - 3700, exp: now() + 60 } }),
      ),
      oauthError('invalid_request_object', /too far/),
    );
    await pushObject(
      await requestObject(tppA, params, { claims: { nbf: now() - 60, exp: now() + 3000 } }),
    );
    // Clock skew: up to 10 s ahead is accepted (FAPI 2.0 guidance), beyond it refused.
    await pushObject(
      await requestObject(tppA, params, { claims: { nbf: now() + 8, exp: now() + 300 } }),
    );
    await assert.rejects(
      pushObject(
        await requestObject(tppA, params, { claims: { nbf: now() + 15, exp: now() + 300 } }),
      ),
      oauthError('invalid_request_object', /claims are invalid/),
    );
  });

  test('a client registered with require_signed_request_object cannot push plain parameters', async () => {
    const signedOnly = await onboardTpp(platform, {
      name: 'Signed Only',
      roles: ['AISP'],
      redirectUri: REDIRECT,
      register: { metadata: { require_signed_request_object: true } },
    });
    const request = await authorizationRequest(await intent(signedOnly));
    await assert.rejects(
      push(signedOnly, request.params),
      oauthError('invalid_request', /Request Object must be used/),
    );
    await pushSigned(signedOnly, request.params);
  });
});

describe('the intent at the authorization endpoint (PAR accepted, refusal to the redirect URI)', () => {
  test('an intent of another client', async () => {
    const { params } = await authorizationRequest(await intent(tppB));
    assertRedirectedError(
      await arrive(await pushSigned(tppA, params)),
      'invalid_request',
      params.state!,
    );
  });

  test('an intent that does not exist, or is no longer awaiting authorisation', async () => {
    const unknown = await authorizationRequest(`aac-${randomUUID()}`);
    assertRedirectedError(
      await arrive(await pushSigned(tppA, unknown.params)),
      'invalid_request',
      unknown.params.state!,
    );
    const revokedId = await intent(tppA);
    const response = await deleteIntent(
      tppA.tpp,
      await clientCredentials(tppA.tpp, 'accounts'),
      'account-access',
      revokedId,
    );
    assert.equal(response.status, 204);
    const revoked = await authorizationRequest(revokedId);
    const location = assertRedirectedError(
      await arrive(await pushSigned(tppA, revoked.params)),
      'invalid_request',
      revoked.params.state!,
    );
    assert.match(location.searchParams.get('error_description')!, /Revoked/);
  });

  test('an essential acr the bank cannot give (only urn:openbanking:psd2:ca) is refused before sign-in', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const claims = JSON.parse(params.claims!);
    claims.id_token.acr = { essential: true, values: ['urn:openbanking:psd2:ca'] };
    const url = await pushSigned(tppA, { ...params, claims: JSON.stringify(claims) });
    assertRedirectedError(await arrive(url), 'unmet_authentication_requirements', params.state!);
  });

  test('nothing asked for (no intent, no description, no API scope), or two different intents', async () => {
    const { params } = await authorizationRequest('unused', 'openid');
    const { claims: _claims, ...withoutIntent } = params;
    assertRedirectedError(
      await arrive(await pushSigned(tppA, withoutIntent)),
      'invalid_request',
      params.state!,
    );
    const [first, second] = [await intent(tppA), await intent(tppA)];
    const both = await authorizationRequest(first);
    const details = JSON.stringify([
      { type: 'urn:openbanking:account-access-consent', consentId: second },
    ]);
    assertRedirectedError(
      await arrive(await pushSigned(tppA, { ...both.params, authorization_details: details })),
      'invalid_request',
      both.params.state!,
    );
  });
});

describe('code exchange', () => {
  test('a code is single use, and its reuse revokes the tokens issued from it', async () => {
    const { callback, request } = await authorized(tppA);
    const tokens = await exchange(tppA, callback, request);
    assert.equal(
      (await oauth.tokenIntrospection(tppA.tpp.config, tokens.access_token)).active,
      true,
    );
    await assertGrantRefused(() => exchange(tppA, callback, request), /already consumed/);
    assert.equal(
      (await oauth.tokenIntrospection(tppA.tpp.config, tokens.access_token)).active,
      false,
    );
    await assertGrantRefused(
      () =>
        oauth.refreshTokenGrant(tppA.tpp.config, tokens.refresh_token!, undefined, {
          DPoP: tppA.tpp.dpop!,
        }),
      /not found/,
    );
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
    await assertGrantRefused(
      () => exchange(tppA, callback, request, { verifier: oauth.randomPKCECodeVerifier() }),
      /code_verifier/,
    );
  });

  test('a DPoP client must send a DPoP proof with the code', async () => {
    // Pushed without DPoP, so only the client's registration asks for the proof (no dpop_jkt).
    const { callback, request } = await authorized(tppA, undefined);
    await assertGrantRefused(
      () => exchange(tppA, callback, request, { dpop: null }),
      /DPoP proof JWT not provided/,
    );
  });

  test('a code bound to a DPoP key by dpop_jkt refuses a proof by another key', async () => {
    const { callback, request } = await authorized(tppA);
    const otherKey = oauth.getDPoPHandle(tppA.tpp.config, await oauth.randomDPoPKeyPair('ES256'));
    await assertGrantRefused(
      () => exchange(tppA, callback, request, { dpop: otherKey }),
      /does not match dpop_jkt/,
    );
  });

  test('dpop_jkt sent at PAR that does not match the PAR DPoP proof is refused', async () => {
    const { params } = await authorizationRequest(await intent(tppA));
    const { publicKey } = await generateKeyPair('ES256');
    const dpopJkt = await calculateJwkThumbprint(await exportJWK(publicKey));
    await assert.rejects(
      pushSigned(tppA, { ...params, dpop_jkt: dpopJkt }, tppA.tpp.dpop),
      oauthError('invalid_request', /dpop_jkt/),
    );
  });

  test('tokens are DPoP-bound, the id token carries the intent and acr; refresh needs a DPoP proof, by any key (RFC 9449 section 5), and does not rotate', async () => {
    const { callback, request } = await authorized(tppA);
    const intentId = JSON.parse(request.params.claims!).id_token.openbanking_intent_id
      .value as string;
    const tokens = await exchange(tppA, callback, request);
    assert.equal(tokens.token_type.toLowerCase(), 'dpop');
    assert.equal(tokens.claims()!.openbanking_intent_id, intentId);
    assert.equal(tokens.claims()!.acr, 'urn:openbanking:psd2:sca');
    const introspection = await oauth.tokenIntrospection(tppA.tpp.config, tokens.access_token);
    assert.ok((introspection.cnf as { jkt?: string }).jkt);
    await assertGrantRefused(
      () => oauth.refreshTokenGrant(tppA.tpp.config, tokens.refresh_token!),
      /DPoP proof JWT not provided/,
    );
    // A confidential client's refresh token is bound by its client authentication, not to a key.
    assert.equal(
      (await oauth.tokenIntrospection(tppA.tpp.config, tokens.refresh_token!)).cnf,
      undefined,
    );
    await assertGrantRefused(
      () =>
        oauth.refreshTokenGrant(tppB.tpp.config, tokens.refresh_token!, undefined, {
          DPoP: tppB.tpp.dpop!,
        }),
      /client mismatch/,
    );
    const newKeys = await oauth.randomDPoPKeyPair('ES256');
    const refreshed = await oauth.refreshTokenGrant(
      tppA.tpp.config,
      tokens.refresh_token!,
      undefined,
      { DPoP: oauth.getDPoPHandle(tppA.tpp.config, newKeys) },
    );
    assert.equal(refreshed.token_type.toLowerCase(), 'dpop');
    assert.equal(
      refreshed.refresh_token ?? tokens.refresh_token,
      tokens.refresh_token,
      'refresh tokens are not rotated',
    );
    // The new access token is bound to the new key.
    const newJkt = await calculateJwkThumbprint(await exportJWK(newKeys.publicKey));
    assert.equal(
      (
        (await oauth.tokenIntrospection(tppA.tpp.config, refreshed.access_token)).cnf as {
          jkt?: string;
        }
      ).jkt,
      newJkt,
    );
  });
});

describe('response modes', () => {
  test('JARM: response_mode=jwt gets a response signed by the bank (iss, aud, code, state)', async () => {
    const request = await authorizationRequest(await intent(tppA));
    const callback = await customerDecides(
      platform,
      await pushSigned(tppA, { ...request.params, response_mode: 'jwt' }),
    );
    assert.deepEqual([...callback.searchParams.keys()], ['response']);
    const { payload, protectedHeader } = await jwtVerify(
      callback.searchParams.get('response')!,
      bankJwks,
      {
        issuer: platform.urls.browser,
        audience: tppA.tpp.clientId,
        algorithms: ['PS256', 'ES256'],
      },
    );
    assert.equal(protectedHeader.alg, 'PS256');
    assert.equal(payload.state, request.params.state);
    assert.ok(typeof payload.code === 'string');
    assert.ok(
      typeof payload.exp === 'number' && payload.exp - Math.floor(Date.now() / 1000) <= 600,
    );
    // The code inside works like a plain one.
    const plain = new URL(REDIRECT);
    for (const name of ['code', 'state', 'iss'] as const)
      plain.searchParams.set(name, String(payload[name]));
    await exchange(tppA, plain, request);
  });

  test('an error is also sent as JARM', async () => {
    const request = await authorizationRequest(await intent(tppB));
    const response = await arrive(
      await pushSigned(tppA, { ...request.params, response_mode: 'jwt' }),
    );
    assert.equal(response.status, 303);
    const location = new URL(response.headers.get('location')!);
    const { payload } = await jwtVerify(location.searchParams.get('response')!, bankJwks, {
      issuer: platform.urls.browser,
      audience: tppA.tpp.clientId,
    });
    assert.equal(payload.error, 'invalid_request');
    assert.equal(payload.state, request.params.state);
  });
});

describe('rich authorization requests (RFC 9396)', () => {
  const details = (type: string, consentId: string, extra: Record<string, unknown> = {}) =>
    JSON.stringify([{ type, consentId, ...extra }]);

  test('the intent in authorization_details: approved, carried by the tokens, introspection and the id token', async () => {
    const intentId = await intent(tppA);
    const { params, verifier } = await authorizationRequest(intentId);
    const { claims: _claims, ...rest } = params;
    const request: Request = {
      verifier,
      params: {
        ...rest,
        authorization_details: details('urn:openbanking:account-access-consent', intentId),
      },
    };
    const callback = await customerDecides(platform, await pushSigned(tppA, request.params));
    const tokens = await exchange(tppA, callback, request);
    const expected = [{ type: 'urn:openbanking:account-access-consent', consentId: intentId }];
    assert.deepEqual(tokens.authorization_details, expected);
    assert.equal(tokens.claims()!.openbanking_intent_id, intentId);
    assert.equal(tokens.claims()!.acr, 'urn:openbanking:psd2:sca');
    const introspection = await oauth.tokenIntrospection(tppA.tpp.config, tokens.access_token);
    assert.deepEqual(introspection.authorization_details, expected);
    assert.equal(introspection.aud, `${platform.urls.tpp}/open-banking`);
    // The token works at the resource server like one from a claims request.
    const accounts = await callApi(tppA.tpp, tokens, 'GET', '/open-banking/v3.1/aisp/accounts');
    assert.equal(accounts.status, 200, await accounts.clone().text());
    const refreshed = await oauth.refreshTokenGrant(
      tppA.tpp.config,
      tokens.refresh_token!,
      undefined,
      { DPoP: tppA.tpp.dpop! },
    );
    assert.deepEqual(refreshed.authorization_details, expected);
    await assert.rejects(
      oauth.refreshTokenGrant(
        tppA.tpp.config,
        tokens.refresh_token!,
        { authorization_details: details('urn:openbanking:account-access-consent', 'aac-other') },
        { DPoP: tppA.tpp.dpop! },
      ),
      oauthError('invalid_authorization_details'),
    );
  });

  test('discovery lists the two intent types and the two plain FAPI 2.0 types', () => {
    assert.deepEqual(tppA.tpp.config.serverMetadata().authorization_details_types_supported, [
      'urn:openbanking:account-access-consent',
      'urn:openbanking:domestic-payment-consent',
      'account_information',
      'payment_initiation',
    ]);
  });

  test('unknown types and members, and a missing consentId, are refused at PAR', async () => {
    const intentId = await intent(tppA);
    const { params } = await authorizationRequest(intentId);
    for (const bad of [
      details('urn:example:unknown-type', intentId),
      details('payment_initiation', intentId),
      details('urn:openbanking:account-access-consent', intentId, { actions: ['read'] }),
      JSON.stringify([{ type: 'urn:openbanking:account-access-consent' }]),
    ]) {
      await assert.rejects(
        pushSigned(tppA, { ...params, authorization_details: bad }),
        oauthError('invalid_authorization_details'),
      );
    }
  });

  test('a type that does not match the intent kind is refused at the authorization endpoint', async () => {
    const paymentId = await intent(tppA, 'domestic-payment');
    const { params } = await authorizationRequest(paymentId, 'openid payments');
    const { claims: _claims, ...rest } = params;
    const url = await pushSigned(tppA, {
      ...rest,
      authorization_details: details('urn:openbanking:account-access-consent', paymentId),
    });
    assertRedirectedError(await arrive(url), 'invalid_authorization_details', params.state!);
  });

  test("a TPP may use only its directory roles' types", async () => {
    const register = (name: string, metadata: Record<string, unknown> = {}) =>
      onboardTpp(platform, {
        name,
        roles: ['AISP'],
        redirectUri: REDIRECT,
        register: { metadata },
      });
    await assert.rejects(
      register('Greedy AISP', {
        authorization_details_types: ['urn:openbanking:domestic-payment-consent'],
      }),
      oauthError('invalid_client_metadata', /PISP|role/),
    );
    const aisp = await register('Plain AISP');
    assert.deepEqual(aisp.tpp.config.clientMetadata().authorization_details_types, [
      'urn:openbanking:account-access-consent',
      'account_information',
    ]);
    const { params } = await authorizationRequest('unused');
    const { claims: _claims, ...rest } = params;
    const payment = details('urn:openbanking:domestic-payment-consent', 'pdc-anything');
    await assert.rejects(
      pushSigned(aisp, { ...rest, scope: 'openid accounts', authorization_details: payment }),
      oauthError('invalid_authorization_details', /not allowed for this client/),
    );
  });

  test('client credentials carry no authorization_details', async () => {
    await assert.rejects(
      oauth.clientCredentialsGrant(tppA.tpp.config, {
        scope: 'accounts',
        authorization_details: details('urn:openbanking:account-access-consent', 'aac-x'),
      }),
      oauthError('invalid_authorization_details'),
    );
  });
});
