import { randomUUID } from 'node:crypto';
import { base64url, calculateJwkThumbprint, exportJWK, SignJWT, type JWTPayload } from 'jose';
import * as oauth from 'openid-client';
import { accountsApiBase, accountsUrl, type Deployment } from '../deployment.ts';
import { clientScope } from '../plan-config.ts';
import type { VariantClient } from './variant-client.ts';

/**
 * The suite's authorization request for a variant (AbstractFAPI2SPFinalServerTestModule,
 * CreateAuthorizationRequestSteps), pushed with openid-client: response_type code, the client's
 * redirect URI and scope, state, a nonce with openid, PKCE S256, `response_mode=jwt` for JARM, the
 * UK intent and acr claims, RAR `authorization_details`; a signed request object (nbf, exp, aud,
 * iss, client_id) in the Message Signing variants. Every member can be changed for a refusal test.
 */

export const ACR_SCA = 'urn:openbanking:psd2:sca';
export const ACR_CA = 'urn:openbanking:psd2:ca';
/** The suite's request objects live 5 minutes (AddExpToRequestObject); FAPI allows up to 60. */
const REQUEST_OBJECT_SECONDS = 300;

export interface AuthorizationAsk {
  /** The UK profile's intent, named in `claims.id_token.openbanking_intent_id`. */
  readonly intentId?: string;
  readonly authorizationDetails?: readonly Record<string, unknown>[];
  /**
   * Bind the code to the client's DPoP key with `dpop_jkt` only (the happy flow's second client).
   */
  readonly dpopJkt?: string;
  /** Also send a DPoP proof to the PAR endpoint. */
  readonly dpopProofAtPar?: boolean;
  /** Changes to the request parameters; `undefined` removes one. */
  readonly parameters?: Record<string, string | undefined>;
  /** Changes to the signed request object (signed variants only). */
  readonly requestObject?: RequestObjectChanges;
}

export interface RequestObjectChanges {
  /** Claim changes; `undefined` removes one. */
  readonly claims?: Record<string, unknown>;
  /** Sign with this key instead of the client's (another client's, an RS256 key...). */
  readonly key?: { key: CryptoKey; alg: string; kid?: string };
  /** Send `alg: none`, unsigned. */
  readonly unsigned?: boolean;
  /** Break the signature after signing. */
  readonly corruptSignature?: boolean;
}

export interface PushedAuthorization {
  readonly url: URL;
  readonly verifier: string;
  readonly state: string;
  readonly nonce: string | undefined;
}

function withChanges<T>(
  base: Record<string, T>,
  changes: Record<string, T | undefined> | undefined,
): Record<string, T> {
  const result = { ...base };
  for (const [name, value] of Object.entries(changes ?? {})) {
    if (value === undefined) delete result[name];
    else result[name] = value;
  }
  return result;
}

/** The request parameters, before they are pushed (as form fields or in a request object). */
async function requestParameters(
  client: VariantClient,
  ask: AuthorizationAsk,
  verifier: string,
  state: string,
  nonce: string | undefined,
) {
  const { variant } = client;
  const claims =
    ask.intentId === undefined
      ? undefined
      : {
          id_token: {
            openbanking_intent_id: { value: ask.intentId, essential: true },
            acr: { essential: true, values: [ACR_SCA, ACR_CA] },
          },
        };
  const parameters: Record<string, string> = {
    response_type: 'code',
    redirect_uri: client.redirectUri,
    scope: clientScope(variant),
    state,
    ...(nonce !== undefined && { nonce }),
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(variant.responseMode === 'jarm' && { response_mode: 'jwt' }),
    ...(claims && { claims: JSON.stringify(claims) }),
    ...(ask.authorizationDetails && {
      authorization_details: JSON.stringify(ask.authorizationDetails),
    }),
    ...(ask.dpopJkt && { dpop_jkt: ask.dpopJkt }),
  };
  return withChanges(parameters, ask.parameters);
}

/**
 * A request object as the suite signs it (CreateAuthorizationRequestObjectSteps), with the changes
 * asked for.
 */
export async function requestObject(
  client: VariantClient,
  parameters: Record<string, string>,
  changes: RequestObjectChanges = {},
): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const { issuer } = client.config.serverMetadata();
  const structured = Object.fromEntries(
    Object.entries(parameters).map(([name, value]) => [
      name,
      name === 'claims' || name === 'authorization_details' ? JSON.parse(value) : value,
    ]),
  );
  const payload = withChanges<unknown>(
    {
      ...structured,
      client_id: client.registered.clientId,
      iss: client.registered.clientId,
      aud: issuer,
      nbf: now,
      exp: now + REQUEST_OBJECT_SECONDS,
    },
    changes.claims,
  ) as JWTPayload;
  if (changes.unsigned) {
    const part = (value: unknown) => base64url.encode(JSON.stringify(value));
    return `${part({ alg: 'none', typ: 'oauth-authz-req+jwt' })}.${part(payload)}.`;
  }
  const signer = changes.key ?? {
    key: client.registered.signingKey,
    alg: client.registered.signingJwk.alg!,
    kid: client.registered.signingJwk.kid,
  };
  const jwt = await new SignJWT(payload)
    .setProtectedHeader({
      alg: signer.alg,
      typ: 'oauth-authz-req+jwt',
      ...(signer.kid && { kid: signer.kid }),
    })
    .sign(signer.key);
  if (!changes.corruptSignature) return jwt;
  const [header, body, signature] = jwt.split('.') as [string, string, string];
  const flipped = `${signature[0] === 'A' ? 'B' : 'A'}${signature.slice(1)}`;
  return `${header}.${body}.${flipped}`;
}

/** PAR, as the variant does it; throws openid-client's ResponseBodyError when the bank refuses. */
export async function pushAuthorization(
  client: VariantClient,
  ask: AuthorizationAsk = {},
): Promise<PushedAuthorization> {
  const verifier = oauth.randomPKCECodeVerifier();
  const state = oauth.randomState();
  const nonce = client.variant.openid === 'openid_connect' ? oauth.randomNonce() : undefined;
  const parameters = await requestParameters(client, ask, verifier, state, nonce);
  const pushed =
    client.variant.requestMethod === 'signed_non_repudiation'
      ? { request: await requestObject(client, parameters, ask.requestObject) }
      : parameters;
  const url = await oauth.buildAuthorizationUrlWithPAR(
    client.config,
    pushed,
    ask.dpopProofAtPar && client.dpop ? { DPoP: client.dpop } : undefined,
  );
  return { url, verifier, state, nonce };
}

export type Tokens = oauth.TokenEndpointResponse & oauth.TokenEndpointResponseHelpers;

/**
 * The code exchange with openid-client: the authorization response checked (iss, state; a JARM
 * response's signature, issuer, audience and expiry), PKCE, the id token checked with OpenID
 * Connect (signature, iss, aud, exp, nonce), the DPoP key or certificate as the variant binds.
 */
export function exchangeCode(
  client: VariantClient,
  callback: URL,
  pushed: PushedAuthorization,
): Promise<Tokens> {
  const openid = pushed.nonce !== undefined;
  return oauth.authorizationCodeGrant(
    client.config,
    callback,
    {
      pkceCodeVerifier: pushed.verifier,
      expectedState: pushed.state,
      ...(openid && { expectedNonce: pushed.nonce }),
      idTokenExpected: openid,
    },
    undefined,
    client.dpop && { DPoP: client.dpop },
  );
}

/**
 * A token request for the code as given, without openid-client's reading of the callback: the
 * refusals (no or wrong verifier, another redirect URI or client), and the second client whose
 * redirect URI carries a query openid-client would strip.
 */
export function codeGrant(
  client: VariantClient,
  code: string,
  parameters: Record<string, string | undefined>,
  withDpop = true,
): Promise<Tokens> {
  const form = withChanges({ code, redirect_uri: client.redirectUri }, parameters);
  return oauth.genericGrantRequest(
    client.config,
    'authorization_code',
    form,
    withDpop && client.dpop ? { DPoP: client.dpop } : undefined,
  );
}

/** The JWK thumbprint of the client's DPoP key (RFC 9449 `dpop_jkt`). */
export async function dpopThumbprint(keys: CryptoKeyPair): Promise<string> {
  return calculateJwkThumbprint(await exportJWK(keys.publicKey));
}

/**
 * The FAPI headers the suite sends to resources (AddFAPIAuthDate...,
 * CreateRandomFAPIInteractionId).
 */
export function fapiHeaders(): Headers {
  return new Headers({
    accept: 'application/json',
    'x-fapi-auth-date': new Date().toUTCString(),
    'x-fapi-customer-ip-address': '198.51.100.119',
    'x-fapi-interaction-id': randomUUID(),
  });
}

/** The resource the suite reads with the tokens: the accounts list (both profiles). */
export function resourceUrl(client: VariantClient, deployment: Deployment): URL {
  return new URL(
    client.variant.profile === 'openbanking_uk'
      ? `${accountsApiBase(deployment)}accounts`
      : accountsUrl(deployment),
  );
}

/**
 * The resource call with openid-client (DPoP proof when the token is DPoP-bound); 401/403 come back
 * as responses.
 */
export async function callResource(
  client: VariantClient,
  token: Pick<Tokens, 'access_token' | 'token_type'>,
  url: URL,
  headers = fapiHeaders(),
  method = 'GET',
  body?: string,
  dpop = client.dpop,
): Promise<Response> {
  const dpopBound = token.token_type.toLowerCase() === 'dpop';
  if (body !== undefined) headers.set('content-type', 'application/json');
  try {
    return await oauth.fetchProtectedResource(
      client.config,
      token.access_token,
      url,
      method,
      body,
      headers,
      dpopBound && dpop ? { DPoP: dpop } : undefined,
    );
  } catch (error) {
    if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response;
    throw error;
  }
}

/**
 * The UK profile's intent, as OpenBankingUkPreAuthorizationSteps makes it: a client-credentials
 * token for `accounts` (over mTLS, no DPoP proof: a Bearer token bound to the certificate), then
 * POST account-access-consents with ReadAccountsBasic (the second client adds an expiry and a
 * transaction period). Returns the ConsentId.
 */
export async function createUkIntent(
  client: VariantClient,
  deployment: Deployment,
  second: boolean,
): Promise<string> {
  const token = await oauth.clientCredentialsGrant(client.config, { scope: 'accounts' });
  if (token.token_type.toLowerCase() !== 'bearer')
    throw new Error(
      `the client-credentials token is ${token.token_type}, the suite expects Bearer`,
    );
  const now = Date.now();
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const data = second
    ? {
        Permissions: ['ReadAccountsBasic'],
        ExpirationDateTime: iso(now + 2 * 3600_000),
        TransactionFromDateTime: iso(now - 30 * 86_400_000),
        TransactionToDateTime: iso(now),
      }
    : { Permissions: ['ReadAccountsBasic'] };
  const headers = fapiHeaders();
  const response = await callResource(
    client,
    token,
    new URL(`${accountsApiBase(deployment)}account-access-consents`),
    headers,
    'POST',
    JSON.stringify({ Data: data, Risk: {} }),
  );
  const text = await response.text();
  if (response.status !== 201)
    throw new Error(
      `POST account-access-consents answered ${response.status}: ${text.slice(0, 300)}`,
    );
  if (response.headers.get('x-fapi-interaction-id') !== headers.get('x-fapi-interaction-id'))
    throw new Error('the intent response does not echo x-fapi-interaction-id');
  const body = JSON.parse(text) as { Data?: { ConsentId?: string; Status?: string } };
  if (!body.Data?.ConsentId || body.Data.Status !== 'AwaitingAuthorisation')
    throw new Error(`unexpected intent: ${text.slice(0, 300)}`);
  return body.Data.ConsentId;
}
