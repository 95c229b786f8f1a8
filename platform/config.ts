import type { LogFormat } from './logging.ts';
import type { BankBranding } from '../authz/index.ts';
import type { ApiPlans } from '../metering/index.ts';
import type { PaymentLimits } from '../openbanking/index.ts';
import { ConfigError } from './config-error.ts';
import type { RateLimits } from './limit-parsers.ts';
import { settingsReader, type LOG_LEVELS } from './settings.ts';

export { ConfigError } from './config-error.ts';
export { RATE_LIMIT_NAMES, type RateLimitName, type RateLimits } from './limit-parsers.ts';

/**
 * Every setting the platform reads, parsed once at boot from the environment through the table in
 * settings.ts (each variable's parser, default and documentation). A bad value stops the boot with
 * a message naming the variable and what is wrong with it.
 */
export interface Config {
  /** Where the embedded database, dev PKI, software keystore and generated secrets live. */
  dataDir: string;
  /** External PostgreSQL; when absent an embedded PostgreSQL runs under `dataDir/pg`. */
  databaseUrl: string | undefined;
  embeddedPostgresPort: number;
  bindAddress: string;
  /**
   * Browser host (issuer, authorization endpoint, consent pages); never asks for a client
   * certificate.
   */
  browserPort: number;
  /** TPP host (PAR, token, registration, resource APIs); requests a client certificate. */
  tppPort: number;
  /** The OAuth issuer identifier: the browser host's public URL. */
  issuer: string;
  /**
   * The TPP host's public URL, advertised as `mtls_endpoint_aliases` and used as the resource
   * server's base.
   */
  tppBaseUrl: string;
  logLevel: (typeof LOG_LEVELS)[number];
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
  /**
   * Event notifications pushed to TPPs (OB Event Notification API): retry policy, slots, identity.
   */
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
  /**
   * Each TPP's plan: its resource API rate limits (a factor on RATE_LIMITS) and monthly quota
   * (metering/).
   */
  apiPlans: ApiPlans;
}

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
  /**
   * A TLS handshake not finished by then is dropped (a connection that never sends a ClientHello
   * too).
   */
  handshakeTimeoutMs: number;
  /** A request's line and headers must all arrive within this from its first byte (slowloris). */
  headersTimeoutMs: number;
  /** The whole request, body included, must arrive within this. At least `headersTimeoutMs`. */
  requestTimeoutMs: number;
  /**
   * A connection with no request in flight (before its first, between two) is closed after this.
   */
  keepAliveTimeoutMs: number;
  /** Open connections per listener; further ones are closed as they are accepted. */
  max: number;
}

type Env = Record<string, string | undefined>;
type Read = ReturnType<typeof settingsReader>;

/** The rules across settings sit here; each variable's own parsing is its row in settings.ts. */
export function loadConfig(env: Env = process.env): Config {
  const read = settingsReader(env);
  const browserPort = read('BROWSER_PORT');
  const tppPort = read('TPP_PORT');
  if (browserPort === tppPort)
    throw new ConfigError('TPP_PORT', `must differ from BROWSER_PORT (${browserPort})`);
  const logLevel = read('LOG_LEVEL');
  const logFormat = read('LOG_FORMAT');
  const bindAddress = read('BIND_ADDRESS');
  const clientCertHeader = read('CLIENT_CERT_HEADER');
  const seedSandbox = read('SEED_SANDBOX');
  const conformanceCustomer = read('CONFORMANCE_CUSTOMER');
  if (conformanceCustomer && !seedSandbox) {
    throw new ConfigError(
      'CONFORMANCE_CUSTOMER',
      'needs SEED_SANDBOX=true: the conformance customer signs in with a fixed code and belongs to the sandbox only, never to production',
    );
  }
  const sandboxLatencyMs = read('SANDBOX_LATENCY_MS');
  if (sandboxLatencyMs > 0 && !seedSandbox) {
    throw new ConfigError(
      'SANDBOX_LATENCY_MS',
      'needs SEED_SANDBOX=true: simulated latency belongs to the sandbox only, never to production',
    );
  }
  return {
    dataDir: read('DATA_DIR'),
    databaseUrl: read('DATABASE_URL'),
    embeddedPostgresPort: read('EMBEDDED_PG_PORT'),
    bindAddress,
    browserPort,
    tppPort,
    issuer: read('ISSUER'),
    tppBaseUrl: read('TPP_BASE_URL'),
    logLevel,
    logFormat,
    pkcs11: pkcs11(read),
    tls: tls(read),
    trustedProxies: read('TRUSTED_PROXIES'),
    clientCertHeader,
    seedSandbox,
    bank: {
      name: read('BANK_NAME'),
      colour: read('BANK_COLOUR'),
      logoFile: read('BANK_LOGO_FILE'),
    },
    conformanceCustomer,
    sandboxLatencyMs,
    hstsMaxAgeSeconds: read('HSTS_MAX_AGE'),
    connections: connectionLimits(read),
    eventDelivery: eventDelivery(read),
    registrationFetchPrivateHosts: read('REGISTRATION_FETCH_PRIVATE_HOSTS'),
    metricsPort: metricsPort(read, browserPort, tppPort),
    rateLimits: read('RATE_LIMITS'),
    paymentLimits: read('PAYMENT_LIMITS'),
    apiPlans: { plans: read('API_PLANS'), defaultPlan: read('DEFAULT_API_PLAN') },
  };
}

/** The PIN and slot are read only with a module: without one no PKCS#11 setting matters. */
function pkcs11(read: Read): Config['pkcs11'] {
  const module = read('PKCS11_MODULE');
  if (!module) return undefined;
  const pin = read('PKCS11_PIN');
  if (!pin) throw new ConfigError('PKCS11_PIN', 'is required when PKCS11_MODULE is set');
  return { module, pin, slot: read('PKCS11_SLOT'), tokenLabel: read('PKCS11_TOKEN_LABEL') };
}

function tls(read: Read): Config['tls'] {
  const certFile = read('TLS_CERT_FILE');
  const keyFile = read('TLS_KEY_FILE');
  if (!certFile && !keyFile) return undefined;
  if (!certFile) throw new ConfigError('TLS_CERT_FILE', 'is required when TLS_KEY_FILE is set');
  if (!keyFile) throw new ConfigError('TLS_KEY_FILE', 'is required when TLS_CERT_FILE is set');
  return { certFile, keyFile, clientCaFile: read('TLS_CLIENT_CA_FILE') };
}

function connectionLimits(read: Read): ConnectionLimits {
  const limits = {
    handshakeTimeoutMs: read('TLS_HANDSHAKE_TIMEOUT_MS'),
    headersTimeoutMs: read('HTTP_HEADERS_TIMEOUT_MS'),
    requestTimeoutMs: read('HTTP_REQUEST_TIMEOUT_MS'),
    keepAliveTimeoutMs: read('HTTP_KEEP_ALIVE_TIMEOUT_MS'),
    max: read('MAX_CONNECTIONS'),
  };
  if (limits.headersTimeoutMs > limits.requestTimeoutMs) {
    throw new ConfigError(
      'HTTP_HEADERS_TIMEOUT_MS',
      `must not exceed HTTP_REQUEST_TIMEOUT_MS (${limits.requestTimeoutMs})`,
    );
  }
  return limits;
}

function eventDelivery(read: Read): EventDeliveryConfig {
  const backoffBaseMs = read('EVENT_PUSH_BACKOFF_MS');
  const backoffMaxMs = read('EVENT_PUSH_BACKOFF_MAX_MS');
  if (backoffMaxMs < backoffBaseMs)
    throw new ConfigError(
      'EVENT_PUSH_BACKOFF_MAX_MS',
      `must be at least EVENT_PUSH_BACKOFF_MS (${backoffBaseMs})`,
    );
  const privateHostsAllowed = read('EVENT_CALLBACK_PRIVATE_HOSTS');
  const certFile = read('EVENT_CLIENT_CERT_FILE');
  const keyFile = read('EVENT_CLIENT_KEY_FILE');
  if (!certFile !== !keyFile)
    throw new ConfigError(
      certFile ? 'EVENT_CLIENT_KEY_FILE' : 'EVENT_CLIENT_CERT_FILE',
      'EVENT_CLIENT_CERT_FILE and EVENT_CLIENT_KEY_FILE go together',
    );
  return {
    attemptsMax: read('EVENT_PUSH_ATTEMPTS'),
    backoffBaseMs,
    backoffMaxMs,
    timeoutMs: read('EVENT_PUSH_TIMEOUT_MS'),
    concurrency: read('EVENT_PUSH_CONCURRENCY'),
    privateHostsAllowed,
    financialId: read('OB_FINANCIAL_ID'),
    clientCert: certFile && keyFile ? { certFile, keyFile } : undefined,
  };
}

/** 9464 is the port Prometheus exporters for OpenTelemetry conventionally use. */
function metricsPort(read: Read, browserPort: number, tppPort: number): number {
  const metrics = read('METRICS_PORT');
  if (metrics !== 0 && (metrics === browserPort || metrics === tppPort)) {
    throw new ConfigError(
      'METRICS_PORT',
      `must differ from BROWSER_PORT (${browserPort}) and TPP_PORT (${tppPort})`,
    );
  }
  return metrics;
}
