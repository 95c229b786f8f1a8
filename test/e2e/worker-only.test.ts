import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { pollUntil } from '../support/poll.ts';
import { killScripts, runScript } from '../support/process.ts';

/**
 * `npm start -- --only worker`: the job worker as its own process on a shared DATABASE_URL, no
 * listeners. It picks up jobs other processes enqueue and stops cleanly on SIGTERM.
 */

const WAIT_MS_MAX = 60_000;

let database: TestDatabase;

before(async () => {
  database = await createTestDatabase();
});
after(async () => {
  killScripts();
  await database?.drop();
});

const start = (args: string[], env: Record<string, string>) => runScript('platform/main.ts', args, { LOG_LEVEL: 'info', ...env });

async function until(check: () => boolean | Promise<boolean>, what: string, output: () => string): Promise<void> {
  if (!(await pollUntil(check, { timeoutMs: WAIT_MS_MAX, intervalMs: 100 }))) assert.fail(`timed out waiting for ${what}:\n${output()}`);
}

test('--only worker runs the jobs of the shared database and stops cleanly on SIGTERM', async () => {
  const expiredSession = `expired-${randomUUID()}`;
  await database.knex('authz.oidc_payloads').insert({ kind: 'Session', id: expiredSession, payload: {}, expires_at: database.knex.raw("now() - interval '1 second'") });

  const worker = start(['--only', 'worker'], { DATABASE_URL: database.url });
  await until(() => worker.output().includes('worker ready'), 'the worker to start', worker.output);
  assert.doesNotMatch(worker.output(), /platform ready/, 'no listeners, no banner');

  await database.knex.raw("SELECT graphile_worker.add_job('sweep-authz', '{}'::json)");
  await until(
    async () => (await database.knex('authz.oidc_payloads').where({ kind: 'Session', id: expiredSession }).first()) === undefined,
    'the sweep job to run',
    worker.output,
  );

  worker.child.kill('SIGTERM');
  assert.equal(await worker.exited, 0, worker.output());
  assert.match(worker.output(), /"msg":"stopped"/);
});

test('--only worker needs DATABASE_URL, and --only takes only the parts that run alone', async () => {
  const noDatabase = start(['--only', 'worker'], { DATA_DIR: `/nonexistent-${randomUUID()}` });
  assert.equal(await noDatabase.exited, 1, noDatabase.output());
  assert.match(noDatabase.output(), /Configuration error: DATABASE_URL: required with --only worker/);

  const unknown = start(['--only', 'everything'], { DATABASE_URL: database.url });
  assert.equal(await unknown.exited, 2, unknown.output());
  assert.match(unknown.output(), /Configuration error: --only: "everything" cannot run on its own; one of: worker/);
});
