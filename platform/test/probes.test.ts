import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { after, before, describe, test } from 'node:test';
import type { Knex } from 'knex';
import { createKnex } from '../database.ts';
import { tlsFetch } from '../../test/support/http.ts';
import { freePort, startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { waitFor } from '../../test/support/poll.ts';
import { partsFixture } from '../../test/support/parts.ts';

/**
 * /health/live and /health/ready on both TLS hosts, on the operators' listener (METRICS_PORT) and
 * on the worker-only process, made to fail for real: a database that refuses connections, a
 * migration rolled back.
 */

const MIGRATIONS = {
  directory: fileURLToPath(new URL('../../db/migrations', import.meta.url)),
  loadExtensions: ['.ts'],
  tableName: 'knex_migrations',
};

interface ProbeAnswer {
  status: number;
  body: { status: string; checks?: Record<string, string>; failing?: string[] };
}

async function probe(url: string, ca?: string): Promise<ProbeAnswer> {
  const response = ca ? await tlsFetch(url, { ca }) : await fetch(url);
  assert.equal(response.headers.get('cache-control'), 'no-store');
  return { status: response.status, body: (await response.json()) as ProbeAnswer['body'] };
}

describe('the platform', () => {
  let platform: TestPlatform;
  let metricsPort: number;
  let admin: Knex;
  let databaseName: string;

  before(async () => {
    metricsPort = await freePort();
    platform = await startTestPlatform({ env: { METRICS_PORT: String(metricsPort) } });
    const url = new URL(platform.config.databaseUrl!);
    databaseName = url.pathname.slice(1);
    url.pathname = '/postgres';
    admin = createKnex(url.href, { min: 0, max: 1 });
  });
  after(async () => {
    await admin
      ?.raw('ALTER DATABASE ?? ALLOW_CONNECTIONS true', [databaseName])
      .catch(() => undefined);
    await admin?.destroy();
    await platform?.stop();
  });

  const urls = () => ({
    browser: platform.urls.browser,
    tpp: platform.urls.tpp,
    metrics: `http://127.0.0.1:${metricsPort}`,
  });
  const everyProbe = (path: string) =>
    Promise.all(
      Object.entries(urls()).map(
        async ([where, base]) =>
          [
            where,
            await probe(
              `${base}${path}`,
              where === 'metrics' ? undefined : platform.serverTrustAnchorPem,
            ),
          ] as const,
      ),
    );

  test("is live and ready on both hosts and the operators' listener, every check named", async () => {
    for (const [where, answer] of await everyProbe('/health/live'))
      assert.deepEqual(answer, { status: 200, body: { status: 'ok' } }, where);
    for (const [where, answer] of await everyProbe('/health/ready')) {
      assert.deepEqual(
        answer,
        {
          status: 200,
          body: {
            status: 'ready',
            checks: { database: 'ok', migrations: 'ok', keys: 'ok', worker: 'ok' },
          },
        },
        where,
      );
    }
    const health = await tlsFetch(`${platform.urls.browser}/health`, {
      ca: platform.serverTrustAnchorPem,
    });
    assert.equal(health.status, 200, '/health answers as before');
  });

  test('is not ready while a migration is rolled back, and ready again once it is applied', async () => {
    const knex = createKnex(platform.config.databaseUrl!, { min: 0, max: 1 });
    try {
      const [, rolledBack] = (await knex.migrate.down(MIGRATIONS)) as [number, string[]];
      assert.equal(rolledBack.length, 1);
      const name = rolledBack[0]!;
      for (const [where, answer] of await everyProbe('/health/ready')) {
        assert.equal(answer.status, 503, where);
        assert.equal(answer.body.status, 'unavailable', where);
        assert.deepEqual(answer.body.failing, ['migrations'], where);
        assert.equal(answer.body.checks?.migrations, `not applied: ${name}`, where);
        assert.equal(answer.body.checks?.database, 'ok', where);
      }
      for (const [where, answer] of await everyProbe('/health/live'))
        assert.equal(answer.status, 200, where);
      await knex.migrate.up(MIGRATIONS);
      assert.equal(
        (await probe(`${urls().tpp}/health/ready`, platform.serverTrustAnchorPem)).status,
        200,
      );
    } finally {
      await knex.destroy();
    }
  });

  test('is not ready while the database refuses connections, live all along, ready again after', async () => {
    await admin.raw('ALTER DATABASE ?? ALLOW_CONNECTIONS false', [databaseName]);
    await admin.raw(
      'SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()',
      [databaseName],
    );
    try {
      const down = await probe(`${urls().metrics}/health/ready`);
      assert.equal(down.status, 503);
      assert.ok(down.body.failing?.includes('database'), JSON.stringify(down.body));
      assert.notEqual(down.body.checks?.database, 'ok');
      assert.equal(down.body.checks?.keys, 'ok', 'the other checks still report on their own');
      const tppDown = await probe(`${urls().tpp}/health/ready`, platform.serverTrustAnchorPem);
      assert.equal(tppDown.status, 503);
      assert.ok(tppDown.body.failing?.includes('database'));
      assert.equal(
        (await probe(`${urls().browser}/health/live`, platform.serverTrustAnchorPem)).status,
        200,
      );
    } finally {
      await admin.raw('ALTER DATABASE ?? ALLOW_CONNECTIONS true', [databaseName]);
    }
    await waitFor(
      async () => (await probe(`${urls().metrics}/health/ready`)).status === 200,
      'readiness after the database came back',
    );
  });
});

describe('the worker-only process', () => {
  const fixture = partsFixture({ hsm: false });

  test('answers the probes on METRICS_PORT, not ready while a migration is rolled back', async () => {
    const database = fixture.database();
    const { run: worker, ports } = await fixture.start(['worker']);
    const base = `http://127.0.0.1:${ports.metrics}`;

    assert.deepEqual(await probe(`${base}/health/live`), { status: 200, body: { status: 'ok' } });
    assert.deepEqual(await probe(`${base}/health/ready`), {
      status: 200,
      body: {
        status: 'ready',
        checks: { database: 'ok', migrations: 'ok', keys: 'ok', worker: 'ok' },
      },
    });

    const [, rolledBack] = (await database.knex.migrate.down(MIGRATIONS)) as [number, string[]];
    const notReady = await probe(`${base}/health/ready`);
    assert.equal(notReady.status, 503);
    assert.deepEqual(notReady.body.failing, ['migrations']);
    assert.equal(notReady.body.checks?.migrations, `not applied: ${rolledBack[0]}`);
    await database.knex.migrate.up(MIGRATIONS);
    assert.equal((await probe(`${base}/health/ready`)).status, 200);

    worker.child.kill('SIGTERM');
    assert.equal(await worker.exited, 0, worker.output());
  });
});
