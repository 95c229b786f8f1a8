import type { ChildProcess } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { JWK } from 'jose';
import { freePort } from '../../test/support/platform.ts';
import { startChild } from '../platform.ts';
import type { FloorSettings } from './server.ts';

export interface Floor {
  child: ChildProcess;
  /**
   * https://localhost:<port>: its token endpoint is `${origin}/token`, its resources under
   * /open-banking/.
   */
  origin: string;
}

export interface FloorOptions {
  /** The platform's data dir: the floor serves the same TLS certificate and key. */
  dataDir: string;
  /** Trust anchors for client certificates, as the TPP host has them. */
  clientCaPems: string[];
  clientId: string;
  /** The client's registered public signing key (with `alg`). */
  clientJwk: JWK;
  databaseUrl: string;
}

/**
 * bench/floor/server.ts in its own process, so its CPU is measured apart from the bench client's.
 */
export async function startFloor(options: FloorOptions): Promise<Floor> {
  const port = await freePort();
  const origin = `https://localhost:${port}`;
  const settings: FloorSettings = {
    port,
    origin,
    tls: {
      certPem: await readFile(join(options.dataDir, 'pki', 'server.pem'), 'utf8'),
      keyPem: await readFile(join(options.dataDir, 'pki', 'server-key.pem'), 'utf8'),
      clientCaPems: options.clientCaPems,
    },
    client: {
      clientId: options.clientId,
      publicJwk: options.clientJwk as FloorSettings['client']['publicJwk'],
    },
    databaseUrl: options.databaseUrl,
  };
  // BENCH_CPU_PROF_DIR profiles the floor too, in its floor/ subdirectory.
  const profile = process.env.BENCH_CPU_PROF_DIR
    ? ['--cpu-prof', `--cpu-prof-dir=${join(process.env.BENCH_CPU_PROF_DIR, 'floor')}`]
    : [];
  const child = await startChild(
    [...profile, '--import', 'tsx', 'bench/floor/server.ts'],
    'floor ready',
    { FLOOR_SETTINGS: JSON.stringify(settings) },
  );
  return { child, origin };
}
