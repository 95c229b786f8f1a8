import type { Knex } from 'knex';
import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { revokeGrantTokens } from '../../authz/index.ts';
import { raiseEvents } from '../../openbanking/index.ts';
import { assertCronPayload } from './payload.ts';

/** Consents handled per run; the next run (every minute) takes the rest. */
export const CONSENTS_PER_RUN_MAX = 500;

export interface ExpiryResult {
  /** Expired consents whose grant this run revoked. */
  readonly consents: number;
  /** Token, code and grant rows deleted. */
  readonly payloads: number;
}

/**
 * An expired consent keeps its status (OB v3.1 has no "Expired"); the guard already refuses it.
 * This job makes expiry reach the authorization server too: it deletes the consent's oidc-provider
 * grant and every token and code issued from it, so introspection says `active: false` and refresh
 * gets `invalid_grant` (DESIGN.md section 6), and raises the TPP's consent-authorization-revoked
 * event. Each consent is marked (grant_revoked_at) in the same statement, so a second delivery of
 * the same run finds nothing and deletes nothing.
 */
export default function expireConsents(deps: TaskDeps): Task<'expire-consents'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('expire-consents', payload);
    const result = await revokeExpiredConsentGrants(deps.knex, CONSENTS_PER_RUN_MAX);
    if (result.consents > 0) helpers.logger.info(`revoked the grants of ${result.consents} expired consents`, { ...result });
  };
}

/**
 * In one transaction: mark a bounded batch of expired consents whose grant is not yet revoked
 * (oldest expiry first; rows another run holds are skipped), then revoke their grants through the
 * authorization server's own revocation. Counts both.
 */
export async function revokeExpiredConsentGrants(knex: Knex, consentsMax: number): Promise<ExpiryResult> {
  if (!Number.isInteger(consentsMax) || consentsMax < 1) throw new RangeError('consentsMax must be a positive integer');
  return knex.transaction(async (trx) => {
    const { rows } = await trx.raw<{ rows: { id: string; grant_id: string; status: string }[] }>(
      `UPDATE openbanking.consents SET grant_revoked_at = now()
       WHERE id IN (
         SELECT id FROM openbanking.consents
         WHERE grant_id IS NOT NULL AND grant_revoked_at IS NULL AND expires_at IS NOT NULL AND expires_at <= now()
         ORDER BY expires_at
         LIMIT ?
         FOR UPDATE SKIP LOCKED)
       RETURNING id, grant_id, status`,
      [consentsMax],
    );
    // Only a consent still in use loses its authorisation by expiring (a revoked or consumed one has none left).
    await raiseEvents(trx, { consents: rows.filter((row) => row.status === 'Authorised').map((row) => row.id), authorizationRevoked: true });
    return { consents: rows.length, payloads: await revokeGrantTokens(trx, rows.map((row) => row.grant_id)) };
  });
}
