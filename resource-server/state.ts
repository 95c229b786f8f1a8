import type { X509Certificate } from 'node:crypto';
import type { Middleware, ParameterizedContext } from 'koa';
import type { AccessTokenInfo, TokenConsent } from '../authz/index.ts';
import type { AuthScheme } from './errors.ts';
import type { ObRequest } from './validation/request-body.ts';

/** What the guard proves about a request, for the middlewares and handlers after it. */
export interface ResourceState {
  /** Set by the host app (platform/http/interaction-id.ts). */
  interactionId: string;
  /**
   * The verified TLS client certificate the request came with; a DPoP call may come without one
   * (check-client-certificate).
   */
  clientCertificate?: X509Certificate;
  /** The Authorization header as sent (check-token). */
  credentials?: { scheme: AuthScheme; token: string };
  /** The active access token, its sender binding proven (check-token, check-binding). */
  token?: AccessTokenInfo;
  /**
   * The token's consent, once check-consent-status found it this client's, of this API, usable now.
   */
  consent?: TokenConsent;
  /** The body held to its operation's OB schema (validation/request-body.ts obBody). */
  body?: ObRequest<unknown>;
  /** The request's valid `x-idempotency-key` (consents/idempotency-key.ts idempotencyKeyHeader). */
  idempotencyKey?: string;
  /** The OB `iss` of the TPP whose `x-jws-signature` over the body verified (signing.ts). */
  signedBy?: string;
}

export type ResourceContext = ParameterizedContext<ResourceState>;
export type ResourceMiddleware = Middleware<ResourceState>;

/** The guard's findings; throws if a route forgot to run the guard, which is a bug, not a 401. */
export function guarded(ctx: ResourceContext): {
  token: AccessTokenInfo;
  scheme: AuthScheme;
  clientCertificate: X509Certificate | undefined;
} {
  const { token, credentials, clientCertificate } = ctx.state;
  if (!token || !credentials) throw new Error('route handler reached without the guard');
  return { token, scheme: credentials.scheme, clientCertificate };
}

/**
 * The token's consent, once check-consent-status has found it authorised; throws otherwise (a bug).
 */
export function guardedConsent(ctx: ResourceContext): TokenConsent {
  const { consent } = ctx.state;
  if (!consent) throw new Error('consent used before check-consent-status');
  return consent;
}
