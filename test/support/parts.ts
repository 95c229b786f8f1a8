import { mkdtemp, rm } from 'node:fs/promises';
import { connect } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before } from 'node:test';
import { initSoftHsmToken, type SoftHsmToken } from '../../certs/test/softhsm.ts';
import type { Part } from '../../platform/parts.ts';
import { createTestDatabase, type TestDatabase } from './database.ts';
import { freePort, LIMITS_OUT_OF_REACH } from './platform.ts';
import { pollUntil } from './poll.ts';
import { killScripts, runScript, type ScriptRun } from './process.ts';

/** One `npm start -- --only <parts>` process and the ports it was given. */
export interface PartProcess {
  run: ScriptRun;
  ports: { browser: number; tpp: number; metrics: number };
}

export interface PartsFixture {
  database: () => TestDatabase;
  /** The data directory every process of the block shares (dev PKI, sandbox directory). */
  dataDir: () => string;
  /** The environment every process of the block gets: database, data directory, keys, limits. */
  env: () => Record<string, string>;
  /**
   * Starts `--only <parts>` on free ports (`env` on top) and waits for its "<parts> ready" line.
   */
  start: (parts: readonly Part[], env?: Record<string, string>) => Promise<PartProcess>;
}

const START_MS_MAX = 60_000;

/**
 * For a describe block: a fresh database, a data directory and (with `hsm`) a SoftHSM token that
 * every part process started in the block shares, as instances of one bank share their database,
 * their keys and their configuration; all of it goes when the block ends.
 */
export function partsFixture(options: { hsm: boolean }): PartsFixture {
  let database: TestDatabase;
  let dataDir: string;
  let hsm: SoftHsmToken | undefined;
  before(async () => {
    database = await createTestDatabase();
    dataDir = await mkdtemp(join(tmpdir(), 'obp-parts-'));
    if (options.hsm) hsm = await initSoftHsmToken(join(dataDir, 'softhsm'));
  });
  after(async () => {
    killScripts();
    await database?.drop();
    await hsm?.cleanup();
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });
  const env = (): Record<string, string> => ({
    DATABASE_URL: database.url,
    DATA_DIR: dataDir,
    LOG_LEVEL: 'info',
    ...LIMITS_OUT_OF_REACH,
    // The token directory is named by SoftHSM's configuration file, which each process reads.
    ...(hsm
      ? {
          PKCS11_MODULE: hsm.module,
          PKCS11_PIN: hsm.pin,
          PKCS11_TOKEN_LABEL: hsm.tokenLabel,
          SOFTHSM2_CONF: process.env.SOFTHSM2_CONF!,
        }
      : {}),
  });
  return {
    database: () => database,
    dataDir: () => dataDir,
    env,
    async start(parts, extra = {}) {
      const ports = { browser: await freePort(), tpp: await freePort(), metrics: await freePort() };
      const run = runScript('platform/main.ts', ['--only', parts.join(',')], {
        ...env(),
        BROWSER_PORT: String(ports.browser),
        TPP_PORT: String(ports.tpp),
        METRICS_PORT: String(ports.metrics),
        ...extra,
      });
      const line = `"msg":"${parts.join(',')} ready"`;
      const ready = await pollUntil(
        () => {
          if (run.child.exitCode !== null)
            throw new Error(
              `--only ${parts.join(',')} exited (${run.child.exitCode}):\n${run.output()}`,
            );
          return run.output().includes(line);
        },
        { timeoutMs: START_MS_MAX, intervalMs: 100 },
      );
      if (!ready) throw new Error(`--only ${parts.join(',')} did not start:\n${run.output()}`);
      return { run, ports };
    },
  };
}

/** Whether something listens on the port of 127.0.0.1 (a TCP connection is accepted). */
export function listening(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
