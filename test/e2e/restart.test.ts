import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { SANDBOX_CUSTOMERS } from '../../db/seeds/index.ts';
import { createKnex } from '../../platform/database.ts';
import { freePort } from '../support/platform.ts';
import { tlsFetch } from '../support/http.ts';
import { killScripts, runScript } from '../support/process.ts';

const BOOT_WAIT_MS_MAX = 120_000;

// Like a fresh clone: the platform creates DATA_DIR itself, inside a directory anyone may traverse
// (as root the embedded PostgreSQL runs as `postgres` and must reach its data directory).
const workDir = await mkdtemp(join(tmpdir(), 'obp-restart-'));
await chmod(workDir, 0o711);
const dataDir = join(workDir, 'data');
const ports = { browser: await freePort(), tpp: await freePort(), pg: await freePort() };

after(async () => {
  killScripts();
  const postmaster = postmasterPid();
  if (postmaster && isAlive(postmaster)) process.kill(postmaster, 'SIGINT');
  await rm(workDir, { recursive: true, force: true });
});

function start(): { child: ChildProcess; output: () => string } {
  return runScript('platform/main.ts', [], {
    DATA_DIR: dataDir,
    BROWSER_PORT: String(ports.browser),
    TPP_PORT: String(ports.tpp),
    EMBEDDED_PG_PORT: String(ports.pg),
    LOG_LEVEL: 'info',
  });
}

async function waitForHealth({
  child,
  output,
}: {
  child: ChildProcess;
  output: () => string;
}): Promise<void> {
  const ca = () => readFileSync(join(dataDir, 'pki', 'ca.pem'), 'utf8');
  const deadline = Date.now() + BOOT_WAIT_MS_MAX;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      assert.fail(`platform exited (${child.exitCode}) before it was ready:\n${output()}`);
    if (output().includes('platform ready')) {
      const response = await tlsFetch(`https://localhost:${ports.tpp}/health`, { ca: ca() });
      assert.equal(response.status, 200);
      return;
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  assert.fail(`platform did not become ready:\n${output()}`);
}

function postmasterPid(): number | undefined {
  const file = join(dataDir, 'pg', 'data', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : undefined;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function database() {
  const password = (await readFile(join(dataDir, 'pg', 'superuser.secret'), 'utf8')).trim();
  return createKnex(
    `postgres://platform:${encodeURIComponent(password)}@127.0.0.1:${ports.pg}/openbanking`,
    { min: 0, max: 1 },
  );
}

test('npm start comes back with its data after SIGKILL, and stops cleanly on SIGTERM', async () => {
  const first = start();
  await waitForHealth(first);
  // stdout is a pipe here, as under a log shipper: the banner names the customers and where the
  // keys are, and leaves their passwords and TOTP secrets to the README.
  assert.ok(
    first
      .output()
      .includes(
        `${SANDBOX_CUSTOMERS.map((c) => c.username).join(', ')}; passwords and TOTP secrets in README.md`,
      ),
  );
  assert.match(
    first.output(),
    new RegExp(`Signing keys: +software keystore ${join(dataDir, 'keys')}\n`),
  );
  for (const customer of SANDBOX_CUSTOMERS) {
    assert.ok(
      !first.output().includes(customer.password),
      `${customer.username}'s password is not printed`,
    );
    assert.ok(
      !first.output().includes(customer.totpSecret),
      `${customer.username}'s TOTP secret is not printed`,
    );
  }

  let knex = await database();
  await knex('authz.replay').insert({
    key: 'restart-marker',
    expires_at: new Date(Date.now() + 3_600_000),
  });
  const [{ count: transfersBefore }] =
    await knex('ledger.transfers').count<{ count: string }[]>('* as count');
  await knex.destroy();

  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  const stale = postmasterPid();
  assert.ok(stale && isAlive(stale), 'the embedded postmaster outlives a SIGKILLed platform');

  const second = start();
  await waitForHealth(second);
  assert.match(second.output(), /stopping a stale embedded PostgreSQL/);
  knex = await database();
  assert.equal((await knex('authz.replay').where({ key: 'restart-marker' })).length, 1);
  const [{ count: transfersAfter }] =
    await knex('ledger.transfers').count<{ count: string }[]>('* as count');
  assert.equal(transfersAfter, transfersBefore, 'the seed does not post again on restart');
  await knex.destroy();

  const postmaster = postmasterPid()!;
  second.child.kill('SIGTERM');
  const code = await new Promise((r) => second.child.once('exit', r));
  assert.equal(code, 0);
  assert.equal(isAlive(postmaster), false, 'PostgreSQL stopped with the platform');
  for (const line of second
    .output()
    .split('\n')
    .filter((l) => l.startsWith('{'))) {
    assert.doesNotMatch(line, /sandbox-pass|password"?\s*:\s*"[^[]/i);
  }
});
