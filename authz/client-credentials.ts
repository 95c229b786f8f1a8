import type { X509Certificate } from 'node:crypto';
import { errors, type KoaContextWithOIDC, type Provider } from 'oidc-provider';
// oidc-provider ships no typings for its internals; see oidc-provider-internals.d.ts.
import * as grantHelpers from 'oidc-provider/lib/helpers/grants.js';
import {
  handler as clientCredentialsHandler,
  parameters,
} from 'oidc-provider/lib/actions/grants/client_credentials.js';
import { API_SCOPES } from './configuration.ts';

/**
 * UK Open Banking creates intents with a client-credentials token bound to the transport
 * certificate, also for a TPP registered with `dpop_bound_access_tokens` (which oidc-provider
 * enforces on every grant). This re-registers oidc-provider's own client_credentials grant with two
 * helpers changed: a request without a DPoP proof is not refused but gets a token bound to the
 * transport certificate, so it is never unbound; with a proof it is bound to the DPoP key. Code
 * exchange and refresh keep oidc-provider's rule: a DPoP client must send a proof. And a scope that
 * is not an API scope is `invalid_scope` (RFC 6749 section 5.2): oidc-provider checks only the
 * scopes it knows and would issue a token without any scope for one it does not.
 */
export function registerUkClientCredentials(
  provider: Provider,
  getCertificate: (ctx: KoaContextWithOIDC) => X509Certificate | undefined,
): void {
  assertSeams({ helpers: grantHelpers, handler: clientCredentialsHandler, parameters });
  const helpers: Record<string, unknown> = Object.fromEntries(
    Object.entries(grantHelpers).map(([name, helper]) => [
      name,
      (helper as (...args: unknown[]) => unknown).bind(undefined, provider),
    ]),
  );
  const checkMtlsCert = helpers.checkMtlsCert as (
    ctx: KoaContextWithOIDC,
  ) => X509Certificate | undefined;
  helpers.checkMtlsCert = (ctx: KoaContextWithOIDC) => {
    const registered = checkMtlsCert(ctx);
    if (registered || ctx.get('dpop')) return registered;
    const certificate = getCertificate(ctx);
    if (!certificate) throw new errors.InvalidGrant('mutual TLS client certificate not provided');
    return certificate;
  };
  helpers.checkDpopRequired = () => undefined;
  const validateClientScope = helpers.validateClientScope as (
    ctx: KoaContextWithOIDC,
  ) => Set<string>;
  helpers.validateClientScope = (ctx: KoaContextWithOIDC) => {
    const scopes = validateClientScope(ctx);
    const unknown = [...scopes].find((scope) => !(API_SCOPES as readonly string[]).includes(scope));
    if (unknown !== undefined)
      throw new errors.InvalidScope('requested scope is not an API scope', unknown);
    return scopes;
  };
  provider.registerGrantType(
    'client_credentials',
    clientCredentialsHandler.bind(undefined, provider, helpers),
    new Set([...parameters, 'authorization_details']),
  );
}

/**
 * The oidc-provider internals this grant is built from: the helpers it replaces, and the handler it
 * re-registers.
 */
const REPLACED_HELPERS = ['checkMtlsCert', 'checkDpopRequired', 'validateClientScope'] as const;

export interface ClientCredentialsSeams {
  helpers: Record<string, unknown>;
  handler: unknown;
  parameters: unknown;
}

/**
 * Stops the boot when oidc-provider's internals no longer look as this module needs them (they
 * are not public API and changed between 9.11 and 9.13): a renamed helper would otherwise be
 * replaced in vain, and a DPoP client's certificate-bound intent token silently refused.
 */
export function assertSeams(seams: ClientCredentialsSeams): void {
  const missing = [
    ...REPLACED_HELPERS.filter((name) => typeof seams.helpers[name] !== 'function').map(
      (name) => `lib/helpers/grants.js ${name}()`,
    ),
    ...(typeof seams.handler === 'function'
      ? []
      : ['lib/actions/grants/client_credentials.js handler()']),
    ...(seams.parameters instanceof Set
      ? []
      : ['lib/actions/grants/client_credentials.js parameters']),
  ];
  if (missing.length > 0) {
    throw new Error(
      `the installed oidc-provider lacks what the UK client-credentials grant builds on (${missing.join(', ')}); install the version package.json pins`,
    );
  }
}
