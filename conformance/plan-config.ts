import { browserOverrides, browserSteps } from './browser-steps.ts';
import type { RegisteredClient } from './clients.ts';
import { accountsApiBase, accountsUrl, type Deployment } from './deployment.ts';
import { presentsCertificate, type Variant } from './variants.ts';

/**
 * The conformance suite's test plan configuration for one variant: the JSON body of its
 * POST /api/plan (the fields the FAPI 2.0 server modules read: server.discoveryUrl, client and
 * client2, mtls and mtls2, resource, browser, override).
 */

/**
 * What the suite's redirect URIs look like: its callback under the test's alias, and for the
 * second client the same with a query (AddRedirectUriQuerySuffix: "must be registered").
 */
export function suiteCallbackUrl(suiteBaseUrl: string, alias: string): string {
  return `${suiteBaseUrl.replace(/\/$/, '')}/test/a/${encodeURIComponent(alias)}/callback`;
}

export const SECOND_CLIENT_REDIRECT_SUFFIX = '?dummy1=lorem&dummy2=ipsum';

/** Both clients register both: the suite uses the suffixed one for its second client. */
export function suiteRedirectUris(callbackUrl: string): string[] {
  return [callbackUrl, `${callbackUrl}${SECOND_CLIENT_REDIRECT_SUFFIX}`];
}

/** What a plain FAPI RAR variant asks for: access to the accounts list the suite then reads. */
export const ACCOUNT_INFORMATION_DETAILS = [
  { type: 'account_information', permissions: ['ReadAccountsDetail', 'ReadBalances'] },
];

/** The scope the suite asks for: the accounts API, and `openid` in the OpenID Connect variants. */
export function clientScope(variant: Variant): string {
  return variant.openid === 'openid_connect' ? 'openid accounts' : 'accounts';
}

export interface PlanConfigInput {
  readonly variant: Variant;
  readonly alias: string;
  readonly callbackUrl: string;
  readonly clients: readonly [RegisteredClient, RegisteredClient];
  readonly deployment: Deployment;
  readonly description: string;
}

function suiteClient(variant: Variant, client: RegisteredClient) {
  return {
    client_id: client.clientId,
    scope: clientScope(variant),
    jwks: { keys: [client.signingJwk] },
  };
}

function suiteMtls(client: RegisteredClient, deployment: Deployment) {
  return {
    cert: client.transport.certPem,
    key: client.transport.keyPem,
    ca: deployment.directoryCaPem,
  };
}

/**
 * The UK profile appends `account-access-consents` and `accounts` to the base; plain FAPI calls the
 * accounts URL.
 */
function resource(variant: Variant, deployment: Deployment): Record<string, unknown> {
  if (variant.profile === 'openbanking_uk') {
    const base = accountsApiBase(deployment);
    return {
      resourceUrl: base,
      resourceUrlAccountRequests: base,
      resourceUrlAccountsResource: base,
    };
  }
  return {
    resourceUrl: accountsUrl(deployment),
    resourceMethod: 'GET',
    ...(variant.authorizationRequestType === 'rar' && {
      richAuthorizationRequest: ACCOUNT_INFORMATION_DETAILS,
    }),
  };
}

export function planConfig(input: PlanConfigInput): Record<string, unknown> {
  const { variant, deployment, clients } = input;
  // The suite reads mtls/mtls2 only in variants that present a certificate somewhere.
  const withCertificates =
    presentsCertificate(variant, 'token') || presentsCertificate(variant, 'resource');
  return {
    alias: input.alias,
    description: input.description,
    server: { discoveryUrl: `${deployment.issuer}/.well-known/openid-configuration` },
    client: suiteClient(variant, clients[0]),
    client2: suiteClient(variant, clients[1]),
    ...(withCertificates && {
      mtls: suiteMtls(clients[0], deployment),
      mtls2: suiteMtls(clients[1], deployment),
    }),
    resource: resource(variant, deployment),
    browser: browserSteps(deployment.issuer, input.callbackUrl),
    override: browserOverrides(deployment.issuer, input.callbackUrl),
  };
}
