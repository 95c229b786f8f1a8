import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import { errors } from 'oidc-provider';
import { PostgresAdapter, ReplayDetected } from '../adapter.ts';
import { recordFirstUse } from '../replay.ts';
import { sweepExpired } from '../sweep.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  await db.drop();
});

const sha256 = (value: string) => createHash('sha256').update(value).digest('base64url');

describe('PostgresAdapter', () => {
  test('stores bearer credentials only as their SHA-256 and finds them by value', async () => {
    const codes = new PostgresAdapter(db.knex, 'AuthorizationCode');
    await codes.upsert(
      'code-1',
      { jti: 'code-1', clientId: 'c1', grantId: 'g1', kind: 'AuthorizationCode' },
      60,
    );

    const rows = await db.knex('authz.oidc_payloads').where({ kind: 'AuthorizationCode' });
    assert.equal(rows.length, 1);
    assert.equal(rows[0].id, sha256('code-1'));
    assert.equal(
      JSON.stringify(rows[0]).includes('code-1'),
      false,
      'the credential is nowhere in the row',
    );
    assert.equal(rows[0].grant_id, 'g1');

    assert.deepEqual(await codes.find('code-1'), {
      clientId: 'c1',
      grantId: 'g1',
      kind: 'AuthorizationCode',
      jti: 'code-1',
    });
    assert.equal(
      await codes.find(sha256('code-1')),
      undefined,
      'the stored hash is not itself a credential',
    );
  });

  test('keeps session ids as they are so findByUid returns the real id', async () => {
    const sessions = new PostgresAdapter(db.knex, 'Session');
    await sessions.upsert(
      's-1',
      { jti: 's-1', uid: 'u-1', kind: 'Session', accountId: 'alice' },
      600,
    );
    assert.deepEqual(await sessions.findByUid('u-1'), {
      jti: 's-1',
      uid: 'u-1',
      kind: 'Session',
      accountId: 'alice',
    });
    assert.equal(await sessions.findByUid('u-2'), undefined);
  });

  test('upsert replaces the payload and keeps the consumed mark', async () => {
    const par = new PostgresAdapter(db.knex, 'PushedAuthorizationRequest');
    await par.upsert('par-1', { jti: 'par-1', request: 'a' }, 60);
    await par.consume('par-1');
    await par.upsert('par-1', { jti: 'par-1', request: 'b' }, 60);
    const found = await par.find('par-1');
    assert.equal(found?.request, 'b');
    assert.equal(typeof found?.consumed, 'number');
  });

  test('consume is atomic: of concurrent consumes exactly one wins', async () => {
    const codes = new PostgresAdapter(db.knex, 'AuthorizationCode');
    await codes.upsert('race', { jti: 'race', clientId: 'c1' }, 60);
    const results = await Promise.allSettled(
      Array.from({ length: 8 }, () => codes.consume('race')),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    for (const result of results.filter((r) => r.status === 'rejected')) {
      assert.ok(result.reason instanceof errors.InvalidGrant);
    }
    const found = await codes.find('race');
    assert.ok(found?.consumed && found.consumed <= Math.ceil(Date.now() / 1000));
  });

  test('a code whose consume loses a race revokes its grant and every token issued from it', async () => {
    const codes = new PostgresAdapter(db.knex, 'AuthorizationCode');
    const grants = new PostgresAdapter(db.knex, 'Grant');
    const accessTokens = new PostgresAdapter(db.knex, 'AccessToken');
    await grants.upsert('g-race', { jti: 'g-race', clientId: 'c1' }, 600);
    await codes.upsert('code-race', { jti: 'code-race', clientId: 'c1', grantId: 'g-race' }, 60);
    await accessTokens.upsert(
      'at-before',
      { jti: 'at-before', clientId: 'c1', grantId: 'g-race' },
      600,
    );
    await codes.consume('code-race');
    await assert.rejects(codes.consume('code-race'), errors.InvalidGrant);
    assert.equal(await grants.find('g-race'), undefined, 'the grant is revoked');
    assert.equal(
      await accessTokens.find('at-before'),
      undefined,
      'tokens issued before are revoked',
    );
  });

  test('an id no text column can hold is not found, and a value none can hold is not stored', async () => {
    const clients = new PostgresAdapter(db.knex, 'Client');
    const sessions = new PostgresAdapter(db.knex, 'Session');
    for (const id of ['\u0000', 'c\u0000', '\ud800']) {
      assert.equal(await clients.find(id), undefined);
      assert.equal(await sessions.findByUid(id), undefined);
      await clients.destroy(id);
      await sessions.revokeByGrantId(id);
      await assert.rejects(clients.upsert(id, { client_id: id }), errors.InvalidRequest);
    }
    await assert.rejects(
      sessions.upsert('s-nul', { jti: 's-nul', params: { state: 'a\u0000b' } }, 60),
      errors.InvalidRequest,
    );
    await assert.rejects(
      sessions.upsert('s-sur', { jti: 's-sur', nested: { '\udc00': 1 } }, 60),
      errors.InvalidRequest,
    );
    assert.equal(await sessions.find('s-nul'), undefined);
  });

  test('consuming a reused request_uri answers invalid_request_uri', async () => {
    const par = new PostgresAdapter(db.knex, 'PushedAuthorizationRequest');
    await par.upsert('par-2', { jti: 'par-2' }, 60);
    await par.consume('par-2');
    await assert.rejects(par.consume('par-2'), errors.InvalidRequestUri);
  });

  test('a replay-detection insert fails on a duplicate, also when concurrent', async () => {
    const replays = new PostgresAdapter(db.knex, 'ReplayDetection');
    const results = await Promise.allSettled(
      Array.from({ length: 6 }, () => replays.upsert('jti-1', { jti: 'jti-1', iss: 'c1' }, 60)),
    );
    assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
    for (const result of results.filter((r) => r.status === 'rejected'))
      assert.ok(result.reason instanceof ReplayDetected);
    await assert.rejects(replays.upsert('jti-1', { jti: 'jti-1', iss: 'c1' }, 60), ReplayDetected);
  });

  test('destroy and revokeByGrantId delete what they name, and nothing else', async () => {
    const tokens = new PostgresAdapter(db.knex, 'AccessToken');
    const refresh = new PostgresAdapter(db.knex, 'RefreshToken');
    await tokens.upsert('at-1', { jti: 'at-1', grantId: 'grant-a' }, 300);
    await tokens.upsert('at-2', { jti: 'at-2', grantId: 'grant-a' }, 300);
    await tokens.upsert('at-3', { jti: 'at-3', grantId: 'grant-b' }, 300);
    await refresh.upsert('rt-1', { jti: 'rt-1', grantId: 'grant-a' }, 300);

    await tokens.destroy('at-3');
    assert.equal(await tokens.find('at-3'), undefined);

    await tokens.revokeByGrantId('grant-a');
    assert.equal(await tokens.find('at-1'), undefined);
    assert.equal(await tokens.find('at-2'), undefined);
    assert.ok(
      await refresh.find('rt-1'),
      'each model revokes its own kind; oidc-provider calls every model',
    );
  });

  test('expired rows are not found and are swept', async () => {
    const tokens = new PostgresAdapter(db.knex, 'ClientCredentials');
    await tokens.upsert('cc-live', { jti: 'cc-live' }, 300);
    await tokens.upsert('cc-old', { jti: 'cc-old' }, 300);
    await db
      .knex('authz.oidc_payloads')
      .where({ id: sha256('cc-old') })
      .update({ expires_at: db.knex.raw("now() - interval '1 second'") });
    assert.equal(await tokens.find('cc-old'), undefined);

    const clients = new PostgresAdapter(db.knex, 'Client');
    await clients.upsert('client-without-expiry', { client_id: 'client-without-expiry' });

    const swept = await sweepExpired(db.knex, { batchSize: 1 });
    assert.ok(swept.payloads >= 1);
    assert.equal(
      await db
        .knex('authz.oidc_payloads')
        .where({ id: sha256('cc-old') })
        .first(),
      undefined,
    );
    assert.ok(await tokens.find('cc-live'));
    assert.deepEqual(await clients.find('client-without-expiry'), {
      client_id: 'client-without-expiry',
    });
  });
});

describe('recordFirstUse', () => {
  const inAMinute = () => new Date(Date.now() + 60_000);

  test('is true once per key, also under concurrency', async () => {
    const results = await Promise.all(
      Array.from({ length: 6 }, () => recordFirstUse(db.knex, 'ssa:x:1', inAMinute())),
    );
    assert.equal(results.filter(Boolean).length, 1);
    assert.equal(await recordFirstUse(db.knex, 'ssa:x:1', inAMinute()), false);
  });

  test('an expired marker no longer counts, and the sweep removes it', async () => {
    await recordFirstUse(db.knex, 'ssa:x:2', new Date(Date.now() - 1000));
    assert.equal(await recordFirstUse(db.knex, 'ssa:x:2', inAMinute()), true);

    await recordFirstUse(db.knex, 'ssa:x:3', new Date(Date.now() - 1000));
    const swept = await sweepExpired(db.knex);
    assert.equal(swept.replay, 1);
  });
});
