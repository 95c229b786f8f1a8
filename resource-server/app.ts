import Router, { type RouterContext } from '@koa/router';
import type { Knex } from 'knex';
import type { Middleware } from 'koa';
import compose from 'koa-compose';
import type { Logger } from 'pino';
import type { FindAccessToken } from '../authz/index.ts';
import { batchedFirstUse } from '../authz/index.ts';
import type { KeyProvider } from '../certs/index.ts';
import type { ApiPlans, UsageCounter } from '../metering/index.ts';
import {
  ACCEPT_EVERY_PAYMENT,
  type PaymentLimits,
  type PaymentScreening,
} from '../openbanking/index.ts';
import { errorDocsUrl, type ClientCertificateSource } from '../edge/index.ts';
import { accountInformation } from './accounts/index.ts';
import { mountedRoutes, type ApiRoute } from './api-description.ts';
import { API_PREFIX, type ApiDeps, type RouteGroup } from './api.ts';
import {
  accountAccessConsents,
  domesticPaymentConsents,
  domesticScheduledPaymentConsents,
  domesticStandingOrderConsents,
  fundsConfirmationConsents,
} from './consents/index.ts';
import { errorHandler } from './error-handler.ts';
import { eventPolling, eventSubscriptions } from './events/index.ts';
import { fundsConfirmations } from './funds-confirmation/index.ts';
import { EndpointNotFound, MethodNotAllowed } from './errors.ts';
import { guard, type ApiRateLimits } from './guard/index.ts';
import { domesticPayments, paymentOrders } from './payments/index.ts';
import { USAGE_PATH, usageRoutes } from './usage/routes.ts';
import { domesticVrps, vrpConsents } from './vrp/index.ts';
import type { ResourceState } from './state.ts';
import { mountMapped, V4_OPERATIONS, V4_PREFIX } from './v4/index.ts';

export interface ResourceServerDeps {
  config: {
    issuer: string;
    tppBaseUrl: string;
    eventDelivery: { privateHostsAllowed: readonly string[] };
    rateLimits: ApiRateLimits;
    paymentLimits: PaymentLimits;
    apiPlans: ApiPlans;
  };
  knex: Knex;
  logger: Logger;
  keys: KeyProvider;
  /** The platform's data encryption key (platform/secrets.ts): card numbers at rest. */
  dataEncryptionKey: Buffer;
  certificates: ClientCertificateSource;
  findAccessToken: FindAccessToken;
  /**
   * Where the guard counts resource API requests (metering/usage-counter.ts); the platform writes
   * them out and stops it.
   */
  usage: UsageCounter;
  /** The bank's payment screening; absent: every payment is accepted. */
  screening?: PaymentScreening;
}

/** Every group of OB endpoints this server answers; each folder registers its own routes. */
const ROUTE_GROUPS: readonly RouteGroup[] = [
  accountAccessConsents,
  domesticPaymentConsents,
  domesticScheduledPaymentConsents,
  domesticStandingOrderConsents,
  fundsConfirmationConsents,
  domesticPayments,
  paymentOrders,
  accountInformation,
  fundsConfirmations,
  eventSubscriptions,
  eventPolling,
  vrpConsents,
  domesticVrps,
];

/**
 * The groups served on OB v4.0 too (resource-server/v4/): the same handlers and pipelines, each
 * route with its entry of V4_OPERATIONS mapping its bodies; a route without one stays v3.1 only.
 */
const V4_ROUTE_GROUPS: readonly RouteGroup[] = [
  accountAccessConsents,
  domesticPaymentConsents,
  domesticScheduledPaymentConsents,
  domesticStandingOrderConsents,
  fundsConfirmationConsents,
  domesticPayments,
  accountInformation,
  fundsConfirmations,
  vrpConsents,
  domesticVrps,
  paymentOrders,
  eventSubscriptions,
  eventPolling,
];

/** The server's middleware, and the routes it mounted (what the served API description lists). */
export type ResourceServer = Middleware & { routes: readonly ApiRoute[] };

/**
 * The OB v3.1 and v4.0 resource server, mounted on the TPP host before the authorization server:
 * it answers every path under /open-banking/ (in the OB error model, also for unknown paths and
 * methods) and a TPP's own usage (/usage, metering/), and passes anything else on.
 */
export function createResourceServer(deps: ResourceServerDeps): ResourceServer {
  const guardDeps = {
    certificates: deps.certificates,
    findAccessToken: deps.findAccessToken,
    // DPoP proof jtis of concurrent requests share one INSERT (authz/first-use-batches.ts).
    recordFirstUse: batchedFirstUse(deps.knex),
    tppBaseUrl: deps.config.tppBaseUrl,
    charging: {
      rateLimits: deps.config.rateLimits,
      plans: deps.config.apiPlans,
      usage: deps.usage,
    },
  };
  const api: ApiDeps = {
    knex: deps.knex,
    logger: deps.logger,
    keys: deps.keys,
    tppBaseUrl: deps.config.tppBaseUrl,
    issuer: deps.config.issuer,
    privateCallbackHosts: deps.config.eventDelivery.privateHostsAllowed,
    paymentLimits: deps.config.paymentLimits,
    screening: deps.screening ?? ACCEPT_EVERY_PAYMENT,
    dataEncryptionKey: deps.dataEncryptionKey,
    apiPlans: deps.config.apiPlans,
    usage: deps.usage,
    guard: (requirement) => guard(guardDeps, requirement),
  };
  const router = new Router<ResourceState>({ prefix: API_PREFIX, sensitive: true, strict: true });
  for (const group of ROUTE_GROUPS) group(router, api);
  const v4Router = new Router<ResourceState>({ prefix: V4_PREFIX, sensitive: true, strict: true });
  mountMapped(v4Router, V4_OPERATIONS, (mapped) => {
    for (const group of V4_ROUTE_GROUPS) group(mapped, api);
  });
  const handle = compose([
    errorHandler({ logger: deps.logger, errorDocs: errorDocsUrl(deps.config.issuer) }),
    router.routes(),
    v4Router.routes(),
    usageRoutes(api).routes(),
    unmatched(),
  ] as Middleware[]);
  const middleware: Middleware = async (ctx, next) => {
    if (
      ctx.path !== '/open-banking' &&
      !ctx.path.startsWith('/open-banking/') &&
      ctx.path !== USAGE_PATH
    )
      return next();
    return handle(ctx, async () => undefined);
  };
  return Object.assign(middleware, {
    routes: [...mountedRoutes(router), ...mountedRoutes(v4Router)],
  });
}

/**
 * Reached when no route answered: 405 with `Allow` when the path exists, otherwise 404. The router
 * leaves the layers whose path matched, whatever their methods, in `ctx.matched`.
 */
function unmatched(): Middleware {
  return async (ctx) => {
    if (ctx.body !== undefined || ctx.status !== 404) return;
    const allowed = new Set<string>();
    for (const layer of (ctx as RouterContext).matched ?? []) {
      for (const method of layer.methods) if (method !== 'HEAD') allowed.add(method);
    }
    if (allowed.size > 0) throw new MethodNotAllowed([...allowed].sort());
    throw new EndpointNotFound();
  };
}
