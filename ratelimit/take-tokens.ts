import type { Knex } from 'knex';
import { chargeArrays, takeTokensSql } from './bucket-sql.ts';
import type { BucketCharge, BucketState } from './policy.ts';

const TAKE_STATEMENT = 'ratelimit.take-tokens';
const SQL = takeTokensSql('SELECT * FROM unnest(?::text[], ?::float8[], ?::float8[])');

/**
 * Takes a token from each bucket in one statement (bucket-sql.ts), for requests that make no
 * other round trip it could ride on (authorization server endpoints, customer sign-in). The
 * request may go on only if every bucket gave its token (`rateLimitDecision`).
 */
export async function takeTokens(
  knex: Knex,
  charges: readonly BucketCharge[],
): Promise<BucketState[]> {
  if (charges.length === 0) return [];
  if (new Set(charges.map((c) => c.key)).size !== charges.length)
    throw new Error('one request takes from a bucket once');
  const { rows } = await knex
    .raw<{ rows: { key: string; tokens: number; allowed: boolean }[] }>(SQL, chargeArrays(charges))
    .options({ name: TAKE_STATEMENT });
  const byKey = new Map(rows.map((row) => [row.key, row]));
  return charges.map((charge) => {
    const row = byKey.get(charge.key);
    if (!row) throw new Error('a bucket take returned no row');
    return { policy: charge.policy, tokens: row.tokens, allowed: row.allowed };
  });
}
