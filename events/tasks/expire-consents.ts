import type { Knex } from 'knex';
import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
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
 * gets `invalid_grant` (DESIGN.md section 6). Each consent is marked (grant_revoked_at) in the
 * same statement, so a second delivery of the same run finds nothing and deletes nothing.
 */
export default function expireConsents(deps: TaskDeps): Task<'expire-consents'> {
  return async (payload: unknown, helpers: JobHelpers) => {
    assertCronPayload('expire-consents', payload);
    const result = await revokeExpiredConsentGrants(deps.knex, CONSENTS_PER_RUN_MAX);
    if (result.consents > 0) helpers.logger.info(`revoked the grants of ${result.consents} expired consents`, { ...result });
  };
}

/**
 * One statement: mark a bounded batch of expired consents whose grant is not yet revoked (oldest
 * expiry first; rows another run holds are skipped), delete their grants' rows, count both. The
 * adapter keeps a grant in `authz.oidc_payloads` as kind `Grant` with id = grant id, and every
 * token and code with grant_id = grant id. Two deletes rather than one with OR, so each is an
 * index lookup, never a scan of the table.
 */
export async function revokeExpiredConsentGrants(knex: Knex, consentsMax: number): Promise<ExpiryResult> {
  if (!Number.isInteger(consentsMax) || consentsMax < 1) throw new RangeError('consentsMax must be a positive integer');
  const { rows } = await knex.raw<{ rows: { consents: number; payloads: number }[] }>(
    `WITH expired AS (
       UPDATE openbanking.consents SET grant_revoked_at = now()
       WHERE id IN (
         SELECT id FROM openbanking.consents
         WHERE grant_id IS NOT NULL AND grant_revoked_at IS NULL AND expires_at IS NOT NULL AND expires_at <= now()
         ORDER BY expires_at
         LIMIT ?
         FOR UPDATE SKIP LOCKED)
       RETURNING grant_id
     ), deleted_tokens AS (
       DELETE FROM authz.oidc_payloads p USING expired e WHERE p.grant_id = e.grant_id RETURNING 1
     ), deleted_grants AS (
       DELETE FROM authz.oidc_payloads p USING expired e WHERE p.kind = 'Grant' AND p.id = e.grant_id RETURNING 1
     )
     SELECT (SELECT count(*) FROM expired)::int AS consents,
            ((SELECT count(*) FROM deleted_tokens) + (SELECT count(*) FROM deleted_grants))::int AS payloads`,
    [consentsMax],
  );
  const [row] = rows;
  return { consents: row?.consents ?? 0, payloads: row?.payloads ?? 0 };
}
