import type { Knex } from 'knex';
import compose from 'koa-compose';
import type { Middleware } from 'koa';
import Provider, { type KoaContextWithOIDC } from 'oidc-provider';
import type { Logger } from 'pino';
import { toOidcJwks, type KeyProvider, type SandboxDirectory } from '../certs/index.ts';
import { countTokenIssued, noteRequest } from '../observability/index.ts';
import { clientCertificate, errorDocsUrl, type ClientCertificateSource } from '../edge/index.ts';
import type { AuthorizationServerSecrets, AuthorizationServerSettings } from './settings.ts';
import { accessTokenFinder, type FindAccessToken } from './access-tokens.ts';
import { accountFinder } from './accounts.ts';
import { registerUkClientCredentials } from './client-credentials.ts';
import { recordReplaysInOneRoundTrip } from './replay-detection.ts';
import { limitTppEndpoints } from './rate-limits.ts';
import { providerConfiguration, ROUTES, SCOPES } from './configuration.ts';
import { renameFormClaims } from './claims-parameter.ts';
import type { DescribedConsents } from './described-consent.ts';
import { amendDiscovery } from './discovery.ts';
import { documentOAuthErrors } from './error-uri.ts';
import { hostRoutes } from './hosts.ts';
import { interactionPolicyWithIntentCheck } from './intent-check.ts';
import { findConsentIdOfGrant } from '../openbanking/index.ts';
import {
  authorizationErrorPage,
  brandedConsentUi,
  interactionRoutes,
} from './interactions/index.ts';
import { registrationRequest } from './registration/registration-request.ts';
import { refuseUnknownTokenScopes } from './token-scope.ts';

export interface AuthorizationServerOptions {
  config: AuthorizationServerSettings;
  knex: Knex;
  keys: KeyProvider;
  logger: Logger;
  secrets: AuthorizationServerSecrets;
  certificates: ClientCertificateSource;
  directory: SandboxDirectory;
  /** Plain FAPI 2.0 consents: validated and stored as the resource server does for intents. */
  describedConsents: DescribedConsents;
}

export interface AuthorizationServer {
  provider: Provider;
  /** Mounted on the browser host: authorization endpoint, discovery, JWKS. */
  browser: Middleware;
  /** Mounted on the TPP host: PAR, token, introspection, revocation, registration, userinfo. */
  tpp: Middleware;
  findAccessToken: FindAccessToken;
  close(): Promise<void>;
}

/** Key provider labels of the authorization server's signing keys; the first signs by default. */
export const SIGNING_KEYS = [
  { label: 'authz-ps256', alg: 'PS256' },
  { label: 'authz-es256', alg: 'ES256' },
] as const;

export async function createAuthorizationServer(
  options: AuthorizationServerOptions,
): Promise<AuthorizationServer> {
  const { config, knex, logger } = options;
  const signingKeys = await Promise.all(
    SIGNING_KEYS.map((k) => options.keys.getOrCreate(k.label, k.alg)),
  );
  // TPP servers in the sandbox have server certificates from the sandbox directory's CA.
  const outboundFetch = {
    privateHostsAllowed: config.registrationFetchPrivateHosts,
    extraCaPems: [options.directory.caCertPem],
  };
  const ui = brandedConsentUi(config.bank, config.seedSandbox);
  const provider = new Provider(
    config.issuer,
    providerConfiguration({
      config,
      knex,
      secrets: options.secrets,
      certificates: options.certificates,
      jwks: toOidcJwks(signingKeys),
      findAccount: accountFinder(knex),
      extraTokenClaims: consentOfGrant(knex),
      interactionUrl: (_ctx, interaction) => `/interaction/${interaction.uid}`,
      interactionPolicy: interactionPolicyWithIntentCheck(knex),
      renderError: authorizationErrorPage(ui),
      describedConsents: options.describedConsents,
      outboundFetch,
    }),
  );
  // Koa's proxy handling stays off: the hosts are TLS endpoints, X-Forwarded-* is not believed.
  provider.proxy = false;
  registerUkClientCredentials(provider, (ctx) => clientCertificate(ctx.req, options.certificates));
  provider.use(amendDiscovery(config.issuer, config.tppBaseUrl));
  const errorDocs = errorDocsUrl(config.issuer);
  provider.use(documentOAuthErrors(errorDocs));
  recordReplaysInOneRoundTrip(provider, knex);
  logProviderErrors(provider, logger);
  observeProvider(provider);

  // oidc-provider is its own Koa app: it answers on the raw request and response.
  const callback = provider.callback();
  const providerMiddleware: Middleware = async (ctx) => {
    ctx.respond = false;
    await callback(ctx.req, ctx.res);
  };
  return {
    provider,
    browser: compose([
      interactionRoutes({
        provider,
        knex,
        logger,
        ui,
        secrets: options.secrets,
        config,
        describedConsents: options.describedConsents,
      }),
      hostRoutes('browser', providerMiddleware),
    ]),
    tpp: compose([
      documentOAuthErrors(errorDocs),
      limitTppEndpoints(knex, config.rateLimits),
      refuseUnknownTokenScopes(ROUTES.token, SCOPES),
      renameFormClaims(ROUTES.pushed_authorization_request),
      registrationRequest({
        provider,
        knex,
        logger,
        certificates: options.certificates,
        directory: { issuer: options.directory.issuer, jwks: options.directory.jwks() },
        path: ROUTES.registration,
        outboundFetch,
      }),
      hostRoutes('tpp', providerMiddleware),
    ]),
    findAccessToken: accessTokenFinder(knex),
    async close() {},
  };
}

/**
 * Tokens carry the OB intent they were issued for, so the resource server finds the consent from
 * the token alone. The consent records its grant when the customer approves it.
 */
function consentOfGrant(knex: Knex) {
  return async (_ctx: KoaContextWithOIDC, token: { grantId?: string; kind: string }) => {
    if (token.kind !== 'AccessToken' || !token.grantId) return undefined;
    const consentId = await findConsentIdOfGrant(knex, token.grantId);
    return consentId ? { consent_id: consentId } : undefined;
  };
}

/**
 * What the host's access log and metrics need from oidc-provider, which answers in a Koa context
 * of its own: the route template it matched and the authenticated client (with its organisation,
 * registered from the software statement); and each access token issued, by grant and binding.
 */
function observeProvider(provider: Provider): void {
  provider.use(async (ctx, next) => {
    try {
      await next();
    } finally {
      const client = ctx.oidc?.client as { clientId: string; org_id?: unknown } | undefined;
      const matched = (ctx as { _matchedRoute?: unknown })._matchedRoute;
      noteRequest(ctx.req, {
        route: typeof matched === 'string' ? matched : undefined,
        clientId: client?.clientId,
        orgId: typeof client?.org_id === 'string' ? client.org_id : undefined,
      });
    }
  });
  type IssuedToken = { gty?: string; jkt?: string; 'x5t#S256'?: string };
  const binding = (token: IssuedToken) =>
    token.jkt ? 'dpop' : token['x5t#S256'] ? 'mtls' : 'none';
  const on = (
    provider.on as (name: string, listener: (token: IssuedToken) => void) => Provider
  ).bind(provider);
  // oidc-provider says "saved" for an opaque token it stores, "issued" for a JWT it does not:
  // either is one issued.
  for (const event of ['saved', 'issued']) {
    // A refreshed token's gty is "authorization_code refresh_token": the grant that issued it is
    // the last.
    on(`access_token.${event}`, (token) =>
      countTokenIssued(token.gty?.split(' ').at(-1) ?? 'unknown', binding(token)),
    );
    on(`client_credentials.${event}`, (token) =>
      countTokenIssued('client_credentials', binding(token)),
    );
  }
}

/** oidc-provider reports refusals as events; they go to the log without any token or secret. */
function logProviderErrors(provider: Provider, logger: Logger): void {
  const events = [
    'authorization.error',
    'grant.error',
    'registration_create.error',
    'registration_update.error',
    'pushed_authorization_request.error',
    'introspection.error',
    'revocation.error',
    'server_error',
  ] as const;
  for (const event of events) {
    (provider.on as (name: string, listener: (...args: never[]) => void) => Provider)(
      event,
      (
        ctx: KoaContextWithOIDC,
        error: Error & { error_description?: string; error_detail?: string },
      ) => {
        const level = event === 'server_error' ? 'error' : 'info';
        // invalid_grant tells the client only "grant request is invalid"; the reason is for the
        // operator.
        logger[level](
          {
            event,
            error: error.message,
            description: error.error_description,
            detail: error.error_detail,
            clientId: ctx.oidc?.client?.clientId,
          },
          'oauth refusal',
        );
      },
    );
  }
}
