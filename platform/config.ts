import { existsSync } from 'node:fs';
import { isIP } from 'node:net';
import { resolve } from 'node:path';
import type { LogFormat } from './logging.ts';
import { API_PLAN_NAMES, isPlanName, type ApiPlan, type ApiPlanName, type ApiPlans } from '../metering/index.ts';
import type { PaymentLimits } from '../openbanking/index.ts';
import type { RateLimitPolicy } from '../ratelimit/index.ts';

/**
 * Every setting the platform reads, parsed once at boot from the environment. Each entry documents
 * itself; the README's configuration table mirrors this list. A bad value stops the boot with a
 * message naming the variable and what is wrong with it.
 */
export interface Config {
  /** Where the embedded database, dev PKI, software keystore and generated secrets live. */
  dataDir: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL runs under `dataDir/pg`. */
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  bindAddress: string;
  /** Browser host (issuer, authorization endpoint, consent pages); never asks for a client certificate. */
  browserPort: number;
  /** TPP host (PAR, token, registration, resource APIs); requests a client certificate. */
  tppPort: number;
  /** The OAuth issuer identifier: the browser host's public URL. */
  issuer: string;
  /** The TPP host's public URL, advertised as `mtls_endpoint_aliases` and used as the resource server's base. */
  tppBaseUrl: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /**
   * `json`: one JSON object per line, for log collectors. `pretty`: one readable line per entry
   * for a developer's terminal (the same fields, redacted the same way).
   */
  logFormat: LogFormat;
  pkcs11: { module: string; pin: string; slot: number; tokenLabel: string | undefined } | undefined;
  /** Operator-supplied TLS material; when absent the dev PKI under `dataDir/pki` is used. */
  tls: { certFile: string; keyFile: string; clientCaFile: string | undefined } | undefined;
  /**
   * Addresses of TLS-terminating proxies whose `clientCertHeader` is believed. A client certificate
   * header from any other address is ignored, so a TPP cannot claim someone else's certificate.
   */
  trustedProxies: string[];
  clientCertHeader: string;
  /** Seeds the sandbox bank (customers, accounts, history) on boot; idempotent. */
  seedSandbox: boolean;
  /** Who the customer pages speak for: name, `#rrggbb` brand colour, an SVG or PNG logo file. */
  bank: BankBranding;
  /**
   * `Strict-Transport-Security: max-age` (RFC 6797) on every answer of both hosts: browsers then
   * reach the hosts only over https for this long. 0 tells a browser to forget an earlier one.
   */
  hstsMaxAgeSeconds: number;
  /** Per listener: what reaps idle, slow and half-open connections, and how many may be open. */
  connections: ConnectionLimits;
  /**
   * Seeds, and accepts the fixed second factor of, the OpenID conformance suite's customer
   * (db/seeds CONFORMANCE_CUSTOMER): the suite's browser replays fixed steps and cannot compute a
   * TOTP code. Sandbox only: refused without `seedSandbox`, so never in production.
   */
  conformanceCustomer: boolean;
  /**
   * Milliseconds every request to the TPP host waits before it is handled (sandbox/latency.ts), so
   * a TPP can test its timeouts. Sandbox only: refused without `seedSandbox`. 0: none.
   */
  sandboxLatencyMs: number;
  /** Event notifications pushed to TPPs (OB Event Notification API): retry policy, slots, identity. */
  eventDelivery: EventDeliveryConfig;
  /**
   * Hosts (`name` or `name:port`) that the authorization server's fetches for a registration (the
   * software statement's JWKS, a `sector_identifier_uri`) may reach although they resolve to
   * loopback or private addresses: a sandbox allow-list for TPP servers on the developer's machine.
   * Empty by default, in the sandbox too: any other such fetch is refused (SSRF).
   */
  registrationFetchPrivateHosts: string[];
  /**
   * Plain-HTTP port for operators, on `bindAddress`: Prometheus `/metrics` and the probes
   * (`/health/live`, `/health/ready`), also in the worker-only process, which has no other
   * listener. 0 turns it off. Kept apart from the TLS hosts so scraping needs no client
   * certificate and never shares a port with a TPP.
   */
  metricsPort: number;
  /**
   * Token buckets (ratelimit/): per TPP and resource API group, per TPP and address at the
   * authorization server's token and PAR endpoints, per address at registration, per username and
   * per address at customer sign-in. Absent: that limit is off.
   */
  rateLimits: RateLimits;
  /**
   * Limits on payments from each customer account, checked in the payment's own transaction and
   * shown on the consent page where already known (openbanking/payment-limits.ts).
   */
  paymentLimits: PaymentLimits;
  /** Each TPP's plan: its resource API rate limits (a factor on RATE_LIMITS) and monthly quota (metering/). */
  apiPlans: ApiPlans;
}

/** What each limit counts; the README's "Rate limits" section names them the same. */
export const RATE_LIMIT_NAMES = ['aisp', 'pisp', 'cbpii', 'events', 'token', 'par', 'registration', 'sign-in-username', 'sign-in-address'] as const;
export type RateLimitName = (typeof RATE_LIMIT_NAMES)[number];
export type RateLimits = Readonly<Record<RateLimitName, RateLimitPolicy | undefined>>;

/**
 * The bank's Event Notification Retry Policy and what pushing may reach. An event is retried with
 * exponential backoff (base doubled per failure, capped) and dead-lettered after the last attempt;
 * it stays available to aggregated polling until the TPP acknowledges it.
 */
export interface EventDeliveryConfig {
  /** Push attempts per event, the first included. */
  attemptsMax: number;
  backoffBaseMs: number;
  backoffMaxMs: number;
  /** One attempt (connect, TLS, request, answer). */
  timeoutMs: number;
  /** TPPs pushed to at once; a TPP takes one at most. */
  concurrency: number;
  /**
   * Callback hosts (`name` or `name:port`) allowed to resolve to loopback or private addresses.
   * Default `localhost` in the sandbox (SEED_SANDBOX), so a TPP can receive on its own machine;
   * none otherwise (SSRF).
   */
  privateHostsAllowed: string[];
  /** OB `x-fapi-financial-id` the bank sends to TPP endpoints. */
  financialId: string;
  /** The bank's client certificate for mutual TLS to TPPs; when absent, one from the dev PKI. */
  clientCert: { certFile: string; keyFile: string } | undefined;
}

export interface ConnectionLimits {
  /** A TLS handshake not finished by then is dropped (a connection that never sends a ClientHello too). */
  handshakeTimeoutMs: number;
  /** A request's line and headers must all arrive within this from its first byte (slowloris). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. At least `headersTimeoutMs`. */
  requestTimeoutMs: number;
  /** A connection with no request in flight (before its first, between two) is closed after this. */
  keepAliveTimeoutMs: number;
  /** Open connections per listener; further ones are closed as they are accepted. */
  max: number;
}

export class ConfigError extends Error {
  constructor(readonly variable: string, problem: string) {
    super(`${variable}: ${problem}`);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];

function port(env: Env, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) < 1 || Number(raw) > 65535) {
    throw new ConfigError(name, `"${raw}" is not a TCP port (1-65535)`);
  }
  return Number(raw);
}

function httpsUrl(env: Env, name: string, fallback: string): string {
  const raw = env[name] || fallback;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError(name, `"${raw}" is not a URL`);
  }
  if (url.protocol !== 'https:') throw new ConfigError(name, `must be an https URL, got "${raw}"`);
  if (url.search || url.hash) throw new ConfigError(name, 'must not carry a query or fragment');
  return url.href.replace(/\/$/, '');
}

function bool(env: Env, name: string, fallback: boolean): boolean {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (/^(1|true|yes)$/i.test(raw)) return true;
  if (/^(0|false|no)$/i.test(raw)) return false;
  throw new ConfigError(name, `"${raw}" is not a boolean (true/false)`);
}

function integer(env: Env, name: string, fallback: number, min: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^\d{1,10}$/.test(raw) || Number(raw) < min || Number(raw) > max) {
    throw new ConfigError(name, `"${raw}" is not a whole number from ${min} to ${max}`);
  }
  return Number(raw);
}

function connectionLimits(env: Env): ConnectionLimits {
  const HOUR_MS = 3_600_000;
  const limits = {
    handshakeTimeoutMs: integer(env, 'TLS_HANDSHAKE_TIMEOUT_MS', 10_000, 1, HOUR_MS),
    headersTimeoutMs: integer(env, 'HTTP_HEADERS_TIMEOUT_MS', 10_000, 1, HOUR_MS),
    requestTimeoutMs: integer(env, 'HTTP_REQUEST_TIMEOUT_MS', 30_000, 1, HOUR_MS),
    keepAliveTimeoutMs: integer(env, 'HTTP_KEEP_ALIVE_TIMEOUT_MS', 5_000, 1, HOUR_MS),
    max: integer(env, 'MAX_CONNECTIONS', 1_000, 1, 1_000_000),
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError('HTTP_HEADERS_TIMEOUT_MS', `must not exceed HTTP_REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`);
  }
  return limits;
}

function databaseUrl(env: Env): string | undefined {
  const raw = env.DATABASE_URL;
  if (raw === undefined || raw === '') return undefined;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new ConfigError('DATABASE_URL', 'is not a URL (expected postgres://user:password@host:5432/database)');
  }
  if (url.protocol !== 'postgres:' && url.protocol !== 'postgresql:') {
    throw new ConfigError('DATABASE_URL', `scheme must be postgres:// or postgresql://, got "${url.protocol}//"`);
  }
  if (!url.hostname) throw new ConfigError('DATABASE_URL', 'has no host');
  if (url.pathname.length <= 1) throw new ConfigError('DATABASE_URL', 'names no database (add /<database> to the URL)');
  return raw;
}

function pkcs11(env: Env): Config['pkcs11'] {
  const module = env.PKCS11_MODULE;
  if (!module) return undefined;
  const pin = env.PKCS11_PIN;
  if (!pin) throw new ConfigError('PKCS11_PIN', 'is required when PKCS11_MODULE is set');
  const slotRaw = env.PKCS11_SLOT ?? '0';
  if (!/^\d+$/.test(slotRaw)) throw new ConfigError('PKCS11_SLOT', `"${slotRaw}" is not a slot list index`);
  return { module, pin, slot: Number(slotRaw), tokenLabel: env.PKCS11_TOKEN_LABEL || undefined };
}

function tls(env: Env): Config['tls'] {
  const certFile = env.TLS_CERT_FILE;
  const keyFile = env.TLS_KEY_FILE;
  if (!certFile && !keyFile) return undefined;
  if (!certFile) throw new ConfigError('TLS_CERT_FILE', 'is required when TLS_KEY_FILE is set');
  if (!keyFile) throw new ConfigError('TLS_KEY_FILE', 'is required when TLS_CERT_FILE is set');
  return { certFile, keyFile, clientCaFile: env.TLS_CLIENT_CA_FILE || undefined };
}

function eventDelivery(env: Env, sandbox: boolean): EventDeliveryConfig {
  const HOUR_MS = 3_600_000;
  const backoffBaseMs = integer(env, 'EVENT_PUSH_BACKOFF_MS', 5_000, 1, HOUR_MS);
  const backoffMaxMs = integer(env, 'EVENT_PUSH_BACKOFF_MAX_MS', 600_000, 1, 24 * HOUR_MS);
  if (backoffMaxMs < backoffBaseMs) throw new ConfigError('EVENT_PUSH_BACKOFF_MAX_MS', `must be at least EVENT_PUSH_BACKOFF_MS (${backoffBaseMs})`);
  const privateHostsAllowed = hostList(env, 'EVENT_CALLBACK_PRIVATE_HOSTS', sandbox ? 'localhost' : '');
  const certFile = env.EVENT_CLIENT_CERT_FILE;
  const keyFile = env.EVENT_CLIENT_KEY_FILE;
  if (!certFile !== !keyFile) throw new ConfigError(certFile ? 'EVENT_CLIENT_KEY_FILE' : 'EVENT_CLIENT_CERT_FILE', 'EVENT_CLIENT_CERT_FILE and EVENT_CLIENT_KEY_FILE go together');
  return {
    attemptsMax: integer(env, 'EVENT_PUSH_ATTEMPTS', 8, 1, 100),
    backoffBaseMs,
    backoffMaxMs,
    timeoutMs: integer(env, 'EVENT_PUSH_TIMEOUT_MS', 10_000, 1, 5 * 60_000),
    concurrency: integer(env, 'EVENT_PUSH_CONCURRENCY', 8, 1, 256),
    privateHostsAllowed,
    financialId: env.OB_FINANCIAL_ID || 'sandbox-bank',
    clientCert: certFile && keyFile ? { certFile, keyFile } : undefined,
  };
}

/** A comma-separated list of `name` or `name:port` (IPv6 in brackets), lower-cased. */
function hostList(env: Env, name: string, fallback: string): string[] {
  const hosts = (env[name] ?? fallback).split(',').map((host) => host.trim().toLowerCase()).filter(Boolean);
  for (const host of hosts) {
    if (!/^(\[[0-9a-f:.]+\]|[a-z0-9.-]+)(:\d{1,5})?$/.test(host)) {
      throw new ConfigError(name, `"${host}" is not a host name or address, optionally with :port (IPv6 in brackets)`);
    }
  }
  return hosts;
}

/**
 * `requests/seconds` per bucket, for a bank: bursts a TPP's normal work makes pass, a loop that
 * forgot to stop does not, and sign-in guessing is slowed well before the per-customer lockout
 * (authz/interactions/login.ts) ends it.
 */
const RATE_LIMIT_DEFAULTS: Record<RateLimitName, string> = {
  aisp: '100/10',
  pisp: '50/10',
  cbpii: '50/10',
  events: '30/10',
  token: '60/60',
  par: '60/60',
  registration: '10/60',
  'sign-in-username': '10/300',
  'sign-in-address': '50/300',
};

/**
 * The sandbox's own (SEED_SANDBOX), documented in the README: a developer's test runs and the
 * conformance self-check sign the same sandbox customers in and onboard TPPs many times a minute.
 */
const SANDBOX_RATE_LIMIT_DEFAULTS: Record<RateLimitName, string> = {
  aisp: '300/10',
  pisp: '100/10',
  cbpii: '100/10',
  events: '100/10',
  token: '300/60',
  par: '300/60',
  registration: '60/60',
  'sign-in-username': '120/300',
  'sign-in-address': '600/300',
};

/**
 * RATE_LIMITS: comma-separated `name=requests/seconds` (or `name=off`) overriding the defaults (the
 * sandbox's with SEED_SANDBOX) one by one; `off` alone turns every limit off.
 */
function rateLimits(env: Env, sandbox: boolean): RateLimits {
  const raw = (env.RATE_LIMITS ?? '').trim();
  const specs: Record<string, string> = { ...(sandbox ? SANDBOX_RATE_LIMIT_DEFAULTS : RATE_LIMIT_DEFAULTS) };
  if (raw === 'off') for (const name of RATE_LIMIT_NAMES) specs[name] = 'off';
  else {
    for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
      const [name, spec, extra] = entry.split('=').map((part) => part.trim());
      if (!RATE_LIMIT_NAMES.includes(name as RateLimitName) || spec === undefined || extra !== undefined) {
        throw new ConfigError('RATE_LIMITS', `"${entry}" is not name=requests/seconds with a name among ${RATE_LIMIT_NAMES.join(', ')}`);
      }
      specs[name] = spec;
    }
  }
  const limits = {} as Record<RateLimitName, RateLimitPolicy | undefined>;
  for (const name of RATE_LIMIT_NAMES) {
    const spec = specs[name]!;
    if (spec === 'off') {
      limits[name] = undefined;
      continue;
    }
    const match = /^(\d{1,9})\/(\d{1,7})$/.exec(spec);
    if (!match || Number(match[1]) < 1 || Number(match[2]) < 1) {
      throw new ConfigError('RATE_LIMITS', `${name}: "${spec}" is not requests/seconds (whole numbers from 1) or off`);
    }
    limits[name] = { name, requests: Number(match[1]), windowSeconds: Number(match[2]) };
  }
  return limits;
}

/**
 * PAYMENT_LIMITS: comma-separated `per-payment=<amount>`, `per-day=<amount>` (decimal, in the
 * payment's currency) and `velocity=<payments>/<seconds>`, each or `off`, overriding the defaults
 * one by one; `off` alone turns them all off. The sandbox's own are lower, so a developer can reach
 * each refusal with a few payments: two approved payments of 3500.00 from alice's savings break the
 * day's limit at the second (README "Sandbox").
 */
function paymentLimits(env: Env, sandbox: boolean): PaymentLimits {
  const specs: Record<string, string> = sandbox
    ? { 'per-payment': '5000.00', 'per-day': '6000.00', velocity: '30/3600' }
    : { 'per-payment': '25000.00', 'per-day': '50000.00', velocity: '20/3600' };
  const raw = (env.PAYMENT_LIMITS ?? '').trim();
  if (raw === 'off') for (const name of Object.keys(specs)) specs[name] = 'off';
  else {
    for (const entry of raw.split(',').map((e) => e.trim()).filter(Boolean)) {
      const [name, spec, extra] = entry.split('=').map((part) => part.trim());
      if (name === undefined || !(name in specs) || spec === undefined || extra !== undefined) {
        throw new ConfigError('PAYMENT_LIMITS', `"${entry}" is not per-payment=<amount>, per-day=<amount> or velocity=<payments>/<seconds>`);
      }
      specs[name] = spec;
    }
  }
  const amount = (name: string): string | undefined => {
    const spec = specs[name]!;
    if (spec === 'off') return undefined;
    if (!/^\d{1,13}(\.\d{1,2})?$/.test(spec) || Number(spec) <= 0) throw new ConfigError('PAYMENT_LIMITS', `${name}: "${spec}" is not a positive amount (e.g. 2500.00) or off`);
    return spec;
  };
  const velocity = specs.velocity!;
  const match = /^(\d{1,6})\/(\d{1,7})$/.exec(velocity);
  if (velocity !== 'off' && (!match || Number(match[1]) < 1 || Number(match[2]) < 1)) {
    throw new ConfigError('PAYMENT_LIMITS', `velocity: "${velocity}" is not payments/seconds (whole numbers from 1) or off`);
  }
  return {
    perPayment: amount('per-payment'),
    perDay: amount('per-day'),
    velocity: match ? { payments: Number(match[1]), windowSeconds: Number(match[2]) } : undefined,
  };
}

/**
 * API_PLANS: comma-separated `<plan>=<factor>x/<monthly quota or off>` overriding the plans one by
 * one; DEFAULT_API_PLAN: the plan of a TPP the operator has not put on one (the sandbox's: standard).
 */
function apiPlans(env: Env, sandbox: boolean): ApiPlans {
  const specs: Record<ApiPlanName, string> = { free: '1x/10000', standard: '5x/1000000', premium: '20x/off' };
  for (const entry of (env.API_PLANS ?? '').split(',').map((e) => e.trim()).filter(Boolean)) {
    const [name, spec, extra] = entry.split('=').map((part) => part.trim());
    if (name === undefined || !isPlanName(name) || spec === undefined || extra !== undefined) {
      throw new ConfigError('API_PLANS', `"${entry}" is not <plan>=<factor>x/<monthly quota or off> with a plan among ${API_PLAN_NAMES.join(', ')}`);
    }
    specs[name] = spec;
  }
  const plans = {} as Record<ApiPlanName, ApiPlan>;
  for (const name of API_PLAN_NAMES) {
    const match = /^(\d{1,4})x\/(\d{1,12}|off)$/.exec(specs[name]);
    if (!match || Number(match[1]) < 1) throw new ConfigError('API_PLANS', `${name}: "${specs[name]}" is not <whole factor>x/<monthly quota or off>, e.g. 5x/1000000`);
    plans[name] = { name, rateFactor: Number(match[1]), monthlyQuota: match[2] === 'off' ? undefined : Number(match[2]) };
  }
  const defaultPlan = env.DEFAULT_API_PLAN || (sandbox ? 'standard' : 'free');
  if (!isPlanName(defaultPlan)) throw new ConfigError('DEFAULT_API_PLAN', `"${defaultPlan}" is not one of ${API_PLAN_NAMES.join(', ')}`);
  return { plans, defaultPlan };
}

/** 9464 is the port Prometheus exporters for OpenTelemetry conventionally use. */
function metricsPort(env: Env, browserPort: number, tppPort: number): number {
  const metrics = integer(env, 'METRICS_PORT', 9464, 0, 65535);
  if (metrics !== 0 && (metrics === browserPort || metrics === tppPort)) {
    throw new ConfigError('METRICS_PORT', `must differ from BROWSER_PORT (${browserPort}) and TPP_PORT (${tppPort})`);
  }
  return metrics;
}

function trustedProxies(env: Env): string[] {
  const list = (env.TRUSTED_PROXIES ?? '').split(',').map((s) => s.trim()).filter(Boolean);
  for (const address of list) {
    if (!isIP(address)) throw new ConfigError('TRUSTED_PROXIES', `"${address}" is not an IP address`);
  }
  return list;
}

export interface BankBranding {
  name: string;
  colour: string | undefined;
  logoFile: string | undefined;
}

function bankBranding(env: Env): BankBranding {
  const name = (env.BANK_NAME ?? '').trim() || 'Sandbox Bank';
  if (name.length > 60 || /[\u0000-\u001f]/.test(name)) throw new ConfigError('BANK_NAME', 'must be at most 60 characters, with no control characters');
  const colour = env.BANK_COLOUR || undefined;
  if (colour !== undefined && !/^#[0-9a-fA-F]{6}$/.test(colour)) throw new ConfigError('BANK_COLOUR', `"${colour}" is not a #rrggbb colour`);
  const logoFile = env.BANK_LOGO_FILE ? resolve(env.BANK_LOGO_FILE) : undefined;
  if (logoFile !== undefined) {
    if (!/\.(svg|png)$/i.test(logoFile)) throw new ConfigError('BANK_LOGO_FILE', 'must be an .svg or .png file');
    if (!existsSync(logoFile)) throw new ConfigError('BANK_LOGO_FILE', `${logoFile} does not exist`);
  }
  return { name, colour, logoFile };
}

export function loadConfig(env: Env = process.env): Config {
  const browserPort = port(env, 'BROWSER_PORT', 8443);
  const tppPort = port(env, 'TPP_PORT', 8444);
  if (browserPort === tppPort) throw new ConfigError('TPP_PORT', `must differ from BROWSER_PORT (${browserPort})`);
  const logLevel = (env.LOG_LEVEL || 'info') as Config['logLevel'];
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new ConfigError('LOG_LEVEL', `"${env.LOG_LEVEL}" is not one of ${LOG_LEVELS.join(', ')}`);
  }
  const logFormat = (env.LOG_FORMAT || 'json') as LogFormat;
  if (!LOG_FORMATS.includes(logFormat)) throw new ConfigError('LOG_FORMAT', `"${env.LOG_FORMAT}" is not one of ${LOG_FORMATS.join(', ')}`);
  const bindAddress = env.BIND_ADDRESS || '127.0.0.1';
  if (!isIP(bindAddress)) throw new ConfigError('BIND_ADDRESS', `"${bindAddress}" is not an IP address`);
  const clientCertHeader = (env.CLIENT_CERT_HEADER || 'x-ssl-client-cert').toLowerCase();
  if (!/^[a-z0-9-]+$/.test(clientCertHeader)) {
    throw new ConfigError('CLIENT_CERT_HEADER', `"${clientCertHeader}" is not an HTTP header name`);
  }
  const seedSandbox = bool(env, 'SEED_SANDBOX', true);
  const conformanceCustomer = bool(env, 'CONFORMANCE_CUSTOMER', false);
  if (conformanceCustomer && !seedSandbox) {
    throw new ConfigError('CONFORMANCE_CUSTOMER', 'needs SEED_SANDBOX=true: the conformance customer signs in with a fixed code and belongs to the sandbox only, never to production');
  }
  const sandboxLatencyMs = integer(env, 'SANDBOX_LATENCY_MS', 0, 0, 60_000);
  if (sandboxLatencyMs > 0 && !seedSandbox) {
    throw new ConfigError('SANDBOX_LATENCY_MS', 'needs SEED_SANDBOX=true: simulated latency belongs to the sandbox only, never to production');
  }
  return {
    dataDir: resolve(env.DATA_DIR || '.data'),
    databaseUrl: databaseUrl(env),
    embeddedPostgresPort: port(env, 'EMBEDDED_PG_PORT', 54329),
    bindAddress,
    browserPort,
    tppPort,
    issuer: httpsUrl(env, 'ISSUER', `https://localhost:${browserPort}`),
    tppBaseUrl: httpsUrl(env, 'TPP_BASE_URL', `https://localhost:${tppPort}`),
    logLevel,
    logFormat,
    pkcs11: pkcs11(env),
    tls: tls(env),
    trustedProxies: trustedProxies(env),
    clientCertHeader,
    seedSandbox,
    bank: bankBranding(env),
    conformanceCustomer,
    sandboxLatencyMs,
    hstsMaxAgeSeconds: integer(env, 'HSTS_MAX_AGE', 31_536_000, 0, 10 * 31_536_000),
    connections: connectionLimits(env),
    eventDelivery: eventDelivery(env, seedSandbox),
    registrationFetchPrivateHosts: hostList(env, 'REGISTRATION_FETCH_PRIVATE_HOSTS', ''),
    metricsPort: metricsPort(env, browserPort, tppPort),
    rateLimits: rateLimits(env, seedSandbox),
    paymentLimits: paymentLimits(env, seedSandbox),
    apiPlans: apiPlans(env, seedSandbox),
  };
}
