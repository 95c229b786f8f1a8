import { randomUUID, type X509Certificate } from 'node:crypto';
import type { Knex } from 'knex';
import type { Configuration, JWKS, KoaContextWithOIDC } from 'oidc-provider';
import { clientCertificate, type ClientCertificateSource } from '../edge/index.ts';
import type { AuthorizationServerSecrets, AuthorizationServerSettings } from './settings.ts';
import { postgresAdapter } from './adapter.ts';
import { richAuthorizationRequests } from './authorization-details.ts';
import { CLAIMS_PARAM, validateClaimsParameter } from './claims-parameter.ts';
import type { DescribedConsents } from './described-consent.ts';
import { resourceIndicators, resourceServerIdentifier } from './resource-indicators.ts';
import { subjectMatches } from './registration/certificate-subject.ts';
import { AUTH_METHODS, SIGNING_ALGS } from './registration/client-policy.ts';
import { outboundFetchSettings, type OutboundFetchPolicy } from './registration/outbound-fetch.ts';
import { ROUTES, tppEndpoints } from './routes.ts';

export { ROUTES } from './routes.ts';

/** The OB API scopes, one per directory role (authz/registration/client-policy.ts). */
export const API_SCOPES = ['accounts', 'payments', 'fundsconfirmations'] as const;

/** Every scope this bank defines; a token request naming any other is refused (token-scope.ts). */
export const SCOPES = ['openid', 'offline_access', ...API_SCOPES] as const;

/** UK OB Security Profile: strong customer authentication, or authentication without SCA. */
export const ACR_SCA = 'urn:openbanking:psd2:sca';
export const ACR_CA = 'urn:openbanking:psd2:ca';

export const TTL_SECONDS = {
  /** Short-lived: a revoked consent is enforced on the next request anyway (resource guard). */
  AccessToken: 600,
  ClientCredentials: 600,
  /** RFC 9126 section 2.2 / FAPI 2.0 5.3.2.2.9: request_uri lifetime under 600 s. */
  PushedAuthorizationRequest: 60,
  /** FAPI 2.0 5.3.2.1: authorization codes live at most 60 s. */
  AuthorizationCode: 60,
  /** The customer's consent outlives a session; the consent's own expiry is enforced on use. */
  RefreshToken: 90 * 24 * 60 * 60,
  Grant: 90 * 24 * 60 * 60,
  Interaction: 10 * 60,
  Session: 15 * 60,
  IdToken: 600,
} as const;

export interface ConfigurationDeps {
  config: AuthorizationServerSettings;
  knex: Knex;
  secrets: AuthorizationServerSecrets;
  certificates: ClientCertificateSource;
  jwks: JWKS;
  findAccount: Configuration['findAccount'];
  extraTokenClaims: Configuration['extraTokenClaims'];
  interactionUrl: (ctx: KoaContextWithOIDC, interaction: { uid: string }) => string;
  interactionPolicy: NonNullable<Configuration['interactions']>['policy'];
  /**
   * Validation and storage of plain FAPI 2.0 consents (the resource server's, wired by platform/).
   */
  describedConsents: DescribedConsents;
  /** The bank's error page for the browser host (never JSON to a customer). */
  renderError: Configuration['renderError'];
  /** Where registration metadata may make the server fetch from (SSRF rules). */
  outboundFetch: OutboundFetchPolicy;
}

function peerCertificate(
  ctx: KoaContextWithOIDC,
  source: ClientCertificateSource,
): X509Certificate | undefined {
  return clientCertificate(ctx.req, source);
}

/**
 * oidc-provider 9 for the FAPI 2.0 Security Profile (with Message Signing where a client asks for
 * it) and the UK Open Banking profile. Each setting names the clause that asks for it; the ones
 * oidc-provider's FAPI mode does not force are the ones most often wrong (DESIGN.md section 6).
 */
export function providerConfiguration(deps: ConfigurationDeps): Configuration {
  const { config, certificates } = deps;
  const tppHost = config.tppBaseUrl;
  const fapiAlgs = [...SIGNING_ALGS];
  return {
    adapter: postgresAdapter(deps.knex),
    jwks: deps.jwks,
    findAccount: deps.findAccount,
    extraTokenClaims: deps.extraTokenClaims,
    renderError: deps.renderError,
    // Fetches a registration asks for (JWKS, sector identifier): public https hosts only, bounded.
    ...outboundFetchSettings(deps.outboundFetch),
    routes: { ...ROUTES },
    scopes: [...SCOPES],
    // UK profile: the id token names the intent and carries acr. A RAR request has no claims
    // request asking for them, so they come with openid (authz/accounts.ts gives the intent only
    // in id tokens).
    claims: { openid: ['sub', 'openbanking_intent_id', 'acr'], auth_time: null },
    acrValues: [ACR_SCA, ACR_CA],
    extraParams: { [CLAIMS_PARAM]: validateClaimsParameter },
    responseTypes: ['code'],
    subjectTypes: ['public'],
    clientAuthMethods: [...AUTH_METHODS],
    // FAPI 2.0 5.3.2.1: no refresh token rotation, and a reused old one must not revoke the grant.
    rotateRefreshToken: false,
    issueRefreshToken: async (_ctx, client) => client.grantTypeAllowed('refresh_token'),
    pkce: { required: () => true },
    // RFC 9207 iss is always sent by oidc-provider 9; the conformance suite checks the discovery
    // flag.
    allowOmittingSingleRegisteredRedirectUri: false,
    clientBasedCORS: () => false,
    conformIdTokenClaims: false,
    // FAPI 2.0 clock-skew guidance: accept request objects and client assertions up to 10 s ahead.
    clockTolerance: 10,
    ttl: { ...TTL_SECONDS },
    cookies: {
      keys: deps.secrets.cookieKeys,
      long: { secure: true, httpOnly: true, sameSite: 'lax' },
      short: { secure: true, httpOnly: true, sameSite: 'lax' },
    },
    interactions: { url: deps.interactionUrl, policy: deps.interactionPolicy },
    // Each intent is its own consent: never reuse a grant the session holds for the same client,
    // or a second intent would skip the customer's approval. Only the grant this interaction made.
    loadExistingGrant: async (ctx) => {
      const grantId = ctx.oidc.result?.consent?.grantId;
      return grantId ? ctx.oidc.provider.Grant.find(grantId) : undefined;
    },
    clientDefaults: {
      grant_types: ['authorization_code', 'refresh_token', 'client_credentials'],
      response_types: ['code'],
      token_endpoint_auth_method: 'private_key_jwt',
      id_token_signed_response_alg: 'PS256',
      authorization_signed_response_alg: 'PS256',
      introspection_signed_response_alg: 'PS256',
      tls_client_certificate_bound_access_tokens: true,
    },
    extraClientMetadata: {
      // Set by registration from the software statement (authz/registration/client-policy.ts).
      properties: ['software_id', 'org_id', 'software_roles', 'software_client_description'],
    },
    enabledJWA: {
      clientAuthSigningAlgValues: fapiAlgs,
      idTokenSigningAlgValues: fapiAlgs,
      requestObjectSigningAlgValues: fapiAlgs,
      authorizationSigningAlgValues: fapiAlgs,
      introspectionSigningAlgValues: fapiAlgs,
      userinfoSigningAlgValues: fapiAlgs,
      dPoPSigningAlgValues: fapiAlgs,
    },
    discovery: {
      // RFC 8705 section 5: the same URLs, which are also the endpoints themselves
      // (authz/discovery.ts).
      mtls_endpoint_aliases: tppEndpoints(tppHost),
    },
    features: {
      devInteractions: { enabled: false },
      fapi: { enabled: true, profile: '2.0' },
      // oidc-provider's FAPI 2.0 mode does not force PAR (DESIGN.md section 6).
      pushedAuthorizationRequests: {
        enabled: true,
        requirePushedAuthorizationRequests: true,
        allowUnregisteredRedirectUris: false,
      },
      requestObjects: { enabled: true, requireSignedRequestObject: false },
      // Read by the platform (authz/claims-parameter.ts): oidc-provider takes it only with openid,
      // and the UK profile's plain OAuth requests name the intent there too.
      claimsParameter: { enabled: false },
      richAuthorizationRequests: richAuthorizationRequests(deps.describedConsents),
      resourceIndicators: resourceIndicators({
        identifier: resourceServerIdentifier(tppHost),
        scopes: API_SCOPES,
        accessTokenTtlSeconds: TTL_SECONDS.AccessToken,
      }),
      clientCredentials: { enabled: true },
      dPoP: { enabled: true, allowReplay: false },
      mTLS: {
        enabled: true,
        certificateBoundAccessTokens: true,
        tlsClientAuth: true,
        selfSignedTlsClientAuth: false,
        getCertificate: (ctx) => peerCertificate(ctx, certificates),
        // Trusted means verified by the listener against the directory CA (or by a trusted proxy).
        certificateAuthorized: (ctx) => peerCertificate(ctx, certificates) !== undefined,
        certificateSubjectMatches: (ctx, property, expected) => {
          const certificate = peerCertificate(ctx, certificates);
          return (
            property === 'tls_client_auth_subject_dn' &&
            certificate !== undefined &&
            subjectMatches(certificate, expected)
          );
        },
      },
      // UUIDs rather than oidc-provider's nanoid: an id that starts with '-' (1 in 64 of those)
      // reads as an option to every command line a TPP or an operator passes it to.
      registration: {
        enabled: true,
        initialAccessToken: false,
        issueRegistrationAccessToken: true,
        idFactory: () => randomUUID(),
      },
      registrationManagement: { enabled: true, rotateRegistrationAccessToken: false },
      introspection: { enabled: true },
      revocation: { enabled: true },
      jwtIntrospection: { enabled: true },
      jwtResponseModes: { enabled: true },
      userinfo: { enabled: true },
      rpInitiatedLogout: { enabled: false },
      externalSigningSupport: { enabled: true, ack: 'experimental-01' },
    },
  } satisfies Configuration;
}
