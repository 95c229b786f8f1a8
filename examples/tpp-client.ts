/**
 * A TPP's side of the bank, built on openid-client (v6) the way a TPP developer would use it:
 * register with the software statement from the directory kit, get sender-constrained tokens, then
 * create, read and delete intents (OB v3.1 consents) on the resource server and pay, signing
 * payment messages (`x-jws-signature`) and checking the bank's signatures on its answers. Used by
 * examples/quickstart.ts and by the end-to-end tests, so the README's walkthrough is tested.
 */
import type { JWK, JWSHeaderParameters } from 'jose';
import * as oauth from 'openid-client';
import { Agent, fetch as undiciFetch, type Dispatcher } from 'undici';
import {
  bankSignatures,
  createBankClient,
  messageSigner,
  mtlsAgent,
  verifyBankSignature as verifySignature,
  type BankClient,
  type BankSignatures,
  type MessageSigner,
} from '../sdk/index.ts';

export { messageSigner, signMessage, OB_CRIT, OB_IAT, OB_ISS, OB_TAN } from '../sdk/index.ts';
export type { MessageSigner } from '../sdk/index.ts';

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

/**
 * openid-client's fetch through an undici dispatcher (the mTLS Agent, or one trusting the bank's CA
 * only).
 */
export function fetchVia(dispatcher: Dispatcher): oauth.CustomFetch {
  return ((url: string, options: oauth.CustomFetchOptions) =>
    undiciFetch(url, { ...(options as object), dispatcher } as Parameters<
      typeof undiciFetch
    >[1])) as unknown as oauth.CustomFetch;
}

/** The transport certificate's Agent (the SDK's `mtlsAgent`) for this identity. */
export function transportAgent(identity: TppIdentity): Agent {
  return mtlsAgent({
    certPem: identity.transportCertPem,
    keyPem: identity.transportKeyPem,
    caPem: identity.bankCaPem,
  });
}

/** Every request to the bank goes over mutual TLS with the transport certificate. */
export function mtlsFetch(identity: TppIdentity): oauth.CustomFetch {
  return fetchVia(transportAgent(identity));
}

function clientAuth(signer: MessageSigner, method: AuthMethod): oauth.ClientAuth {
  if (method === 'tls_client_auth') return oauth.TlsClientAuth();
  return oauth.PrivateKeyJwt({ key: signer.key, kid: signer.kid });
}

export interface RegisteredTpp {
  config: oauth.Configuration;
  clientId: string;
  binding: Binding;
  /**
   * Carries every request to the bank: the transport certificate's Agent (none by
   * `withoutCertificate`).
   */
  dispatcher: Dispatcher;
  /** A fresh DPoP key per client, as RFC 9449 expects (undefined for mTLS binding). */
  dpop: oauth.DPoPHandle | undefined;
  /** The key pair behind `dpop`, for a TPP that builds its own DPoP proofs. */
  dpopKeys: CryptoKeyPair | undefined;
  /**
   * Signs payment messages (`x-jws-signature`) with the kit's signing key (see `messageSigner`).
   */
  signer: MessageSigner;
  registrationAccessToken: string;
  registrationClientUri: string;
}

/** RFC 7591 registration over mutual TLS, carrying the directory's software statement. */
export async function registerTpp(
  issuer: string,
  identity: TppIdentity,
  options: RegisterOptions = {},
): Promise<RegisteredTpp> {
  const authMethod = options.authMethod ?? 'private_key_jwt';
  const binding = options.binding ?? 'dpop';
  const dispatcher = transportAgent(identity);
  const signer = await messageSigner(identity, issuer);
  const config = await oauth.dynamicClientRegistration(
    new URL(issuer),
    {
      software_statement: identity.ssa,
      token_endpoint_auth_method: authMethod,
      ...(authMethod === 'private_key_jwt' && {
        token_endpoint_auth_signing_alg: identity.signingKeyJwk.alg,
      }),
      dpop_bound_access_tokens: binding === 'dpop',
      use_mtls_endpoint_aliases: true,
      ...(options.redirectUris && { redirect_uris: options.redirectUris }),
      ...(options.scope && { scope: options.scope }),
      ...options.metadata,
    },
    clientAuth(signer, authMethod),
    { [oauth.customFetch]: fetchVia(dispatcher) },
  );
  return registeredClient(config, dispatcher, signer, binding);
}

/**
 * The TPP's side of a client the bank knows: its configuration (from registration, or from
 * discovery with the metadata saved at registration, RFC 7592 members included) calling the bank
 * over mutual TLS, and a fresh DPoP key when the tokens are DPoP-bound (a new session each time).
 */
export async function registeredClient(
  config: oauth.Configuration,
  dispatcher: Dispatcher,
  signer: MessageSigner,
  binding: Binding,
): Promise<RegisteredTpp> {
  const metadata = config.clientMetadata();
  // The client metadata keeps every registration response member; the RFC 7592 ones are ours to
  // keep.
  const registered = metadata as unknown as {
    registration_access_token: string;
    registration_client_uri: string;
  };
  config[oauth.customFetch] = fetchVia(dispatcher);
  const dpopKeys = binding === 'dpop' ? await oauth.randomDPoPKeyPair('ES256') : undefined;
  return {
    config,
    clientId: metadata.client_id,
    binding,
    dispatcher,
    dpop: dpopKeys && oauth.getDPoPHandle(config, dpopKeys),
    dpopKeys,
    signer,
    registrationAccessToken: registered.registration_access_token,
    registrationClientUri: registered.registration_client_uri,
  };
}

/**
 * The same client without its transport certificate, as a FAPI 2.0 `private_key_jwt` + DPoP client
 * runs: discovery, then the endpoints it advertises, trusting the bank's server certificate only.
 * (Registration itself needs the certificate: the directory's software statement is tied to it.)
 */
export async function withoutCertificate(
  tpp: RegisteredTpp,
  bankCaPem: string | string[],
): Promise<RegisteredTpp> {
  const dispatcher = new Agent({ connect: { ca: bankCaPem } });
  const { issuer } = tpp.config.serverMetadata();
  const metadata = { ...tpp.config.clientMetadata(), use_mtls_endpoint_aliases: false };
  const config = await oauth.discovery(
    new URL(issuer),
    tpp.clientId,
    metadata,
    clientAuth(tpp.signer, 'private_key_jwt'),
    { [oauth.customFetch]: fetchVia(dispatcher) },
  );
  return registeredClient(config, dispatcher, tpp.signer, 'dpop');
}

/**
 * A client-credentials token for creating intents. The UK profile binds it to the transport
 * certificate; `withDpop` binds it to the DPoP key as well.
 */
export function clientCredentials(tpp: RegisteredTpp, scope: string, withDpop = false) {
  return oauth.clientCredentialsGrant(
    tpp.config,
    { scope },
    withDpop && tpp.dpop ? { DPoP: tpp.dpop } : undefined,
  );
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

/** The bank serves its resource APIs on its TPP host, where its token endpoint is. */
export function resourceUrl(tpp: RegisteredTpp, path: string): URL {
  const token = tpp.config.serverMetadata().token_endpoint;
  if (!token) throw new Error('the bank advertises no token_endpoint');
  return new URL(path, token);
}

/**
 * The SDK's typed client (sdk/) of this TPP for one token: over the TPP's dispatcher, with a DPoP
 * proof per request when the token is DPoP-bound, and OB message signing (`sign`: the kit's
 * `x-jws-signature` on the operations that carry one; `verify`: the bank's checked on answers).
 */
export function bankClient(
  tpp: RegisteredTpp,
  token: AccessToken,
  options: {
    sign?: boolean;
    verify?: boolean;
    middleware?: Parameters<typeof createBankClient>[0]['middleware'];
  } = {},
): BankClient {
  return createBankClient({
    baseUrl: resourceUrl(tpp, '/').origin,
    dispatcher: tpp.dispatcher,
    token,
    dpopKeys: tpp.dpopKeys,
    ...(options.sign && { signer: tpp.signer }),
    ...(options.verify && { bank: bankOf(tpp) }),
    middleware: options.middleware,
  });
}

/**
 * Runs one SDK call and hands back the bank's answer as it came, body unread (the SDK reads it
 * into `data` or `error`; callers here read status, headers and the exact text themselves).
 */
async function answerOf(
  tpp: RegisteredTpp,
  token: AccessToken,
  sign: boolean,
  call: (client: BankClient) => Promise<unknown>,
): Promise<Response> {
  let answer: Response | undefined;
  await call(
    bankClient(tpp, token, {
      sign,
      middleware: [
        {
          onResponse: ({ response }) => {
            answer = response.clone();
          },
        },
      ],
    }),
  );
  return answer!;
}

/**
 * One resource API call of any method and path (the SDK's untyped `request`, for calls the
 * document does not describe, such as the refusals the tests send). A string body is sent as it
 * is (JSON text, e.g. the bytes a message signature covers); any other body is serialised as
 * JSON. Every answer comes back as the Response, also a 401/403 challenge.
 */
export function callApi(
  tpp: RegisteredTpp,
  token: AccessToken,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Response> {
  return answerOf(tpp, token, false, (client) =>
    (client.request as (method: string, path: string, init: object) => Promise<unknown>)(
      method.toLowerCase(),
      path,
      {
        headers: {
          accept: 'application/json',
          ...headers,
          ...(body !== undefined && { 'content-type': 'application/json' }),
        },
        ...(body !== undefined && {
          body,
          bodySerializer: (value: unknown) =>
            typeof value === 'string' ? value : JSON.stringify(value),
        }),
        parseAs: 'stream',
      },
    ),
  );
}

/**
 * POSTs an intent (the OB request object, `Data` and `Risk`). Payment intents carry an
 * `x-idempotency-key` (send the same key again to retry safely; a fresh one is made if none is
 * given) and the TPP's `x-jws-signature` (the SDK signs them).
 */
export function createIntent(
  tpp: RegisteredTpp,
  token: AccessToken,
  kind: IntentKind,
  request: unknown,
  idempotencyKey?: string,
): Promise<Response> {
  const key =
    kind === 'domestic-payment' ? (idempotencyKey ?? crypto.randomUUID()) : idempotencyKey;
  return answerOf(tpp, token, kind === 'domestic-payment', (client) =>
    client.POST(INTENT_PATHS[kind], {
      body: request as never,
      params: { header: (key ? { 'x-idempotency-key': key } : {}) as never },
      parseAs: 'stream',
    }),
  );
}

export function readIntent(
  tpp: RegisteredTpp,
  token: AccessToken,
  kind: IntentKind,
  consentId: string,
): Promise<Response> {
  return callApi(tpp, token, 'GET', `${INTENT_PATHS[kind]}/${encodeURIComponent(consentId)}`);
}

/** Account-access and funds-confirmation intents only: OB payment intents cannot be deleted. */
export function deleteIntent(
  tpp: RegisteredTpp,
  token: AccessToken,
  kind: Exclude<IntentKind, 'domestic-payment'>,
  consentId: string,
): Promise<Response> {
  return callApi(tpp, token, 'DELETE', `${INTENT_PATHS[kind]}/${encodeURIComponent(consentId)}`);
}

export const DOMESTIC_PAYMENTS_PATH = '/open-banking/v3.1/pisp/domestic-payments';

/**
 * OBWriteDomestic2: the consent's id with exactly the `Initiation` and `Risk` the customer
 * authorised.
 */
export interface DomesticPayment {
  Data: { ConsentId: string; Initiation: Record<string, unknown> };
  Risk: Record<string, unknown>;
}

/**
 * Submits the payment of an authorised payment consent, with that consent's authorization-code
 * token, an `x-idempotency-key` (the same key and body again replays the first answer and moves no
 * money; a fresh key is made if none is given) and the TPP's `x-jws-signature`.
 */
export function submitDomesticPayment(
  tpp: RegisteredTpp,
  token: AccessToken,
  payment: DomesticPayment,
  idempotencyKey: string = crypto.randomUUID(),
): Promise<Response> {
  return answerOf(tpp, token, true, (client) =>
    client.POST(DOMESTIC_PAYMENTS_PATH, {
      body: payment as never,
      params: { header: { 'x-idempotency-key': idempotencyKey } },
      parseAs: 'stream',
    }),
  );
}

/**
 * The bank's published signing keys (discovery `jwks_uri`), per bank configuration; jose caches and
 * refreshes them.
 */
const banks = new WeakMap<oauth.Configuration, BankSignatures>();

function bankOf(tpp: RegisteredTpp): BankSignatures {
  let bank = banks.get(tpp.config);
  if (!bank) {
    const { issuer, jwks_uri: jwksUri } = tpp.config.serverMetadata();
    if (!jwksUri) throw new Error('the bank publishes no jwks_uri');
    bank = bankSignatures(issuer, jwksUri, tpp.dispatcher);
    banks.set(tpp.config, bank);
  }
  return bank;
}

/**
 * Checks the bank's `x-jws-signature` on a response body (read the body as text: the signature
 * covers those exact bytes) with the SDK's check against the bank's published keys. Returns the
 * verified protected header; throws when the signature is missing or anything in it is off.
 */
export function verifyBankSignature(
  tpp: RegisteredTpp,
  signature: string | null,
  body: string,
): Promise<JWSHeaderParameters> {
  return verifySignature(bankOf(tpp), signature, body);
}

/** The UK profile's strong customer authentication, asked for as an essential `acr`. */
export const ACR_SCA = 'urn:openbanking:psd2:sca';

/** What the TPP keeps between sending the customer to the bank and the code exchange. */
export interface PushedAuthorization {
  /** The URL to send the customer's browser to: only `client_id` and `request_uri`. */
  url: URL;
  verifier: string;
  state: string;
  nonce: string;
  /** Whether `openid` was asked for, so an id token comes with the tokens. */
  openid: boolean;
}

/** What a FAPI 2.0 authorization request asks for, beyond PKCE, state and nonce. */
export interface AuthorizationAsk {
  /**
   * Space-separated; with `openid` an id token is issued (OpenID Connect), without it plain OAuth.
   */
  scope: string;
  redirectUri: string;
  /**
   * RFC 9396 details: UK intent references, or plain FAPI 2.0 `account_information` /
   * `payment_initiation`.
   */
  authorizationDetails?: Record<string, unknown>[];
  /** The OIDC claims request (the UK profile names the intent and asks for acr here). */
  claims?: Record<string, unknown>;
  /** Extra request-object members, e.g. `response_mode: 'jwt'` for JARM. */
  extra?: Record<string, string>;
}

/**
 * FAPI 2.0 authorization request: pushed (PAR, RFC 9126) as a request object signed with the kit's
 * key (JAR, RFC 9101), with PKCE S256; bound to the DPoP key when the TPP uses DPoP.
 */
export async function pushAuthorizationRequest(
  tpp: RegisteredTpp,
  ask: AuthorizationAsk,
): Promise<PushedAuthorization> {
  const verifier = oauth.randomPKCECodeVerifier();
  const state = oauth.randomState();
  const nonce = oauth.randomNonce();
  const openid = ask.scope.split(' ').includes('openid');
  const params: Record<string, string> = {
    response_type: 'code',
    redirect_uri: ask.redirectUri,
    scope: ask.scope,
    state,
    // A nonce belongs to the id token: plain OAuth requests carry none.
    ...(openid && { nonce }),
    code_challenge: await oauth.calculatePKCECodeChallenge(verifier),
    code_challenge_method: 'S256',
    ...(ask.authorizationDetails && {
      authorization_details: JSON.stringify(ask.authorizationDetails),
    }),
    ...(ask.claims && { claims: JSON.stringify(ask.claims) }),
    ...ask.extra,
  };
  const signed = await oauth.buildAuthorizationUrlWithJAR(tpp.config, params, {
    key: tpp.signer.key,
    kid: tpp.signer.kid,
  });
  const url = await oauth.buildAuthorizationUrlWithPAR(
    tpp.config,
    signed.searchParams,
    tpp.dpop && { DPoP: tpp.dpop },
  );
  return { url, verifier, state, nonce, openid };
}

/**
 * The UK profile's request for an intent: its id (essential) and strong customer authentication
 * in the claims request, with `openid` unless `plainOAuth` (then no id token is issued).
 */
export function pushAuthorization(
  tpp: RegisteredTpp,
  intentId: string,
  options: { scope: string; redirectUri: string; plainOAuth?: boolean },
): Promise<PushedAuthorization> {
  return pushAuthorizationRequest(tpp, {
    scope: options.plainOAuth ? options.scope : `openid ${options.scope}`,
    redirectUri: options.redirectUri,
    claims: {
      id_token: {
        openbanking_intent_id: { value: intentId, essential: true },
        acr: { essential: true, values: [ACR_SCA] },
      },
    },
  });
}

/**
 * The code exchange at the token endpoint for the authorization response the customer's browser
 * brought back: state, PKCE verifier and nonce from the pushed request, an id token expected with
 * `openid`, the tokens bound to the DPoP key when the TPP uses DPoP (to its certificate otherwise).
 */
export function exchangeCode(
  tpp: RegisteredTpp,
  callback: URL,
  pushed: PushedAuthorization,
): Promise<oauth.TokenEndpointResponse & oauth.TokenEndpointResponseHelpers> {
  return oauth.authorizationCodeGrant(
    tpp.config,
    callback,
    {
      pkceCodeVerifier: pushed.verifier,
      expectedState: pushed.state,
      ...(pushed.openid && { expectedNonce: pushed.nonce }),
      idTokenExpected: pushed.openid,
    },
    undefined,
    tpp.dpop && { DPoP: tpp.dpop },
  );
}
