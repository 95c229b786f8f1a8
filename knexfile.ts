import type { Knex } from 'knex';

/**
 * For the knex CLI (`npm run migrate`) against DATABASE_URL. The platform migrates through
 * platform/database.ts with the same directory and table, so either path sees the same history.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error(
    'DATABASE_URL is not set: the knex CLI needs the PostgreSQL URL to migrate (postgres://user:pass@host:5432/db)',
  );
}

const config: Knex.Config = {
  client: 'pg',
  connection: url,
  migrations: {
    directory: './db/migrations',
    loadExtensions: ['.ts'],
    tableName: 'knex_migrations',
  },
};

export default config;
