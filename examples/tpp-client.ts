/**
 * A TPP's side of the bank, built on openid-client (v6) the way a TPP developer would use it:
 * register with the software statement from the directory kit, get sender-constrained tokens,
 * then create, read and delete intents (OB v3.1 consents) on the resource server.
 * Used by examples/quickstart.ts and by the end-to-end tests, so the README's walkthrough is tested.
 */
import { importJWK, type JWK } from 'jose';
import * as oauth from 'openid-client';
import { Agent, fetch as undiciFetch } from 'undici';

export interface TppIdentity {
  /** Transport certificate and key from the directory kit (PEM). */
  transportCertPem: string;
  transportKeyPem: string;
  /** The TPP's private signing JWK from the kit (with `kid` and `alg`). */
  signingKeyJwk: JWK;
  /** The software statement assertion from the kit. */
  ssa: string;
  /** CA certificate(s) that issued the bank's server certificate. */
  bankCaPem: string | string[];
}

export type Binding = 'dpop' | 'mtls';
export type AuthMethod = 'private_key_jwt' | 'tls_client_auth';

export interface RegisterOptions {
  authMethod?: AuthMethod;
  binding?: Binding;
  redirectUris?: string[];
  scope?: string;
  /** Extra RFC 7591 metadata, e.g. `require_signed_request_object`. */
  metadata?: Record<string, unknown>;
}

/** Every request to the bank goes over mutual TLS with the transport certificate. */
export function mtlsFetch(identity: TppIdentity): oauth.CustomFetch {
  const dispatcher = new Agent({
    connect: { ca: identity.bankCaPem, cert: identity.transportCertPem, key: identity.transportKeyPem },
  });
  return ((url: string, options: oauth.CustomFetchOptions) =>
    undiciFetch(url, { ...(options as object), dispatcher } as Parameters<typeof undiciFetch>[1])) as unknown as oauth.CustomFetch;
}

async function clientAuth(identity: TppIdentity, method: AuthMethod): Promise<oauth.ClientAuth> {
  if (method === 'tls_client_auth') return oauth.TlsClientAuth();
  const key = (await importJWK(identity.signingKeyJwk, identity.signingKeyJwk.alg)) as CryptoKey;
  return oauth.PrivateKeyJwt({ key, kid: identity.signingKeyJwk.kid });
}

export interface RegisteredTpp {
  config: oauth.Configuration;
  clientId: string;
  binding: Binding;
  /** A fresh DPoP key per client, as RFC 9449 expects (undefined for mTLS binding). */
  dpop: oauth.DPoPHandle | undefined;
  /** The key pair behind `dpop`, for a TPP that builds its own DPoP proofs. */
  dpopKeys: CryptoKeyPair | undefined;
  registrationAccessToken: string;
  registrationClientUri: string;
}

/** RFC 7591 registration over mutual TLS, carrying the directory's software statement. */
export async function registerTpp(issuer: string, identity: TppIdentity, options: RegisterOptions = {}): Promise<RegisteredTpp> {
  const authMethod = options.authMethod ?? 'private_key_jwt';
  const binding = options.binding ?? 'dpop';
  const fetch = mtlsFetch(identity);
  const config = await oauth.dynamicClientRegistration(
    new URL(issuer),
    {
      software_statement: identity.ssa,
      token_endpoint_auth_method: authMethod,
      ...(authMethod === 'private_key_jwt' && { token_endpoint_auth_signing_alg: identity.signingKeyJwk.alg }),
      dpop_bound_access_tokens: binding === 'dpop',
      use_mtls_endpoint_aliases: true,
      ...(options.redirectUris && { redirect_uris: options.redirectUris }),
      ...(options.scope && { scope: options.scope }),
      ...options.metadata,
    },
    await clientAuth(identity, authMethod),
    { [oauth.customFetch]: fetch },
  );
  const metadata = config.clientMetadata();
  // dynamicClientRegistration keeps every response member; the RFC 7592 ones are ours to keep.
  const registered = metadata as unknown as { registration_access_token: string; registration_client_uri: string };
  config[oauth.customFetch] = fetch;
  const dpopKeys = binding === 'dpop' ? await oauth.randomDPoPKeyPair('ES256') : undefined;
  return {
    config,
    clientId: metadata.client_id,
    binding,
    dpop: dpopKeys && oauth.getDPoPHandle(config, dpopKeys),
    dpopKeys,
    registrationAccessToken: registered.registration_access_token,
    registrationClientUri: registered.registration_client_uri,
  };
}

/**
 * A client-credentials token for creating intents. The UK profile binds it to the transport
 * certificate; `withDpop` binds it to the DPoP key as well.
 */
export function clientCredentials(tpp: RegisteredTpp, scope: string, withDpop = false) {
  return oauth.clientCredentialsGrant(tpp.config, { scope }, withDpop && tpp.dpop ? { DPoP: tpp.dpop } : undefined);
}

/** Where each kind of intent (OB v3.1 consent) lives on the bank's resource server. */
export const INTENT_PATHS = {
  'account-access': '/open-banking/v3.1/aisp/account-access-consents',
  'domestic-payment': '/open-banking/v3.1/pisp/domestic-payment-consents',
  'funds-confirmation': '/open-banking/v3.1/cbpii/funds-confirmation-consents',
} as const;
export type IntentKind = keyof typeof INTENT_PATHS;

/** The client-credentials scope each kind of intent is created with (and later authorised for). */
export const INTENT_SCOPES: Record<IntentKind, 'accounts' | 'payments' | 'fundsconfirmations'> = {
  'account-access': 'accounts',
  'domestic-payment': 'payments',
  'funds-confirmation': 'fundsconfirmations',
};

/** What an API call needs of a token response. */
export type AccessToken = Pick<oauth.TokenEndpointResponse, 'access_token' | 'token_type'>;

/** The bank serves its resource APIs on its mutual-TLS host, where its mTLS endpoint aliases are. */
export function resourceUrl(tpp: RegisteredTpp, path: string): URL {
  const token = tpp.config.serverMetadata().mtls_endpoint_aliases?.token_endpoint;
  if (!token) throw new Error('the bank advertises no mtls_endpoint_aliases');
  return new URL(path, token);
}

/**
 * One resource API call over mutual TLS, with a DPoP proof when the token is DPoP-bound. Every
 * answer comes back as the Response, also a 401/403 challenge (which openid-client raises).
 */
export async function callApi(tpp: RegisteredTpp, token: AccessToken, method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> {
  const dpop = token.token_type.toLowerCase() === 'dpop' ? tpp.dpop : undefined;
  const requestHeaders = new Headers({ accept: 'application/json', ...headers });
  if (body !== undefined) requestHeaders.set('content-type', 'application/json');
  try {
    return await oauth.fetchProtectedResource(
      tpp.config, token.access_token, resourceUrl(tpp, path), method,
      body === undefined ? undefined : JSON.stringify(body), requestHeaders, dpop && { DPoP: dpop },
    );
  } catch (error) {
    if (error instanceof oauth.WWWAuthenticateChallengeError) return error.response;
    throw error;
  }
}

/**
 * POSTs an intent (the OB request object, `Data` and `Risk`). Payment intents carry an
 * `x-idempotency-key`: send the same key again to retry safely; a fresh one is made if none is given.
 */
export function createIntent(tpp: RegisteredTpp, token: AccessToken, kind: IntentKind, request: unknown, idempotencyKey?: string): Promise<Response> {
  const key = idempotencyKey ?? (kind === 'domestic-payment' ? crypto.randomUUID() : undefined);
  return callApi(tpp, token, 'POST', INTENT_PATHS[kind], request, key ? { 'x-idempotency-key': key } : {});
}

export function readIntent(tpp: RegisteredTpp, token: AccessToken, kind: IntentKind, consentId: string): Promise<Response> {
  return callApi(tpp, token, 'GET', `${INTENT_PATHS[kind]}/${encodeURIComponent(consentId)}`);
}

/** Account-access and funds-confirmation intents only: OB payment intents cannot be deleted. */
export function deleteIntent(tpp: RegisteredTpp, token: AccessToken, kind: Exclude<IntentKind, 'domestic-payment'>, consentId: string): Promise<Response> {
  return callApi(tpp, token, 'DELETE', `${INTENT_PATHS[kind]}/${encodeURIComponent(consentId)}`);
}
