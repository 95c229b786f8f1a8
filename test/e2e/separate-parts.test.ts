import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { tlsFetch } from '../support/http.ts';
import { listening, partsFixture } from '../support/parts.ts';
import { waitFor } from '../support/poll.ts';
import { runScript } from '../support/process.ts';

/**
 * `npm start -- --only authz|resource|worker`: each part as its own process on a shared
 * DATABASE_URL, serving only what is its own, and stopping cleanly on SIGTERM.
 * test/e2e/scale-out.test.ts runs them together behind nginx.
 */

async function readiness(metricsPort: number): Promise<unknown> {
  return (await fetch(`http://127.0.0.1:${metricsPort}/health/ready`)).json();
}

describe('--only worker', () => {
  const fixture = partsFixture({ hsm: false });

  test('runs the jobs of the shared database and stops cleanly on SIGTERM', async () => {
    const { knex } = fixture.database();
    const expiredSession = `expired-${randomUUID()}`;
    await knex('authz.oidc_payloads').insert({
      kind: 'Session',
      id: expiredSession,
      payload: {},
      expires_at: knex.raw("now() - interval '1 second'"),
    });

    const { run: worker, ports } = await fixture.start(['worker']);
    assert.doesNotMatch(worker.output(), /platform ready/, 'no banner');
    assert.equal(await listening(ports.browser), false, 'no browser host');
    assert.equal(await listening(ports.tpp), false, 'no TPP host');
    assert.deepEqual(await readiness(ports.metrics), {
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', keys: 'ok', worker: 'ok' },
    });

    await knex.raw("SELECT graphile_worker.add_job('sweep-authz', '{}'::json)");
    await waitFor(
      async () =>
        (await knex('authz.oidc_payloads')
          .where({ kind: 'Session', id: expiredSession })
          .first()) === undefined,
      'the sweep job to run',
      { intervalMs: 100, detail: worker.output },
    );

    worker.child.kill('SIGTERM');
    assert.equal(await worker.exited, 0, worker.output());
    assert.match(worker.output(), /"msg":"stopped"/);
  });

  test('separate parts need DATABASE_URL, and --only takes only the parts there are', async () => {
    const noDatabase = runScript('platform/main.ts', ['--only', 'worker'], {
      DATA_DIR: `/nonexistent-${randomUUID()}`,
    });
    assert.equal(await noDatabase.exited, 1, noDatabase.output());
    assert.match(
      noDatabase.output(),
      /Configuration error: DATABASE_URL: required with --only worker: separate parts share an external PostgreSQL/,
    );

    const unknown = runScript('platform/main.ts', ['--only', 'authz,everything'], {
      DATABASE_URL: fixture.database().url,
    });
    assert.equal(await unknown.exited, 2, unknown.output());
    assert.match(
      unknown.output(),
      /Configuration error: --only: "everything" cannot run on its own; one or more of: authz, resource, worker/,
    );
  });
});

describe('--only authz and --only resource', () => {
  const fixture = partsFixture({ hsm: false });
  const ca = () => readFile(join(fixture.dataDir(), 'pki', 'ca.pem'), 'utf8');

  test('--only authz serves the browser host and the OAuth endpoints of the TPP host, not the OB APIs, and runs no jobs', async () => {
    const { run, ports } = await fixture.start(['authz']);
    const identity = { ca: await ca() };
    const discovery = await tlsFetch(
      `https://localhost:${ports.browser}/.well-known/openid-configuration`,
      identity,
    );
    assert.equal(discovery.status, 200);
    assert.equal(
      ((await discovery.json()) as { issuer: string }).issuer,
      `https://localhost:${ports.browser}`,
    );

    const token = await tlsFetch(`https://localhost:${ports.tpp}/token`, identity, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    assert.equal(token.status, 400);
    assert.equal(((await token.json()) as { error: string }).error, 'invalid_request');

    const accounts = await tlsFetch(
      `https://localhost:${ports.tpp}/open-banking/v3.1/aisp/accounts`,
      identity,
    );
    assert.equal(accounts.status, 404);
    assert.notEqual(
      accounts.headers.get('content-type'),
      'application/json; charset=utf-8',
      'not the resource server answering',
    );
    assert.deepEqual(await readiness(ports.metrics), {
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', keys: 'ok' },
    });
    assert.deepEqual(
      await fixture
        .database()
        .knex('authz.customers')
        .pluck('username')
        .then((names: string[]) => names.sort()),
      ['alice', 'bob', 'carol'],
      'the sandbox seeded',
    );

    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0, run.output());
  });

  test('--only resource serves the OB APIs on the TPP host only, with the keys and data directory of the bank', async () => {
    const { run, ports } = await fixture.start(['resource']);
    const identity = { ca: await ca() };
    assert.equal(await listening(ports.browser), false, 'no browser host');

    const accounts = await tlsFetch(
      `https://localhost:${ports.tpp}/open-banking/v3.1/aisp/accounts`,
      identity,
    );
    assert.equal(accounts.status, 401, 'the resource guard asks for a token');
    assert.match(accounts.headers.get('www-authenticate') ?? '', /^DPoP /);

    const token = await tlsFetch(`https://localhost:${ports.tpp}/token`, identity, {
      method: 'POST',
      body: 'grant_type=client_credentials',
    });
    assert.equal(token.status, 404, 'no authorization server here');
    assert.deepEqual(await readiness(ports.metrics), {
      status: 'ready',
      checks: { database: 'ok', migrations: 'ok', keys: 'ok' },
    });

    run.child.kill('SIGTERM');
    assert.equal(await run.exited, 0, run.output());
    assert.match(run.output(), /"msg":"stopped"/);
  });
});
