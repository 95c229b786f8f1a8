import { decodeJwt, decodeProtectedHeader } from 'jose';
import { ACCOUNT_INFORMATION_DETAILS } from '../plan-config.ts';
import {
  ACR_SCA,
  callResource,
  codeGrant,
  createUkIntent,
  dpopThumbprint,
  exchangeCode,
  fapiHeaders,
  pushAuthorization,
  resourceUrl,
  type PushedAuthorization,
  type Tokens,
} from './authorization.ts';
import { browse, type CheckContext, type VariantRun } from './context.ts';
import { expect } from './expect.ts';
import type { VariantClient } from './variant-client.ts';

export const HAPPY_FLOW = 'fapi2-security-profile-final-happy-flow';

/** An authorization the customer approved: the code is in the response, not yet exchanged. */
export interface Authorized {
  readonly client: VariantClient;
  readonly pushed: PushedAuthorization;
  readonly callback: URL;
  readonly code: string;
  readonly intentId: string | undefined;
}

/**
 * The response parameters: the callback's query, or the claims of its JARM `response` (verified at
 * the exchange).
 */
export function responseParameters(callback: URL, jarm: boolean): URLSearchParams {
  if (!jarm) return callback.searchParams;
  const response = callback.searchParams.get('response');
  expect(response, `no JARM response at the callback: ${callback.search}`);
  const header = decodeProtectedHeader(response);
  // ValidateJARMSigningAlg, ValidateJARMSignatureUsingKid.
  expect(
    header.alg === 'PS256' || header.alg === 'ES256',
    `the JARM response is signed with ${String(header.alg)}`,
  );
  expect(typeof header.kid === 'string', 'the JARM response names no kid');
  return new URLSearchParams(
    Object.entries(decodeJwt(response)).filter(
      (entry): entry is [string, string] => typeof entry[1] === 'string',
    ),
  );
}

/**
 * The authorization (AbstractFAPI2SPFinalServerTestModule.performAuthorizationFlow): the UK intent
 * first, PAR, the browser at the authorization endpoint with only client_id and request_uri, the
 * suite's browser steps, then the authorization response at the redirect URI with the code, the
 * state and the issuer (RFC 9207).
 */
export async function authorize(
  context: CheckContext,
  run: VariantRun,
  which: 0 | 1,
  module = HAPPY_FLOW,
): Promise<Authorized> {
  const client = run.clients[which];
  const { variant } = run;
  const intentId =
    variant.profile === 'openbanking_uk'
      ? await createUkIntent(client, context.deployment, which === 1)
      : undefined;
  const pushed = await pushAuthorization(client, {
    ...(intentId !== undefined && { intentId }),
    ...(variant.authorizationRequestType === 'rar' && {
      authorizationDetails: ACCOUNT_INFORMATION_DETAILS,
    }),
    // The second client binds the code with dpop_jkt alone (RFC 9449 section 10.1), as the suite
    // does.
    ...(which === 1 && client.dpopKeys && { dpopJkt: await dpopThumbprint(client.dpopKeys) }),
  });
  expect(
    pushed.url.href.startsWith(client.endpoint('authorization_endpoint')),
    `the authorization URL ${pushed.url.origin}${pushed.url.pathname} is not the advertised endpoint`,
  );
  expect(
    [...pushed.url.searchParams.keys()].sort().join() === 'client_id,request_uri',
    `the authorization URL carries ${[...pushed.url.searchParams.keys()].join(', ')}`,
  );
  const [outcome] = await browse(context, run, module, [pushed.url]);
  const callback = outcome?.callback;
  expect(
    callback,
    `the browser steps ended on a bank page, not at the redirect URI: ${outcome?.pageText?.slice(0, 200)}`,
  );
  expect(
    callback.href.startsWith(client.redirectUri),
    `the bank answered at ${callback.origin}${callback.pathname}, not at the redirect URI`,
  );
  const response = responseParameters(callback, variant.responseMode === 'jarm');
  expect(
    response.get('error') === null,
    `the bank answered ${response.get('error')}: ${response.get('error_description')}`,
  );
  expect(
    response.get('iss') === context.server.issuer,
    `the response's iss is ${response.get('iss')}`,
  );
  expect(response.get('state') === pushed.state, 'the response does not carry the state sent');
  const code = response.get('code');
  expect(code, 'the response carries no code');
  if (which === 1)
    expect(
      callback.searchParams.get('dummy1') === 'lorem',
      "the redirect URI's own query was not kept (CheckMatchingCallbackParameters)",
    );
  return { client, pushed, callback, code, intentId };
}

/**
 * The suite's token response checks (processTokenEndpointResponse) and the profile's id token
 * checks.
 */
function verifyTokens(run: VariantRun, authorized: Authorized, tokens: Tokens): void {
  const { variant } = run;
  const tokenType = variant.senderConstrain === 'dpop' ? 'dpop' : 'bearer';
  expect(
    tokens.token_type.toLowerCase() === tokenType,
    `token_type ${tokens.token_type}, expected ${tokenType}`,
  );
  expect(typeof tokens.expires_in === 'number' && tokens.expires_in > 0, 'no expires_in');
  expect(
    typeof tokens.refresh_token === 'string' && tokens.refresh_token.length >= 20,
    'no refresh token',
  );
  if (variant.openid === 'openid_connect') {
    const claims = tokens.claims();
    expect(claims, 'no id token');
    expect(typeof claims.sub === 'string' && claims.sub.length > 0, 'the id token has no sub');
    expect(claims.nonce === authorized.pushed.nonce, 'the id token does not carry the nonce sent');
    if (variant.profile === 'openbanking_uk') {
      // OBValidateIdTokenIntentId; the acr the essential claim asked for.
      expect(
        claims.openbanking_intent_id === authorized.intentId,
        `the id token names intent ${String(claims.openbanking_intent_id)}, not ${authorized.intentId}`,
      );
      expect(claims.acr === ACR_SCA, `the id token's acr is ${String(claims.acr)}`);
    }
  } else {
    expect(
      tokens.id_token === undefined,
      'plain OAuth: an id token was issued (ExpectNoIdTokenInTokenResponse)',
    );
  }
  if (variant.authorizationRequestType === 'rar') {
    // RARSupport.CheckForAuthorizationDetailsInTokenResponse, and the consent the bank made.
    const details = tokens.authorization_details as
      | { type?: unknown; consentId?: unknown }[]
      | undefined;
    expect(
      Array.isArray(details) &&
        details.length > 0 &&
        details.every((detail) => typeof detail.type === 'string'),
      'no authorization_details in the token response',
    );
    expect(
      details.some(
        (detail) => detail.type === 'account_information' && typeof detail.consentId === 'string',
      ),
      'the authorization_details carry no consentId',
    );
  }
}

/** The resource call the suite makes with the tokens (requestProtectedResource). */
export async function readAccounts(
  context: CheckContext,
  client: VariantClient,
  tokens: Tokens,
  dpop = client.dpop,
): Promise<void> {
  const headers = fapiHeaders();
  const response = await callResource(
    client,
    tokens,
    resourceUrl(client, context.deployment),
    headers,
    'GET',
    undefined,
    dpop,
  );
  const text = await response.text();
  expect(
    response.status === 200,
    `GET accounts answered ${response.status}: ${text.slice(0, 300)}`,
  );
  expect(
    response.headers.get('date') !== null,
    'no Date header (CheckForDateHeaderInResourceResponse)',
  );
  expect(
    response.headers.get('x-fapi-interaction-id') === headers.get('x-fapi-interaction-id'),
    'x-fapi-interaction-id is not echoed',
  );
  const accounts = (JSON.parse(text) as { Data?: { Account?: unknown[] } }).Data?.Account;
  expect(Array.isArray(accounts) && accounts.length > 0, 'no account shared');
}

/** The code exchange of the first client (openid-client reads the whole authorization response). */
export async function exchangeFirst(
  context: CheckContext,
  run: VariantRun,
  authorized: Authorized,
): Promise<Tokens | undefined> {
  const binding = run.variant.senderConstrain === 'dpop' ? 'DPoP' : 'certificate';
  return context.report.run(
    run.slug,
    `code exchange: ${binding}-bound tokens, refresh token, ${run.variant.openid === 'openid_connect' ? 'id token verified' : 'no id token'}`,
    HAPPY_FLOW,
    async () => {
      const tokens = await exchangeCode(authorized.client, authorized.callback, authorized.pushed);
      verifyTokens(run, authorized, tokens);
      return tokens;
    },
  );
}

/**
 * The happy flow's second client: its own intent (UK: with expiry and transaction period), a code
 * bound by dpop_jkt alone, the redirect URI with a query, its accounts; then the first client's
 * DPoP key or certificate with the second client's token is refused
 * (switchToClient1AndTryClient2AccessToken).
 */
export async function checkSecondClient(context: CheckContext, run: VariantRun): Promise<void> {
  const { report } = context;
  const second = await report.run(
    run.slug,
    'second client: dpop_jkt or certificate binding, redirect URI with a query, approve, exchange, accounts',
    HAPPY_FLOW,
    async () => {
      const authorized = await authorize(context, run, 1);
      // openid-client strips the redirect URI's query; the suite sends it whole.
      const tokens = await codeGrant(authorized.client, authorized.code, {
        code_verifier: authorized.pushed.verifier,
      });
      verifyTokens(run, authorized, tokens);
      await readAccounts(context, authorized.client, tokens);
      return tokens;
    },
  );
  const name = `first client's ${run.variant.senderConstrain === 'dpop' ? 'DPoP key' : 'certificate'} with the second client's token: refused`;
  if (!second) return report.notRun(run.slug, name, HAPPY_FLOW, "the second client's flow failed");
  const [first, secondClient] = run.clients;
  await report.check(run.slug, name, HAPPY_FLOW, async () => {
    // The first client's connection (its certificate) and its DPoP key, the second client's token.
    const response = await callResource(
      first,
      second,
      resourceUrl(secondClient, context.deployment),
      fapiHeaders(),
      'GET',
      undefined,
      first.dpop,
    );
    expect(
      response.status >= 400 && response.status < 500,
      `answered ${response.status}, expected a 4xx (RFC 8705 section 3, RFC 9449 section 7)`,
    );
  });
}
