import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import knexFactory, { type Knex } from 'knex';
import pg from 'pg';
import { within } from './time-limit.ts';

// int8 carries money in minor units: a JavaScript number would silently lose precision past 2^53.
pg.types.setTypeParser(pg.types.builtins.INT8, (value: string) => BigInt(value));

const MIGRATIONS_DIR = fileURLToPath(new URL('../db/migrations', import.meta.url));

export function createKnex(
  url: string,
  pool: { min: number; max: number } = { min: 0, max: 10 },
  options: { asynchronousCommit?: boolean } = {},
): Knex {
  return knexFactory({
    client: 'pg',
    // Asynchronous commit: a commit returns before its WAL is flushed; a PostgreSQL crash may lose
    // the last fraction of a second of such commits, never corrupt anything ("Asynchronous Commit"
    // in the PostgreSQL manual). Generic plans: its statements are planned once per connection.
    connection: options.asynchronousCommit
      ? {
          connectionString: url,
          options: '-c synchronous_commit=off -c plan_cache_mode=force_generic_plan',
        }
      : url,
    pool,
    // Queries throw on error; knex's own stack capture costs on the hot paths.
    asyncStackTraces: false,
  });
}

/**
 * The migrations, named as in the source whichever form runs: the production image runs the
 * compiled tree (`npm run build`, `<name>.js`, no TypeScript at run time) and knex_migrations
 * keeps the `.ts` names, so a database migrated by either form is at head for the other.
 */
const MIGRATION_EXTENSION = import.meta.url.endsWith('.ts') ? '.ts' : '.js';

interface MigrationFile {
  file: string;
}

const migrationSource: Knex.MigrationSource<MigrationFile> = {
  async getMigrations() {
    return (await readdir(MIGRATIONS_DIR))
      .filter((file) => file.endsWith(MIGRATION_EXTENSION))
      .sort()
      .map((file) => ({ file }));
  },
  getMigrationName: ({ file }) => `${file.slice(0, -MIGRATION_EXTENSION.length)}.ts`,
  getMigration: ({ file }) => import(pathToFileURL(join(MIGRATIONS_DIR, file)).href),
};

const MIGRATIONS: Knex.MigratorConfig = { migrationSource, tableName: 'knex_migrations' };

export async function runMigrations(knex: Knex): Promise<void> {
  await knex.migrate.latest(MIGRATIONS);
}

/** The names of every migration this code ships (its files; the database is not asked). */
export async function migrationNames(): Promise<string[]> {
  return (await migrationSource.getMigrations([])).map((migration) =>
    migrationSource.getMigrationName(migration),
  );
}

/** Those of `names` the database has not applied (one query: what a readiness probe asks). */
export async function missingMigrations(knex: Knex, names: readonly string[]): Promise<string[]> {
  const { rows } = await knex.raw<{ rows: { name: string }[] }>(
    'SELECT name FROM knex_migrations WHERE name = ANY(?::text[])',
    [[...names]],
  );
  const applied = new Set(rows.map((row) => row.name));
  return names.filter((name) => !applied.has(name));
}

/** True when the database answers a trivial query within `timeoutMs`. */
export async function databaseAnswers(knex: Knex, timeoutMs = 1000): Promise<boolean> {
  try {
    await within(knex.raw('select 1'), timeoutMs);
    return true;
  } catch {
    return false;
  }
}
