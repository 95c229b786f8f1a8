import type { Knex } from 'knex';

/**
 * An oidc-provider grant and everything issued from it (codes, access and refresh tokens), deleted
 * from the store in the caller's transaction, so that a consent's new status and the end of its
 * tokens commit together (DESIGN.md section 6): the token lookup, introspection and refresh find
 * nothing afterwards. The same rows the adapter's `revokeByGrantId` removes per model, plus the
 * Grant itself; two statements so each is an index lookup.
 */
export async function revokeGrantTokens(trx: Knex.Transaction, grantId: string): Promise<void> {
  await trx.raw('DELETE FROM authz.oidc_payloads WHERE grant_id = ?', [grantId]);
  await trx.raw(`DELETE FROM authz.oidc_payloads WHERE kind = 'Grant' AND id = ?`, [grantId]);
}
