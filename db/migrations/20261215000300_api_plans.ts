import type { Knex } from 'knex';

/**
 * API plans and usage metering (metering/, issue 15).
 *
 * - `plans`: the plan the operator put a TPP on (`npm run usage -- plan`); a TPP without a row is
 *   on
 *   the default plan (DEFAULT_API_PLAN).
 * - `usage`: resource API requests per TPP, per API (the endpoint group) and per UK day, counted in
 *   the resource guard's token lookup statement, or in the payment's own transaction for payment
 *   submissions (so a payment and its count commit together). A month's total is the sum of its
 *   days: what a quota is checked against, and what the usage API and the operator's report show.
 */
export async function up(knex: Knex): Promise<void> {
  await knex.raw(String.raw`
    CREATE SCHEMA metering;
    CREATE TABLE metering.plans (
      client_id text COLLATE "C" PRIMARY KEY CHECK (char_length(client_id) BETWEEN 1 AND 512),
      plan text NOT NULL CHECK (plan IN ('free', 'standard', 'premium')),
      updated_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE TABLE metering.usage (
      client_id text COLLATE "C" NOT NULL CHECK (char_length(client_id) BETWEEN 1 AND 512),
      day date NOT NULL,
      api text NOT NULL CHECK (api IN ('aisp', 'pisp', 'cbpii', 'events')),
      requests bigint NOT NULL CHECK (requests > 0),
      PRIMARY KEY (client_id, day, api)
    ) WITH (fillfactor = 70);
    -- The operator's report of a month across TPPs.
    CREATE INDEX usage_day_idx ON metering.usage (day);
  `);
}

export async function down(knex: Knex): Promise<void> {
  await knex.raw('DROP SCHEMA metering CASCADE');
}
