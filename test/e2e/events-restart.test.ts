import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { createKeyProvider, SandboxDirectory } from '../../certs/index.ts';
import { SANDBOX_CUSTOMERS } from '../../db/seeds/index.ts';
import { scriptedReceiver, type ScriptedReceiver } from '../../events/test/receiver.ts';
import { raiseEvents } from '../../openbanking/index.ts';
import { createTestDatabase, type TestDatabase } from '../support/database.ts';
import { tlsFetch } from '../support/http.ts';
import { freePort } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { killScripts, runScript, type ScriptRun } from '../support/process.ts';

/**
 * The outbox's promise across a crash: an event committed with its change is delivered even when
 * the platform is killed (SIGKILL) while pushing it, once the platform starts again. The first
 * push hangs until the kill; the restarted platform pushes the event again when the dead push's
 * lease runs out, and the TPP gets it.
 */

const BOOT_WAIT_MS_MAX = 120_000;
/** The killed push's lease: its timeout plus a margin (events/delivery/push-events.ts). */
const PUSH_TIMEOUT_MS = 3_000;

let database: TestDatabase;
let workDir: string;
let receiver: ScriptedReceiver;
const ports = { browser: 0, tpp: 0 };

before(async () => {
  database = await createTestDatabase();
  workDir = await mkdtemp(join(tmpdir(), 'obp-events-restart-'));
  ports.browser = await freePort();
  ports.tpp = await freePort();
});
after(async () => {
  killScripts();
  await receiver?.close();
  await database?.drop();
  await rm(workDir, { recursive: true, force: true });
});

function start(): ScriptRun {
  return runScript('platform/main.ts', [], {
    DATA_DIR: workDir,
    DATABASE_URL: database.url,
    BROWSER_PORT: String(ports.browser),
    TPP_PORT: String(ports.tpp),
    LOG_LEVEL: 'info',
    EVENT_PUSH_TIMEOUT_MS: String(PUSH_TIMEOUT_MS),
    EVENT_PUSH_BACKOFF_MS: '50',
  });
}

async function ready(run: ScriptRun): Promise<void> {
  const up = await pollUntil(
    () => {
      if (run.child.exitCode !== null)
        throw new Error(
          `platform exited (${run.child.exitCode}) before it was ready:\n${run.output()}`,
        );
      return run.output().includes('platform ready');
    },
    { timeoutMs: BOOT_WAIT_MS_MAX, intervalMs: 100 },
  );
  assert.ok(up, `platform did not become ready:\n${run.output()}`);
  const health = await tlsFetch(`https://localhost:${ports.tpp}/health`, {
    ca: readFileSync(join(workDir, 'pki', 'ca.pem'), 'utf8'),
  });
  assert.equal(health.status, 200);
}

test('kill -9 while an event is being pushed: the restarted platform delivers it', async () => {
  const first = start();
  await ready(first);

  // The TPP's receiver, with a certificate from the sandbox directory the platform trusts: the
  // first push of the event hangs (the platform dies meanwhile), later ones are accepted.
  const keys = createKeyProvider({ keystoreDir: join(workDir, 'keys') });
  try {
    const directory = await SandboxDirectory.open({ dir: join(workDir, 'directory'), keys });
    const certificate = await directory.issueServerCertificate({
      organisation: 'Restart Receiver Ltd',
      hostnames: ['localhost'],
    });
    receiver = await scriptedReceiver(
      { ...certificate, bankCaPem: await readFile(join(workDir, 'pki', 'ca.pem'), 'utf8') },
      (_push, earlier) => (earlier === 0 ? 'hang' : 202),
    );
  } finally {
    await keys.close();
  }

  const clientId = `client-${randomUUID()}`;
  const consentId = `aac-${randomUUID()}`;
  const [alice] = SANDBOX_CUSTOMERS;
  await database.knex('openbanking.event_subscriptions').insert({
    id: `es-${randomUUID()}`,
    client_id: clientId,
    callback_url: receiver.url,
    version: '3.1',
  });
  await database.knex.transaction(async (trx) => {
    const account = await trx('ledger.accounts')
      .where({ customer_id: alice!.id })
      .first<{ id: string }>('id');
    await trx('openbanking.consents').insert({
      id: consentId,
      kind: 'account-access',
      client_id: clientId,
      status: 'Revoked',
      permissions: ['ReadAccountsBasic'],
      customer_id: alice!.id,
      account_ids: [account!.id],
      authorised_at: new Date(),
    });
    await raiseEvents(trx, { consents: [consentId], authorizationRevoked: true });
  });
  const [event] = await database
    .knex('openbanking.event_deliveries')
    .where({ client_id: clientId })
    .select<{ id: string }[]>('id');
  assert.ok(event, 'the event committed with the change');

  assert.ok(
    await pollUntil(() => receiver.pushes.length > 0, { timeoutMs: 30_000, intervalMs: 20 }),
    `the platform never pushed:\n${first.output()}`,
  );
  first.child.kill('SIGKILL');
  await first.exited;
  const orphaned = await database
    .knex('openbanking.event_deliveries')
    .where({ id: event.id })
    .first<{ status: string; attempts: number }>();
  assert.deepEqual(
    { status: orphaned!.status, attempts: orphaned!.attempts },
    { status: 'pending', attempts: 1 },
    'killed mid-push: neither delivered nor given up',
  );

  const second = start();
  await ready(second);
  const delivered = await pollUntil(
    async () => {
      const row = await database
        .knex('openbanking.event_deliveries')
        .where({ id: event.id })
        .first<{ status: string }>();
      return row!.status === 'delivered';
    },
    { timeoutMs: 60_000, intervalMs: 100 },
  );
  assert.ok(delivered, `not delivered after the restart:\n${second.output()}`);
  assert.deepEqual(
    receiver.pushesOf(event.id).map((push) => push.answer),
    ['hang', 202],
  );

  second.child.kill('SIGTERM');
  assert.equal(await second.exited, 0, second.output());
});
