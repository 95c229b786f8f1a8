import type Router from '@koa/router';
import type { Knex } from 'knex';
import type { Logger } from 'pino';
import type { KeyProvider } from '../certs/index.ts';
import type { ApiPlans, UsageCounter } from '../metering/index.ts';
import type { ApiRequirement } from './guard/index.ts';
import type { PaymentLimits, PaymentScreening } from '../openbanking/index.ts';
import type { ResourceContext, ResourceMiddleware, ResourceState } from './state.ts';

/** Where the OB v3.1 APIs live on the TPP host. */
export const API_PREFIX = '/open-banking/v3.1';

/** What every group of endpoints is given: the database, the keys, and the guard to put first. */
export interface ApiDeps {
  knex: Knex;
  logger: Logger;
  keys: KeyProvider;
  /** The TPP host's public URL: `Links.Self` and DPoP `htu` are built on it. */
  tppBaseUrl: string;
  /** The OAuth issuer (OB message signing's `iss` of the bank, the `aud` of client assertions). */
  issuer: string;
  /**
   * Event subscription callback hosts allowed to be private or loopback (the sandbox allow-list).
   */
  privateCallbackHosts: readonly string[];
  /** The plans TPPs are on (the usage API shows a TPP its own). */
  apiPlans: ApiPlans;
  /**
   * This instance's resource API requests not yet written to metering.usage (the usage API writes
   * them first).
   */
  usage: UsageCounter;
  /** AES-256-GCM data key: opens a card number for a consent with ReadPAN (cards/pan.ts). */
  dataEncryptionKey: Buffer;
  /**
   * Per-payment, per-day and velocity limits of customer accounts (openbanking/payment-limits.ts).
   */
  paymentLimits: PaymentLimits;
  /** The bank's screening of each payment before money moves (openbanking/screening.ts). */
  screening: PaymentScreening;
  /** The guard pipeline for an endpoint with this requirement (resource-server/guard). */
  guard(requirement: ApiRequirement): ResourceMiddleware[];
}

export type ApiRouter = Router<ResourceState>;

/** One group of endpoints (a folder of resource-server/), mounting its routes under API_PREFIX. */
export type RouteGroup = (router: ApiRouter, deps: ApiDeps) => void;

/** The public URL of the resource a request names: OB `Links.Self`. */
export function selfLink(deps: Pick<ApiDeps, 'tppBaseUrl'>, path: string): string {
  // A full path (the request's own, under whichever version's prefix) stays as it is.
  return `${deps.tppBaseUrl}${path.startsWith('/open-banking/') ? path : `${API_PREFIX}${path}`}`;
}

/**
 * OB responses are JSON the TPP must not cache (they carry consent and account data). A string
 * body is JSON text already (an idempotent response as first sent); Koa would call it text/plain.
 */
export function respond(ctx: ResourceContext, status: number, body: unknown): void {
  ctx.status = status;
  ctx.set('cache-control', 'no-store');
  ctx.body = body;
  if (typeof body === 'string') ctx.type = 'application/json; charset=utf-8';
}
