import { fileURLToPath } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';

// int8 carries money in minor units: a JavaScript number would silently lose precision past 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => BigInt(value));

const MIGRATIONS_DIR = fileURLToPath(new URL('../db/migrations', import.meta.url));

export function createKnex(url: string, pool: { min: number; max: number } = { min: 0, max: 10 }): Knex {
  return knexFactory({
    client: 'pg',
    connection: url,
    pool,
    // Queries throw on error; knex's own stack capture costs on the hot paths.
    asyncStackTraces: false,
  });
}

export async function runMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest({
    directory: MIGRATIONS_DIR,
    loadExtensions: ['.ts'],
    tableName: 'knex_migrations',
  });
}

/** True when the database answers a trivial query within `timeoutMs`. */
export async function databaseAnswers(knex: Knex, timeoutMs = 1000): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  try {
    await Promise.race([
      knex.raw('select 1'),
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
      }),
    ]);
    return true;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}
