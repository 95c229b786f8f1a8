import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import type { TestDatabase } from '../../test/support/database.ts';
import { revokeExpiredConsentGrants } from '../tasks/expire-consents.ts';
import { ALICE, addRawJob, jobsOf, runDueJobs, createSeededDatabase } from './jobs.ts';

let database: TestDatabase;
before(async () => {
  database = await createSeededDatabase();
});
after(() => database?.drop());

/**
 * An authorised account-access consent with its grant as the authorization server stores it: the
 * Grant row keyed by the grant id, and an access token, a refresh token and a code carrying it.
 */
async function authorisedConsent(
  expiresInSeconds: number,
): Promise<{ consentId: string; grantId: string }> {
  const consentId = `aac-${randomUUID()}`;
  const grantId = `grant-${randomUUID()}`;
  await database.knex.transaction(async (trx) => {
    await trx.raw(
      `INSERT INTO openbanking.consents (id, kind, client_id, status, permissions, expires_at, customer_id, account_ids, grant_id, authorised_at)
       VALUES (?, 'account-access', 'client-1', 'Authorised', ARRAY['ReadAccountsBasic'], now() + ? * interval '1 second', ?, ARRAY[?]::text[], ?, now())`,
      [consentId, expiresInSeconds, ALICE.id, ALICE.current.id, grantId],
    );
    await trx('authz.oidc_payloads').insert([
      {
        kind: 'Grant',
        id: grantId,
        payload: { jti: grantId, accountId: ALICE.id, clientId: 'client-1' },
      },
      ...['AccessToken', 'RefreshToken', 'AuthorizationCode'].map((kind) => ({
        kind,
        id: `${kind}-${randomUUID()}`,
        payload: { kind, grantId },
        grant_id: grantId,
        expires_at: trx.raw("now() + interval '1 hour'"),
      })),
    ]);
  });
  return { consentId, grantId };
}

async function grantRows(grantId: string): Promise<string[]> {
  const rows = await database
    .knex('authz.oidc_payloads')
    .select('kind')
    .where({ grant_id: grantId })
    .orWhere({ kind: 'Grant', id: grantId })
    .orderBy('kind');
  return rows.map((row: { kind: string }) => row.kind);
}

async function consent(
  consentId: string,
): Promise<{ status: string; grant_revoked_at: Date | null }> {
  const row = await database
    .knex('openbanking.consents')
    .select('status', 'grant_revoked_at')
    .where({ id: consentId })
    .first();
  assert(row, `consent ${consentId} exists`);
  return row;
}

describe('expire-consents', () => {
  test('revokes the grant and tokens of an expired consent, and leaves live consents alone', async () => {
    const expired = await authorisedConsent(-60);
    const live = await authorisedConsent(3600);
    assert.deepEqual(await grantRows(expired.grantId), [
      'AccessToken',
      'AuthorizationCode',
      'Grant',
      'RefreshToken',
    ]);

    await addRawJob(database.knex, 'expire-consents', {});
    await runDueJobs(database);

    assert.deepEqual(await jobsOf(database.knex, 'expire-consents'), [], 'the job completed');
    assert.deepEqual(await grantRows(expired.grantId), []);
    assert.deepEqual(await grantRows(live.grantId), [
      'AccessToken',
      'AuthorizationCode',
      'Grant',
      'RefreshToken',
    ]);
    // OB v3.1 has no Expired status: expiry is read from expires_at.
    assert.equal((await consent(expired.consentId)).status, 'Authorised');
    assert.ok((await consent(expired.consentId)).grant_revoked_at instanceof Date);
    assert.equal((await consent(live.consentId)).grant_revoked_at, null);
  });

  test('a second run finds nothing to do', async () => {
    await authorisedConsent(-60);
    assert.equal((await revokeExpiredConsentGrants(database.knex, 100)).consents, 1);
    assert.deepEqual(await revokeExpiredConsentGrants(database.knex, 100), {
      consents: 0,
      payloads: 0,
    });
  });

  test('each run takes a bounded batch, oldest expiry first', async () => {
    const older = await authorisedConsent(-120);
    const newer = await authorisedConsent(-60);

    assert.deepEqual(await revokeExpiredConsentGrants(database.knex, 1), {
      consents: 1,
      payloads: 4,
    });
    assert.deepEqual(await grantRows(older.grantId), []);
    assert.equal(
      (await grantRows(newer.grantId)).length,
      4,
      'the newer one waits for the next run',
    );

    assert.deepEqual(await revokeExpiredConsentGrants(database.knex, 1), {
      consents: 1,
      payloads: 4,
    });
    assert.deepEqual(await grantRows(newer.grantId), []);
    await assert.rejects(revokeExpiredConsentGrants(database.knex, 0), RangeError);
  });
});
