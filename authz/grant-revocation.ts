import type { Knex } from 'knex';

/**
 * oidc-provider grants and everything issued from them (codes, access and refresh tokens), deleted
 * from the store. Given the caller's transaction, a consent's new status and the end of its tokens
 * commit together (DESIGN.md section 6): the token lookup, introspection and refresh find nothing
 * afterwards. The same rows the adapter's `revokeByGrantId` removes per model, plus the Grant
 * itself; two statements so each is an index lookup. Returns the rows deleted.
 */
export async function revokeGrantTokens(
  db: Knex | Knex.Transaction,
  grantIds: string | readonly string[],
): Promise<number> {
  const ids = typeof grantIds === 'string' ? [grantIds] : [...grantIds];
  if (ids.length === 0) return 0;
  const issued = await db.raw<{ rowCount: number }>(
    'DELETE FROM authz.oidc_payloads WHERE grant_id = ANY(?::text[])',
    [ids],
  );
  const grants = await db.raw<{ rowCount: number }>(
    `DELETE FROM authz.oidc_payloads WHERE kind = 'Grant' AND id = ANY(?::text[])`,
    [ids],
  );
  return issued.rowCount + grants.rowCount;
}
