import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { loadConfig, RATE_LIMIT_NAMES, type Config } from '../../platform/config.ts';
import { createLogger } from '../../platform/logging.ts';
import { startPlatform, type Platform } from '../../platform/platform.ts';
import { initSoftHsmToken } from '../../certs/test/softhsm.ts';
import { createTestDatabase } from './database.ts';

export interface TestPlatform extends Platform {
  dataDir: string;
  /** Every JSON log line the platform wrote, for assertions about what is (not) logged. */
  logLines(): string[];
}

export interface TestPlatformOptions {
  /** Keys in a fresh SoftHSM token (default) or the software keystore. */
  hsm?: boolean;
  env?: Record<string, string>;
  /**
   * A second instance of that platform (started with `hsm: false`): its database and data dir
   * (software keys, PKI, sandbox directory), its own ports; stopping it leaves both in place.
   */
  instanceOf?: TestPlatform;
}

/**
 * Limits out of reach unless a test sets its own: a test file makes a TPP's burst of requests and
 * signs the same customers in many times; the limiter's statements still run on every request.
 * Likewise payment limits: payment tests pay many times from the same accounts.
 */
export const LIMITS_OUT_OF_REACH: Readonly<Record<string, string>> = {
  RATE_LIMITS: RATE_LIMIT_NAMES.map((name) => `${name}=1000000/1`).join(','),
  PAYMENT_LIMITS: 'per-payment=1000000000,per-day=1000000000,velocity=100000/1',
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

/** The real platform, in this process, on free ports, a fresh database and a temporary data dir. */
export async function startTestPlatform(options: TestPlatformOptions = {}): Promise<TestPlatform> {
  const first = options.instanceOf;
  const dataDir = first ? first.dataDir : await mkdtemp(join(tmpdir(), 'obp-test-'));
  const database = first
    ? { url: first.config.databaseUrl!, drop: async () => {} }
    : await createTestDatabase();
  if ('knex' in database) await database.knex.destroy();
  const hsm =
    !first && (options.hsm ?? true) ? await initSoftHsmToken(join(dataDir, 'softhsm')) : undefined;
  const [browserPort, tppPort] = [await freePort(), await freePort()];
  const env: Record<string, string> = {
    DATA_DIR: dataDir,
    DATABASE_URL: database.url,
    BROWSER_PORT: String(browserPort),
    TPP_PORT: String(tppPort),
    LOG_LEVEL: 'info',
    // No operators' listener unless a test asks for one: test files run side by side.
    METRICS_PORT: '0',
    ...LIMITS_OUT_OF_REACH,
    ...(hsm
      ? { PKCS11_MODULE: hsm.module, PKCS11_PIN: hsm.pin, PKCS11_SLOT: String(hsm.slot) }
      : {}),
    ...options.env,
  };
  const config: Config = loadConfig(env);
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
      callback();
    },
  });
  const platform = await startPlatform(
    config,
    createLogger({ level: config.logLevel, destination }),
  );
  return {
    ...platform,
    dataDir,
    logLines: () => [...lines],
    async stop() {
      await platform.stop();
      await database.drop();
      await hsm?.cleanup();
      if (!first) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
