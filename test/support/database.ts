import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { createKnex, runMigrations } from '../../platform/database.ts';
import { startEmbeddedPostgres } from '../../platform/embedded-postgres.ts';
import { createLogger } from '../../platform/logging.ts';
import { migrateWorkerSchema } from '../../events/index.ts';

export interface TestDatabase {
  url: string;
  knex: Knex;
  drop(): Promise<void>;
}

let cluster: Promise<(database?: string) => string> | undefined;
/** Set when this process started its own cluster: stopped once its last database is dropped. */
let privateCluster: { stop(): Promise<void> } | undefined;
let liveDatabases = 0;

/**
 * `npm test` starts one embedded cluster for the whole run and passes its admin URL in
 * TEST_PG_ADMIN_URL; a test file run on its own starts a private cluster for its process.
 */
function clusterAdminUrl(): Promise<(database?: string) => string> {
  cluster ??= (async () => {
    const shared = process.env.TEST_PG_ADMIN_URL;
    if (shared) {
      return (database = 'postgres') => {
        const url = new URL(shared);
        url.pathname = `/${database}`;
        return url.href;
      };
    }
    const dir = await mkdtemp(join(tmpdir(), 'obp-test-pg-'));
    const port = 20000 + Math.floor(Math.random() * 20000);
    const pg = await startEmbeddedPostgres({
      dir,
      port,
      logger: createLogger({ level: 'silent' }),
    });
    // The postmaster is a child process: while it runs, the test file's process cannot exit.
    privateCluster = {
      async stop() {
        await pg.stop();
        await rm(dir, { recursive: true, force: true });
      },
    };
    return pg.adminUrl;
  })();
  return cluster;
}

/** A fresh, migrated database of its own for one test file. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const adminUrl = await clusterAdminUrl();
  const name = `t_${randomBytes(6).toString('hex')}`;
  const admin = createKnex(adminUrl(), { min: 0, max: 1 });
  try {
    await admin.raw('create database ??', [name]);
  } finally {
    await admin.destroy();
  }
  const url = adminUrl(name);
  const knex = createKnex(url);
  liveDatabases += 1;
  await runMigrations(knex);
  await migrateWorkerSchema(url, createLogger({ level: 'silent' }));
  return {
    url,
    knex,
    async drop() {
      await knex.destroy();
      const again = createKnex(adminUrl(), { min: 0, max: 1 });
      try {
        await again.raw('drop database if exists ?? with (force)', [name]);
      } finally {
        await again.destroy();
      }
      liveDatabases -= 1;
      if (liveDatabases === 0 && privateCluster) {
        const stopping = privateCluster;
        privateCluster = undefined;
        cluster = undefined;
        await stopping.stop();
      }
    },
  };
}
