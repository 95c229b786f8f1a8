import type { Knex } from 'knex';
import { assert } from './errors.ts';

/** A connection pool or the caller's transaction: ledger writes join the caller's transaction. */
export type Db = Knex | Knex.Transaction;

/** Ids the ledger accepts (mirrors the CHECK constraints): ASCII, so JS and SQL sort them alike. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,39}$/;

export function isTransaction(db: Db): db is Knex.Transaction {
  return (db as Knex.Transaction).isTransaction === true;
}

export function inTransaction<T>(db: Db, work: (trx: Knex.Transaction) => Promise<T>): Promise<T> {
  return isTransaction(db) ? work(db) : db.transaction(work);
}

/**
 * `statementName` makes it a named prepared statement: each connection parses and plans it once
 * and then only binds and executes it, where an unnamed statement is planned on every call. For
 * the statements on a request's path; a name must always stand for the same SQL text.
 */
export async function query<Row>(
  db: Db,
  sql: string,
  bindings: readonly Knex.RawBinding[] = [],
  statementName?: string,
): Promise<Row[]> {
  const statement = db.raw(sql, bindings);
  const result: { rows: Row[] } = await (statementName
    ? statement.options({ name: statementName })
    : statement);
  return result.rows;
}

/** int8 arrives as bigint when the pool parses it (platform/database.ts), as a string otherwise. */
export function toBigInt(value: unknown, what: string): bigint {
  if (typeof value === 'bigint') return value;
  assert(
    typeof value === 'string' && /^-?\d+$/.test(value),
    `${what} is not an integer: ${typeof value}`,
  );
  return BigInt(value);
}

/** Byte order, the order of COLLATE "C" (ids are ASCII, so code-unit order is byte order). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
