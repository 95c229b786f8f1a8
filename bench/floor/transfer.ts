/**
 * The payment floor's money movement: pgbench's transfer in one statement and one round trip, on
 * the platform's own PostgreSQL (a `bench_floor` schema of the bench's, never the ledger's): debit
 * one of many payers if it can pay, credit one of a few clearing rows, record the movement. What
 * a payment must at least cost the database, with nothing of a bank around it.
 */
import { randomInt } from 'node:crypto';
import pg from 'pg';

export interface FloorTransfers {
  pay(): Promise<void>;
  close(): Promise<void>;
}

const PAYERS = 1000;
const CLEARING_ROWS = 16;
const CONNECTIONS_MAX = 16;

const TRANSFER = `
  WITH debit AS (
    UPDATE bench_floor.accounts SET balance_minor = balance_minor - $2 WHERE id = $1 AND balance_minor >= $2 RETURNING id
  ), credit AS (
    UPDATE bench_floor.accounts SET balance_minor = balance_minor + $2 WHERE id = $3 AND EXISTS (SELECT 1 FROM debit) RETURNING id
  )
  INSERT INTO bench_floor.transfers (debit_id, credit_id, amount_minor) SELECT $1, id, $2 FROM credit`;

export async function floorTransfers(databaseUrl: string): Promise<FloorTransfers> {
  const pool = new pg.Pool({ connectionString: databaseUrl, max: CONNECTIONS_MAX });
  await pool.query(`
    DROP SCHEMA IF EXISTS bench_floor CASCADE;
    CREATE SCHEMA bench_floor;
    CREATE TABLE bench_floor.accounts (id integer PRIMARY KEY, balance_minor bigint NOT NULL);
    CREATE TABLE bench_floor.transfers (
      id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, debit_id integer NOT NULL, credit_id integer NOT NULL,
      amount_minor bigint NOT NULL, created_at timestamptz NOT NULL DEFAULT now());
    INSERT INTO bench_floor.accounts SELECT id, CASE WHEN id < ${PAYERS} THEN 1000000000 ELSE 0 END
      FROM generate_series(0, ${PAYERS + CLEARING_ROWS - 1}) AS id;`);
  return {
    async pay() {
      const result = await pool.query({
        name: 'floor-transfer',
        text: TRANSFER,
        values: [randomInt(PAYERS), 10, PAYERS + randomInt(CLEARING_ROWS)],
      });
      if (result.rowCount !== 1) throw new Error('floor transfer did not move');
    },
    async close() {
      await pool.query('DROP SCHEMA IF EXISTS bench_floor CASCADE').catch(() => undefined);
      await pool.end();
    },
  };
}
