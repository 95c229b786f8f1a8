import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { CLIENT_CACHE_TTL_MS, PostgresAdapter } from '../adapter.ts';
import { createTestDatabase, type TestDatabase } from '../../test/support/database.ts';

let db: TestDatabase;
before(async () => {
  db = await createTestDatabase();
});
after(async () => {
  await db.drop();
});

const changeBehindItsBack = (id: string, name: string) =>
  db.knex.raw(
    `UPDATE authz.oidc_payloads SET payload = jsonb_set(payload, '{client_name}', to_jsonb(?::text)) WHERE kind = 'Client' AND id = ?`,
    [name, id],
  );

describe('PostgresAdapter, Client rows', () => {
  test('a client read is served from memory for a short while, then read again', async () => {
    const clients = new PostgresAdapter(db.knex, 'Client');
    await clients.upsert('c-cache', { client_id: 'c-cache', client_name: 'First' });
    assert.equal((await clients.find('c-cache'))?.client_name, 'First');

    // What another instance's RFC 7592 update looks like from here.
    await changeBehindItsBack('c-cache', 'Second');
    const started = Date.now();
    assert.equal((await clients.find('c-cache'))?.client_name, 'First', 'served from memory');
    let name: unknown = 'First';
    while (name === 'First' && Date.now() - started < CLIENT_CACHE_TTL_MS + 3_000) {
      name = (await clients.find('c-cache'))?.client_name;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    assert.equal(name, 'Second', `re-read within ${CLIENT_CACHE_TTL_MS} ms`);
  });

  test("this instance's own updates and deletions show at once", async () => {
    const clients = new PostgresAdapter(db.knex, 'Client');
    await clients.upsert('c-own', { client_id: 'c-own', client_name: 'Before' });
    assert.equal((await clients.find('c-own'))?.client_name, 'Before');
    await clients.upsert('c-own', { client_id: 'c-own', client_name: 'After' });
    assert.equal((await clients.find('c-own'))?.client_name, 'After');
    await clients.destroy('c-own');
    assert.equal(await clients.find('c-own'), undefined);
  });

  test('a read that overlaps a deletion is not remembered', async () => {
    const clients = new PostgresAdapter(db.knex, 'Client');
    await clients.upsert('c-race', { client_id: 'c-race' });
    for (let round = 0; round < 20; round += 1) {
      await clients.upsert('c-race', { client_id: 'c-race' });
      await Promise.all([
        clients.find('c-race'),
        clients.destroy('c-race'),
        clients.find('c-race'),
      ]);
      assert.equal(await clients.find('c-race'), undefined, `round ${round}`);
    }
  });

  test('unknown clients are not remembered, and other kinds are always read', async () => {
    const clients = new PostgresAdapter(db.knex, 'Client');
    assert.equal(await clients.find('c-later'), undefined);
    await db
      .knex('authz.oidc_payloads')
      .insert({ kind: 'Client', id: 'c-later', payload: { client_id: 'c-later' } });
    assert.deepEqual(await clients.find('c-later'), { client_id: 'c-later' });

    const sessions = new PostgresAdapter(db.knex, 'Session');
    await sessions.upsert('s-1', { jti: 's-1', accountId: 'alice' }, 600);
    assert.equal((await sessions.find('s-1'))?.accountId, 'alice');
    await db.knex.raw(
      `UPDATE authz.oidc_payloads SET payload = '{"jti":"s-1","accountId":"bob"}' WHERE kind = 'Session' AND id = 's-1'`,
    );
    assert.equal((await sessions.find('s-1'))?.accountId, 'bob');
  });
});
