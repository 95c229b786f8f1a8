import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { freePort } from '../../test/support/platform.ts';
import { pollUntil } from '../../test/support/poll.ts';
import { killScripts, runScript, type ScriptRun } from '../../test/support/process.ts';

const FIXTURE = 'platform/test/fixtures/embedded-postgres-process.ts';
const READY_WAIT_MS_MAX = 60_000;
const GONE_WAIT_MS_MAX = 15_000;

let workDir: string;
/** TMPDIR of every process started here: nothing may be left in it. */
let privateTmp: string;

/** What is left in the private TMPDIR, apart from tsx's compile cache. */
async function leftInTmp(): Promise<string[]> {
  return (await readdir(privateTmp)).filter((name) => !name.startsWith('tsx-'));
}

before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'obp-embedded-pg-'));
  // As root the server runs as `postgres`, which must pass through to the cluster.
  await chmod(workDir, 0o711);
  privateTmp = join(workDir, 'tmp');
  await mkdir(privateTmp, { mode: 0o1777 });
  await chmod(privateTmp, 0o1777);
});
after(async () => {
  killScripts();
  // A server outlives its killed fixture: one a failed test left running goes with its directory.
  const pidFile = join(workDir, 'cluster', 'data', 'postmaster.pid');
  if (existsSync(pidFile)) {
    const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    if (stateOf(pid) && stateOf(pid) !== 'Z') process.kill(pid, 'SIGQUIT');
  }
  await rm(workDir, { recursive: true, force: true });
});

async function poll(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  if (!(await pollUntil(check, { timeoutMs, intervalMs: 20 })))
    assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
}

/** Process state from /proc (R, S, Z for a zombie, ...), or undefined once it is gone. */
function stateOf(pid: number): string | undefined {
  try {
    return /\) (\S)/.exec(readFileSync(`/proc/${pid}/stat`, 'utf8'))?.[1];
  } catch {
    return undefined;
  }
}

describe('a restart right after a SIGKILL always comes up', () => {
  const clusterDir = () => join(workDir, 'cluster');
  let port: number;
  before(async () => {
    port = await freePort();
  });

  async function boot(): Promise<ScriptRun> {
    const run = runScript(FIXTURE, [clusterDir(), String(port)], { TMPDIR: privateTmp });
    await poll(
      () => run.output().includes('embedded postgres ready') || run.child.exitCode !== null,
      'the cluster to answer',
      READY_WAIT_MS_MAX,
    );
    assert.match(
      run.output(),
      /embedded postgres ready/,
      `the cluster did not come up:\n${run.output()}`,
    );
    return run;
  }

  function postmasterPid(): number {
    return Number(
      readFileSync(join(clusterDir(), 'data', 'postmaster.pid'), 'utf8').split('\n')[0],
    );
  }

  test('killed platform, live postmaster left behind: stopped and replaced', async () => {
    const first = await boot();
    const postmaster = postmasterPid();
    first.child.kill('SIGKILL');
    const second = await boot();
    assert.match(second.output(), /stopping a stale embedded PostgreSQL/);
    assert.ok(
      [undefined, 'Z'].includes(stateOf(postmaster)),
      'the earlier postmaster no longer runs',
    );
    second.child.kill('SIGKILL');
  });

  test('postmaster killed while its parent cannot reap it (a zombie holds its pid): the lock file is cleared', async () => {
    const first = await boot();
    const postmaster = postmasterPid();
    // A stopped parent does not reap: the killed postmaster stays a zombie, and its pid stays in
    // use.
    first.child.kill('SIGSTOP');
    process.kill(postmaster, 'SIGKILL');
    await poll(
      () => stateOf(postmaster) === 'Z',
      'the postmaster to become a zombie',
      GONE_WAIT_MS_MAX,
    );
    const second = await boot();
    assert.equal(stateOf(postmaster), 'Z', 'the zombie was still there while the cluster started');
    first.child.kill('SIGKILL');
    second.child.kill('SIGKILL');
  });

  test('platform and postmaster killed together, restarted at once, several times', async () => {
    for (let cycle = 0; cycle < 3; cycle += 1) {
      const run = await boot();
      const postmaster = postmasterPid();
      run.child.kill('SIGKILL');
      process.kill(postmaster, 'SIGKILL');
    }
    const last = await boot();
    last.child.kill('SIGTERM');
    assert.equal(await last.exited, 0);
  });

  test('no copy of the superuser password is left in the temporary directory', async () => {
    assert.deepEqual(await leftInTmp(), []);
  });
});

test('as root, a data directory the postgres user cannot reach is refused with what to do, and nothing is left behind', {
  skip: process.getuid?.() !== 0 && 'only root runs the server as another user',
}, async () => {
  // Like a checkout in /root: a parent only root may enter.
  const locked = await mkdtemp(join(workDir, 'home-'));
  await chmod(locked, 0o700);
  const dataDir = join(locked, 'data');
  const run = runScript('platform/main.ts', [], {
    DATA_DIR: dataDir,
    TMPDIR: privateTmp,
    BROWSER_PORT: String(await freePort()),
    TPP_PORT: String(await freePort()),
    EMBEDDED_PG_PORT: String(await freePort()),
  });
  assert.equal(await run.exited, 1, run.output());
  const output = run.output();
  assert.match(
    output,
    new RegExp(
      `Configuration error: DATA_DIR: the embedded PostgreSQL runs as the "postgres" user .*cannot enter ${locked} \\(mode 0700`,
    ),
  );
  assert.match(output, /Set DATA_DIR to a directory that user can reach/);
  assert.doesNotMatch(output, /EACCES|\n\s+at /, 'no raw spawn error or stack trace');
  assert.deepEqual(await leftInTmp(), [], 'nothing in the temporary directory');
  assert.equal(existsSync(join(dataDir, 'pg', 'data')), false, 'no cluster was started');
});
