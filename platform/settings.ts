import type { LogFormat } from './logging.ts';
import { API_PLAN_NAMES, type ApiPlanName } from '../metering/index.ts';
import { apiPlans, paymentLimits, RATE_LIMIT_NAMES, rateLimits } from './limit-parsers.ts';
import {
  aes256Key,
  bool,
  derived,
  directory,
  displayName,
  headerName,
  hexColour,
  hostList,
  httpsUrl,
  imageFile,
  integer,
  ipAddress,
  ipList,
  keyList,
  oneOf,
  optional,
  port,
  postgresUrl,
  slotIndex,
  text,
  type Context,
  type Parser,
} from './setting-parsers.ts';

/** One environment variable: its parser and default, and what the README says of it. */
export interface Setting<T> extends Parser<T> {
  /** The README's Meaning column (Markdown). */
  readonly description: string;
  /** The specification clause the setting implements. */
  readonly clause?: string;
}

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;
const LOG_FORMATS: readonly LogFormat[] = ['json', 'pretty'];
const HOUR_MS = 3_600_000;

/**
 * Every environment variable the platform reads, in one table: how it is parsed, its default, what
 * it does and the specification clause it implements, if any. The README's configuration table is
 * made from these rows (`npm run docs:config`). Variables are read only through settingsReader;
 * the rules across settings (TPP_PORT differs from BROWSER_PORT, a PIN with a PKCS#11 module, ...)
 * are loadConfig's, the generated secrets' fallback is loadSecrets'.
 */
export const SETTINGS = {
  DATA_DIR: {
    ...directory('.data'),
    description:
      'Where the embedded database, dev PKI, software keystore, sandbox directory and generated development secrets live. Relative to the working directory.',
  },
  DATABASE_URL: {
    ...postgresUrl(),
    description:
      '`postgres://user:password@host:5432/database` of an external PostgreSQL. Unset: the embedded PostgreSQL under `DATA_DIR/pg`.',
  },
  EMBEDDED_PG_PORT: {
    ...port(54329),
    description:
      "Port of the embedded PostgreSQL (listens on 127.0.0.1 only, for operators' tools; the platform itself connects over a Unix socket in `DATA_DIR/pg/socket`, or over TCP when that path is longer than 103 bytes). Ignored with `DATABASE_URL`.",
  },
  BIND_ADDRESS: {
    ...ipAddress('127.0.0.1'),
    description: 'IP address both HTTPS listeners bind to (`0.0.0.0` in a container).',
  },
  BROWSER_PORT: {
    ...port(8443),
    description:
      'Browser host: issuer, authorization endpoint, consent pages, discovery, JWKS. Never asks for a client certificate.',
  },
  TPP_PORT: {
    ...port(8444),
    description:
      'TPP host: PAR, token, introspection, revocation, registration, resource APIs. Requests a client certificate. Must differ from `BROWSER_PORT`.',
  },
  ISSUER: {
    ...httpsUrl(
      derived(
        '`https://localhost:$BROWSER_PORT`',
        (context) => `https://localhost:${context.browserPort()}`,
      ),
    ),
    description:
      "OAuth issuer identifier, the browser host's public https URL (no query or fragment).",
    clause: 'RFC 8414 section 2',
  },
  TPP_BASE_URL: {
    ...httpsUrl(
      derived(
        '`https://localhost:$TPP_PORT`',
        (context) => `https://localhost:${context.tppPort()}`,
      ),
    ),
    description:
      "The TPP host's public https URL: discovery advertises it for every endpoint a TPP calls (also as `mtls_endpoint_aliases`), and it is the resource server's base.",
    clause: 'RFC 8705 section 5',
  },
  LOG_LEVEL: {
    ...oneOf(LOG_LEVELS, 'info'),
    description: '`fatal`, `error`, `warn`, `info`, `debug`, `trace` or `silent`.',
  },
  LOG_FORMAT: {
    ...oneOf(LOG_FORMATS, 'json'),
    description:
      "`json`: one JSON object per line, for log collectors. `pretty`: one readable line per entry (time, level, message, fields; an error's stack below it) for a developer's terminal, redacted the same way.",
  },
  METRICS_PORT: {
    ...integer(9464, 0, 65535),
    description:
      "Plain-HTTP port on `BIND_ADDRESS` of the operators' listener: Prometheus `GET /metrics` and the probes `/health/live`, `/health/ready`, in every process (also `--only worker`). `0` turns it off. Must differ from `BROWSER_PORT` and `TPP_PORT`. Keep it on an internal network: it needs no client certificate.",
  },
  SEED_SANDBOX: {
    ...bool(true),
    description:
      'Seed the sandbox bank at boot (idempotent: only what is missing is added). `true`/`false`, `1`/`0`, `yes`/`no`.',
  },
  SANDBOX_LATENCY_MS: {
    ...integer(0, 0, 60_000),
    description:
      'Milliseconds every request to the TPP host waits before it is handled, to test a TPP\'s timeouts (see "Sandbox"). Sandbox only: refused at boot unless `SEED_SANDBOX` is true. 0 to 60000.',
  },
  BANK_NAME: {
    ...displayName('Sandbox Bank', 60),
    description:
      "The bank's name on the customer pages (sign-in, consent, connected apps, their titles). At most 60 characters.",
  },
  BANK_COLOUR: {
    ...hexColour(),
    description:
      "`#rrggbb` brand colour of the customer pages' masthead, headings and links (a darker shade of it for headings). Unset: the sandbox's blue.",
  },
  BANK_LOGO_FILE: {
    ...imageFile(),
    description:
      'An `.svg` or `.png` file shown in the masthead instead of the initials; read at boot and served from the browser host at a content-hashed `/assets/logo.<hash>.<ext>`.',
  },
  CONFORMANCE_CUSTOMER: {
    ...bool(false),
    description:
      'Also seed, and accept the fixed one-time code of, the OpenID conformance suite\'s customer (see "OpenID conformance suite"). Sandbox only: refused at boot unless `SEED_SANDBOX` is true, so never in production.',
  },
  PKCS11_MODULE: {
    ...optional(),
    description:
      'Path of a PKCS#11 library (e.g. `/usr/lib/softhsm/libsofthsm2.so`). Set: every signing key is generated non-extractable in the token. Unset: software keys in `DATA_DIR/keys`.',
  },
  PKCS11_PIN: {
    ...optional(),
    default: 'none',
    description: 'User PIN of the token; required with `PKCS11_MODULE`.',
  },
  PKCS11_SLOT: {
    ...slotIndex(0),
    description:
      "Index of the slot in the module's list of slots holding a token; used when `PKCS11_TOKEN_LABEL` is unset.",
  },
  PKCS11_TOKEN_LABEL: {
    ...optional(),
    description:
      'Label of the token to use, searched in every slot (slot numbers change as tokens come and go; `PKCS11_SLOT` is then ignored). No token, or two, with that label stops the boot.',
  },
  TLS_CERT_FILE: {
    ...optional(),
    description:
      "Server certificate chain (PEM) for both hosts. Unset: the dev PKI's server certificate for `localhost`, `127.0.0.1` and the hosts of `ISSUER` and `TPP_BASE_URL`. Requires `TLS_KEY_FILE`.",
  },
  TLS_KEY_FILE: {
    ...optional(),
    description: 'Private key (PEM) of `TLS_CERT_FILE`. Requires `TLS_CERT_FILE`.',
  },
  TLS_CLIENT_CA_FILE: {
    ...optional(),
    description:
      "CA certificates (PEM) whose client certificates the TPP host requests and accepts. Unset: the sandbox directory's CA (plus the dev root CA when the dev PKI is in use).",
    clause: 'RFC 8705 section 2.1',
  },
  TRUSTED_PROXIES: {
    ...ipList(),
    description:
      "Comma-separated IP addresses of TLS-terminating proxies allowed to pass the client certificate in `CLIENT_CERT_HEADER` and the client's address in `X-Forwarded-For` (which per-address rate limits count). From any other address both headers are ignored.",
  },
  CLIENT_CERT_HEADER: {
    ...headerName('x-ssl-client-cert'),
    description: 'Header carrying the (URL-encoded PEM) client certificate from a trusted proxy.',
  },
  DATA_ENCRYPTION_KEY: {
    ...aes256Key(),
    default: 'generated',
    description:
      "32 bytes, base64 (`openssl rand -base64 32`): AES-256-GCM key for secrets at rest (customers' TOTP seeds). Unset: generated once into `DATA_DIR/secrets.json` (mode 0600).",
    clause: 'NIST SP 800-38D (AES-GCM)',
  },
  HSTS_MAX_AGE: {
    ...integer(31_536_000, 0, 10 * 31_536_000),
    description:
      'Seconds of `Strict-Transport-Security: max-age` sent on every answer of both hosts (also refusals and errors). `0` tells browsers to forget it, e.g. on a development machine that also serves plain-http sites on `localhost`.',
    clause: 'RFC 6797 section 6.1.1',
  },
  TLS_HANDSHAKE_TIMEOUT_MS: {
    ...integer(10_000, 1, HOUR_MS),
    description:
      'Per listener: a connection whose TLS handshake has not finished by then is closed (also one that never sends a byte).',
  },
  HTTP_HEADERS_TIMEOUT_MS: {
    ...integer(10_000, 1, HOUR_MS),
    description:
      "A request's line and headers must arrive within this from its first byte (slowloris), else 408 and close. At most `HTTP_REQUEST_TIMEOUT_MS`.",
  },
  HTTP_REQUEST_TIMEOUT_MS: {
    ...integer(30_000, 1, HOUR_MS),
    description: 'The whole request, body included, must arrive within this, else 408 and close.',
  },
  HTTP_KEEP_ALIVE_TIMEOUT_MS: {
    ...integer(5_000, 1, HOUR_MS),
    description:
      'A connection with no request in flight (before its first one, or between two) is closed after this.',
  },
  MAX_CONNECTIONS: {
    ...integer(1_000, 1, 1_000_000),
    description: 'Open connections per listener; more are closed as they are accepted.',
  },
  COOKIE_KEYS: {
    ...keyList(32),
    default: 'generated',
    description:
      'Comma-separated keys, each at least 32 characters, for signed cookies; the first signs, all verify (rotation). Unset: generated once into `DATA_DIR/secrets.json`.',
  },
  EVENT_PUSH_ATTEMPTS: {
    ...integer(8, 1, 100),
    description:
      'Push attempts per event notification (the first included); after the last it is dead-lettered and left to polling.',
    clause: 'OB Event Notification API v3.1, retry policy',
  },
  EVENT_PUSH_BACKOFF_MS: {
    ...integer(5_000, 1, HOUR_MS),
    description: 'Wait after the first failed push; doubled after each further failure (jittered).',
    clause: 'OB Event Notification API v3.1, retry policy',
  },
  EVENT_PUSH_BACKOFF_MAX_MS: {
    ...integer(600_000, 1, 24 * HOUR_MS),
    description: 'Longest wait between two pushes of an event. At least `EVENT_PUSH_BACKOFF_MS`.',
    clause: 'OB Event Notification API v3.1, retry policy',
  },
  EVENT_PUSH_TIMEOUT_MS: {
    ...integer(10_000, 1, 5 * 60_000),
    description: 'One push: connection, TLS, request and answer.',
  },
  EVENT_PUSH_CONCURRENCY: {
    ...integer(8, 1, 256),
    description: 'TPPs pushed to at once; a TPP takes one slot at most.',
  },
  EVENT_CALLBACK_PRIVATE_HOSTS: {
    ...hostList(
      derived('`localhost` with `SEED_SANDBOX`, else empty', (context) =>
        context.sandbox() ? 'localhost' : '',
      ),
    ),
    description:
      'Comma-separated callback hosts (`name` or `name:port`, IPv6 in brackets) allowed to resolve to loopback or private addresses. Every other callback must resolve to public addresses (SSRF). Set empty to allow none.',
  },
  EVENT_CLIENT_CERT_FILE: {
    ...optional(),
    description:
      "The bank's client certificate (PEM) for mutual TLS to TPP endpoints. Unset: one from the dev PKI (`DATA_DIR/pki/client.pem`). Requires `EVENT_CLIENT_KEY_FILE`.",
  },
  EVENT_CLIENT_KEY_FILE: {
    ...optional(),
    description: 'Its private key (PEM). Requires `EVENT_CLIENT_CERT_FILE`.',
  },
  REGISTRATION_FETCH_PRIVATE_HOSTS: {
    ...hostList(''),
    description:
      "Comma-separated hosts (`name` or `name:port`, IPv6 in brackets) that what a registration makes the bank fetch (the software statement's `software_jwks_endpoint`, a `sector_identifier_uri`) may reach although they resolve to loopback or private addresses, e.g. a TPP's JWKS on the developer's machine. Every other such URL must be https on a host resolving to public addresses, or the registration is refused (`invalid_software_statement` / `invalid_client_metadata`); fetches follow no redirect and are bounded to 2.5 s and 64 KiB. Empty in the sandbox too.",
  },
  OB_FINANCIAL_ID: {
    ...text('sandbox-bank'),
    description: "The bank's OB id, sent as `x-fapi-financial-id` with every event notification.",
    clause: 'OB Event Notification API v3.1, x-fapi-financial-id',
  },
  PAYMENT_LIMITS: {
    ...paymentLimits(),
    description:
      "Comma-separated `per-payment=<amount>`, `per-day=<amount>` (in the payment's currency, at most two decimals) and `velocity=<payments>/<seconds>`, each or `off`, overriding its default; `off` alone turns all three off. The sandbox has its own, lower defaults.",
  },
  API_PLANS: {
    ...apiPlans(),
    description:
      'Comma-separated `<plan>=<factor>x/<monthly quota or off>` overriding each plan: a TPP on the plan has `factor` times the resource API rate limits of `RATE_LIMITS` and at most `quota` resource API requests per calendar month (UK time). See "API plans and usage".',
  },
  DEFAULT_API_PLAN: {
    ...oneOf(
      API_PLAN_NAMES,
      derived(
        '`free`; `standard` in the sandbox',
        (context): ApiPlanName => (context.sandbox() ? 'standard' : 'free'),
      ),
    ),
    description: 'The plan of a TPP the operator has not put on one (`npm run usage -- plan`).',
  },
  RATE_LIMITS: {
    ...rateLimits(),
    description: `Comma-separated \`name=requests/seconds\` (or \`name=off\`) overriding the default of each named limit; \`off\` alone turns every limit off. Names: ${RATE_LIMIT_NAMES.map((name) => `\`${name}\``).join(', ')}. The sandbox (\`SEED_SANDBOX=true\`) has its own, looser defaults.`,
    clause: 'draft-ietf-httpapi-ratelimit-headers-10',
  },
} satisfies Record<string, Setting<unknown>>;

export type Variable = keyof typeof SETTINGS;
export type SettingValues = { [V in Variable]: ReturnType<(typeof SETTINGS)[V]['parse']> };
/** The same table, typed so that a row read by its name parses to that name's value. */
const TABLE: { readonly [V in Variable]: Setting<SettingValues[V]> } = SETTINGS;
type Env = Readonly<Record<string, string | undefined>>;

/** Reads a setting from `env` each time it is asked for, through its row of the table. */
export function settingsReader(env: Env): <V extends Variable>(variable: V) => SettingValues[V] {
  const context: Context = {
    browserPort: () => read('BROWSER_PORT'),
    tppPort: () => read('TPP_PORT'),
    sandbox: () => read('SEED_SANDBOX'),
  };
  function read<V extends Variable>(variable: V): SettingValues[V] {
    return TABLE[variable].parse(env[variable], variable, context);
  }
  return read;
}

/**
 * A row of the README's table for variables a library reads itself, shown after the row of `after`.
 */
export interface LibrarySetting {
  readonly variables: readonly string[];
  readonly after: Variable;
  readonly default: string;
  readonly description: string;
}

/** Read by the OpenTelemetry SDK (observability/tracing.ts), not through the table above. */
export const LIBRARY_SETTINGS: readonly LibrarySetting[] = [
  {
    variables: ['OTEL_TRACES_EXPORTER', 'OTEL_EXPORTER_OTLP_ENDPOINT'],
    after: 'METRICS_PORT',
    default: 'unset',
    description:
      'Tracing is off unless one asks for an exporter: `OTEL_TRACES_EXPORTER` other than `none` (e.g. `otlp`, `console`) or an OTLP endpoint (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, e.g. `http://collector:4318`). `OTEL_SDK_DISABLED=true` keeps it off. The other standard `OTEL_*` variables apply as the OpenTelemetry SDK reads them (see "Operations").',
  },
];
