import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import type { Middleware } from 'koa';
import type { Logger } from 'pino';
import {
  accessTokenFinder,
  createAuthorizationServer,
  describeAuthorizationServer,
  SIGNING_KEYS,
  type AuthorizationServer,
} from '../authz/index.ts';
import {
  createKeyProvider,
  ensureDevPki,
  SandboxDirectory,
  type DevPki,
  type KeyProvider,
} from '../certs/index.ts';
import { CONFORMANCE_CUSTOMER, seedSandboxBank, type SandboxSummary } from '../db/seeds/index.ts';
import { startEventDelivery, startWorker } from '../events/index.ts';
import {
  docsRoutes,
  errorReferenceRoute,
  openApiDocument,
  openApiRoute,
  postmanRoute,
} from '../portal/index.ts';
import { usageCounter } from '../metering/index.ts';
import {
  createResourceServer,
  describedConsents,
  describeResourceApi,
  V4_RESOURCE_TYPES,
} from '../resource-server/index.ts';
import { ciApprovalRoute, sandboxLatency, sandboxScreening } from '../sandbox/index.ts';
import { ConfigError, type Config } from './config.ts';
import { createKnex, migrationNames, runMigrations } from './database.ts';
import {
  EMBEDDED_PLATFORM_DATABASE,
  startEmbeddedPostgres,
  type EmbeddedDatabase,
} from './embedded-postgres.ts';
import type { ClientCertificateSource } from '../edge/index.ts';
import { createHostApp, type HostName } from './http/host-app.ts';
import { startListener, type Listener } from './http/listener.ts';
import { startMetricsListener } from './http/metrics-listener.ts';
import { scrapeRegistry } from './scrape-metrics.ts';
import {
  databaseCheck,
  keysCheck,
  migrationsCheck,
  workersCheck,
  type ReadinessCheck,
} from './readiness.ts';
import { loadSecrets } from './secrets.ts';
import { directoryRoutes } from './directory-routes.ts';
import type { Part } from './parts.ts';

export interface Platform {
  config: Config;
  knex: Knex;
  keys: KeyProvider;
  directory: SandboxDirectory;
  authorizationServer: AuthorizationServer;
  urls: { browser: string; tpp: string };
  /**
   * The certificate a client must trust to reach the hosts (dev root CA, or the operator's chain).
   */
  serverTrustAnchorPem: string;
  serverTrustAnchorPath: string | undefined;
  sandbox: SandboxSummary | undefined;
  stop(): Promise<void>;
}

/**
 * Some of the parts (`npm start -- --only ...`): the authorization server is there only with
 * `authz`.
 */
export type PlatformPart = Omit<Platform, 'authorizationServer'> & {
  authorizationServer: AuthorizationServer | undefined;
};

const EMBEDDED_DATABASE = EMBEDDED_PLATFORM_DATABASE;

/**
 * Boots every part in one process (`parts` absent), or only those given: database (embedded or
 * DATABASE_URL, which separate parts need), migrations, keys, TLS material, and for each part what
 * it serves: `authz` the seed, the authorization server, the browser host and the TPP host's OAuth
 * endpoints; `resource` the resource server on the TPP host; `worker` the job runner and event
 * pushes. Every process has the operators' listener. `stop()` undoes it in reverse order; a
 * failure half-way stops what had started.
 */
export async function startPlatform(config: Config, logger: Logger): Promise<Platform>;
export async function startPlatform(
  config: Config,
  logger: Logger,
  parts: ReadonlySet<Part> | undefined,
): Promise<PlatformPart>;
export async function startPlatform(
  config: Config,
  logger: Logger,
  parts?: ReadonlySet<Part>,
): Promise<PlatformPart> {
  const serves = (part: Part) => parts === undefined || parts.has(part);
  const undo: (() => Promise<void>)[] = [];
  const stop = async () => {
    for (const step of undo.reverse()) {
      await step().catch((error: unknown) => logger.error({ err: error }, 'shutdown step failed'));
    }
    undo.length = 0;
  };
  // The embedded PostgreSQL belongs to the process that started it: a second process on the same
  // data directory would take it for a stale cluster.
  if (parts && !config.databaseUrl) {
    throw new ConfigError(
      'DATABASE_URL',
      `required with --only ${[...parts].join(',')}: separate parts share an external PostgreSQL`,
    );
  }
  try {
    // Traversable (not listable) by others: as root, the embedded PostgreSQL runs as its own user
    // under it.
    await mkdir(config.dataDir, { recursive: true, mode: 0o711 });
    const databaseUrl = config.databaseUrl ?? (await startEmbedded(config, logger, undo));
    const knex = createKnex(databaseUrl);
    undo.push(() => knex.destroy());
    // Knex and graphile-worker take a lock to migrate: parts booting at once queue there.
    await runMigrations(knex);
    const migrations = await migrationNames();

    const secrets = await loadSecrets(config.dataDir);
    const keys = await createKeyProvider({
      pkcs11: config.pkcs11,
      keystoreDir: join(config.dataDir, 'keys'),
    });
    undo.push(() => keys.close());
    const sandbox =
      config.seedSandbox && serves('authz')
        ? await seedSandboxBank(knex, {
            encryptionKey: secrets.dataEncryptionKey,
            conformanceCustomer: config.conformanceCustomer,
          })
        : undefined;
    // Every part makes or finds all of the bank's keys (the directory's just below): on a fresh
    // token the part booted first makes them and the others, started after it, find them (PKCS#11
    // has no lock across processes; a label made twice is refused).
    const [signingKey] = await Promise.all(
      SIGNING_KEYS.map((key) => keys.getOrCreate(key.label, key.alg)),
    );
    const directory = await SandboxDirectory.open({ dir: join(config.dataDir, 'directory'), keys });
    const tls = await tlsMaterial(config, keys, directory);
    const workers = serves('worker')
      ? await startWorkers(config, { knex, databaseUrl, logger, keys, tls, directory }, undo)
      : undefined;

    const certificates: ClientCertificateSource = {
      trustedProxies: config.trustedProxies,
      header: config.clientCertHeader,
    };
    const authorizationServer = serves('authz')
      ? await createAuthorizationServer({
          config: { ...config, fixedCodeCustomer: conformanceCustomerOf(config) },
          knex,
          keys,
          logger,
          secrets,
          certificates,
          directory,
          describedConsents: describedConsents(knex),
        })
      : undefined;
    if (authorizationServer) undo.push(() => authorizationServer.close());
    const readiness: ReadinessCheck[] = [
      databaseCheck(knex),
      migrationsCheck(knex, migrations),
      keysCheck(signingKey!),
      ...(workers ? [workersCheck(workers)] : []),
    ];
    // The guard's token lookup writes rate-limit buckets on every resource request
    // (metering/lookup-sql.ts) and holds the TPP's rows until it commits: on its own small pool
    // with asynchronous commit, it never waits for a WAL flush. A PostgreSQL crash may lose the
    // last fraction of a second of bucket takes, and of the usage counts written once a second on
    // the same pool (metering/usage-counter.ts); payments count in their own, synchronous,
    // transaction.
    const guardKnex = createKnex(databaseUrl, { min: 0, max: 6 }, { asynchronousCommit: true });
    undo.push(() => guardKnex.destroy());
    // Stopped after the listeners close (undo runs backwards), so the last requests' counts are
    // written.
    const usage = usageCounter(guardKnex, logger);
    undo.push(() => usage.stop());
    const resourceServer = createResourceServer({
      config,
      knex,
      logger,
      keys,
      dataEncryptionKey: secrets.dataEncryptionKey,
      certificates,
      findAccessToken: accessTokenFinder(guardKnex),
      usage,
      // The sandbox's documented magic references (sandbox/); a bank accepts every payment.
      ...(config.seedSandbox && { screening: sandboxScreening }),
    });
    // Made from the routes just mounted and the schemas they validate with: it cannot drift from
    // them.
    const document = openApiDocument({
      issuer: config.issuer,
      tppBaseUrl: config.tppBaseUrl,
      resourceServer: describeResourceApi(resourceServer.routes),
      authorizationServer: describeAuthorizationServer(config),
    });
    const apiDescription = [
      openApiRoute(document),
      postmanRoute({ document, issuer: config.issuer }),
    ];

    const listeners: Listener[] = [];
    undo.push(() => Promise.all(listeners.map((l) => l.close())).then(() => undefined));
    const listen = (host: HostName, parts: Middleware[]) =>
      startListener({
        name: host,
        host,
        portVariable: host === 'browser' ? 'BROWSER_PORT' : 'TPP_PORT',
        port: host === 'browser' ? config.browserPort : config.tppPort,
        bindAddress: config.bindAddress,
        tls:
          host === 'browser'
            ? { cert: tls.certPem, key: tls.keyPem }
            : { cert: tls.certPem, key: tls.keyPem, ca: tls.clientCaPems },
        requestClientCertificate: host === 'tpp',
        handler: createHostApp({ host, logger, knex, certificates, readiness, parts }).callback(),
        logger,
        limits: config.connections,
        hstsMaxAgeSeconds: config.hstsMaxAgeSeconds,
      });
    // Sandbox only: a TPP's CI approves as a sandbox customer through the pages of this browser
    // host.
    const ciApproval = config.seedSandbox
      ? [
          ciApprovalRoute({
            issuer: config.issuer,
            listener: { address: loopbackOf(config.bindAddress), port: config.browserPort },
            trustAnchorPem: tls.trustAnchorPem,
          }),
        ]
      : [];
    if (authorizationServer)
      listeners.push(
        await listen('browser', [
          ...apiDescription,
          docsRoutes(),
          errorReferenceRoute(),
          directoryRoutes(directory),
          ...ciApproval,
          authorizationServer.browser,
        ]),
      );
    const tppParts = [
      ...(serves('resource') ? [resourceServer] : []),
      ...(authorizationServer ? [authorizationServer.tpp] : []),
    ];
    const latency = config.seedSandbox ? [sandboxLatency(config.sandboxLatencyMs)] : [];
    if (tppParts.length > 0)
      listeners.push(await listen('tpp', [...latency, ...apiDescription, ...tppParts]));
    if (config.metricsPort !== 0) {
      const metrics = await startMetricsListener({
        port: config.metricsPort,
        bindAddress: config.bindAddress,
        readiness,
        registry: scrapeRegistry(knex, logger),
        logger,
      });
      undo.push(() => metrics.close());
    }

    return {
      config,
      knex,
      keys,
      directory,
      authorizationServer,
      urls: { browser: config.issuer, tpp: config.tppBaseUrl },
      serverTrustAnchorPem: tls.trustAnchorPem,
      serverTrustAnchorPath: tls.trustAnchorPath,
      sandbox,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}

/**
 * An address this process reaches its own listener on: the bound one, or loopback for a wildcard.
 */
function loopbackOf(bindAddress: string): string {
  if (bindAddress === '0.0.0.0') return '127.0.0.1';
  if (bindAddress === '::') return '::1';
  return bindAddress;
}

interface WorkerDeps {
  knex: Knex;
  databaseUrl: string;
  logger: Logger;
  keys: KeyProvider;
  tls: TlsMaterial;
  directory: SandboxDirectory;
}

/**
 * The job runner and the event pushes (which sign with the bank's key and push over mutual TLS).
 */
async function startWorkers(config: Config, deps: WorkerDeps, undo: (() => Promise<void>)[]) {
  // Migrates the graphile_worker schema as it starts, before the listeners let anything enqueue.
  const jobs = await startWorker({
    knex: deps.knex,
    connectionString: deps.databaseUrl,
    logger: deps.logger,
    // The sandbox's documented magic references, for instalments as for payments.
    ...(config.seedSandbox && { screening: sandboxScreening }),
  });
  undo.push(() => jobs.stop());
  const eventDelivery = await startEventDelivery({
    knex: deps.knex,
    connectionString: deps.databaseUrl,
    logger: deps.logger,
    keys: deps.keys,
    issuer: config.issuer,
    resourceBaseUrl: config.tppBaseUrl,
    v4ResourceTypes: V4_RESOURCE_TYPES,
    settings: config.eventDelivery,
    // TPP endpoints in the sandbox have server certificates from the sandbox directory's CA.
    tls: { ...deps.tls.eventClient, extraCaPems: [deps.directory.caCertPem] },
    financialId: config.eventDelivery.financialId,
  });
  undo.push(() => eventDelivery.stop());
  return { jobs, 'event delivery': eventDelivery };
}

async function startEmbedded(
  config: Config,
  logger: Logger,
  undo: (() => Promise<void>)[],
): Promise<string> {
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dir: join(config.dataDir, 'pg'),
    port: config.embeddedPostgresPort,
    logger,
  });
  undo.push(() => embedded.stop());
  const admin = createKnex(embedded.adminUrl(), { min: 0, max: 1 });
  try {
    const exists = await admin.raw('select 1 from pg_database where datname = ?', [
      EMBEDDED_DATABASE,
    ]);
    if (exists.rows.length === 0) await admin.raw('create database ??', [EMBEDDED_DATABASE]);
  } finally {
    await admin.destroy();
  }
  return embedded.localUrl(EMBEDDED_DATABASE);
}

interface TlsMaterial {
  certPem: string;
  keyPem: string;
  /** Trust anchors for TPP transport certificates. */
  clientCaPems: string[];
  trustAnchorPem: string;
  trustAnchorPath: string | undefined;
  /** The bank's client certificate for pushing event notifications to TPPs over mutual TLS. */
  eventClient: { certPem: string; keyPem: string };
}

async function tlsMaterial(
  config: Config,
  keys: KeyProvider,
  directory: SandboxDirectory,
): Promise<TlsMaterial> {
  const hostnames = [
    ...new Set([
      new URL(config.issuer).hostname,
      new URL(config.tppBaseUrl).hostname,
      'localhost',
      '127.0.0.1',
    ]),
  ];
  const devPki = () => ensureDevPki({ dir: join(config.dataDir, 'pki'), keys, hostnames });
  const eventClientFiles = config.eventDelivery.clientCert;
  const eventClient = async (pki?: DevPki) => {
    if (eventClientFiles)
      return {
        certPem: await readFile(eventClientFiles.certFile, 'utf8'),
        keyPem: await readFile(eventClientFiles.keyFile, 'utf8'),
      };
    const { clientCertPem, clientKeyPem } = pki ?? (await devPki());
    return { certPem: clientCertPem, keyPem: clientKeyPem };
  };
  if (config.tls) {
    const certPem = await readFile(config.tls.certFile, 'utf8');
    const clientCaPems = config.tls.clientCaFile
      ? [await readFile(config.tls.clientCaFile, 'utf8')]
      : [directory.caCertPem];
    return {
      certPem,
      keyPem: await readFile(config.tls.keyFile, 'utf8'),
      clientCaPems,
      trustAnchorPem: certPem,
      trustAnchorPath: config.tls.certFile,
      eventClient: await eventClient(),
    };
  }
  const pki = await devPki();
  return {
    certPem: pki.serverCertPem,
    keyPem: pki.serverKeyPem,
    clientCaPems: [directory.caCertPem, pki.caCertPem],
    trustAnchorPem: pki.caCertPem,
    trustAnchorPath: pki.caCertPath,
    eventClient: await eventClient(pki),
  };
}

/**
 * The conformance suite's customer signs in with a fixed one-time code, when configured (sandbox
 * only).
 */
function conformanceCustomerOf(config: Config): { customerId: string; code: string } | undefined {
  return config.conformanceCustomer
    ? { customerId: CONFORMANCE_CUSTOMER.id, code: CONFORMANCE_CUSTOMER.fixedCode }
    : undefined;
}
