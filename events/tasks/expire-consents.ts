import type { Knex } from 'knex';
import type { JobHelpers, Task } from 'graphile-worker';
import type { TaskDeps } from '../task-list.ts';
import { revokeGrantTokens } from '../../authz/index.ts';
import { expireConsentGrants, type ExpiryResult } from '../../openbanking/index.ts';
import { assertCronPayload } from './payload.ts';

/** Consents handled per run; the next run (every minute) takes the rest. */
export const CONSENTS_PER_RUN_MAX = 500;

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
    if (result.consents > 0)
      helpers.logger.info(`revoked the grants of ${result.consents} expired consents`, {
        ...result,
      });
  };
}

/**
 * The expiry of a bounded batch of consents, their grants ended through the authorization server's
 * own revocation.
 */
export function revokeExpiredConsentGrants(knex: Knex, consentsMax: number): Promise<ExpiryResult> {
  return expireConsentGrants(knex, consentsMax, revokeGrantTokens);
}
