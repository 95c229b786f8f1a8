import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { after, before, test } from 'node:test';
import { customerDecides } from '../support/customer-consent.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

const ROOT = new URL('../../', import.meta.url).pathname;
const MARKED_BLOCK = /<!-- curl-path:begin -->\n```sh\n([\s\S]*?)```\n<!-- curl-path:end -->/;
/** Two customer steps, each a PAR and a code exchange, plus npm starting the helpers: bounded. */
const RUN_MS_MAX = 180_000;

let platform: TestPlatform;

before(async () => {
  // Software keys: the block's `npm run directory` and `npm run tpp` open the same DATA_DIR.
  platform = await startTestPlatform({ hsm: false });
});
after(() => platform?.stop());

/** The README's curl block, exactly as written between its markers. */
function readmeCurlPath(): string {
  const match = MARKED_BLOCK.exec(readFileSync(new URL('README.md', `file://${ROOT}`), 'utf8'));
  assert.ok(match, 'README.md has the marked curl block');
  return match[1]!;
}

test("the README's curl path, run as written, registers, reads accounts and pays", {
  timeout: RUN_MS_MAX + 10_000,
}, async () => {
  // bash -e with pipefail: a refused request (curl -f) or an empty answer stops the run at that
  // line.
  const child = spawn('bash', ['-euo', 'pipefail', '-c', readmeCurlPath()], {
    cwd: ROOT,
    env: {
      ...process.env,
      DATA_DIR: platform.dataDir,
      ISSUER: platform.urls.browser,
      TPP_BASE_URL: platform.urls.tpp,
    },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const stdout: string[] = [];
  const stderr: string[] = [];
  const customerSteps: Promise<void>[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => stdout.push(line));
  createInterface({ input: child.stderr }).on('line', (line) => {
    stderr.push(line);
    const url = /^Open in your browser: (\S+)$/.exec(line)?.[1];
    // The customer's browser step (alice, first account), then the address pasted as the README
    // says.
    if (url)
      customerSteps.push(
        customerDecides(platform, new URL(url)).then(
          (callback) => void child.stdin.write(`${callback.href}\n`),
        ),
      );
  });
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGTERM');
      reject(new Error(`the curl path did not finish in ${RUN_MS_MAX} ms:\n${stderr.join('\n')}`));
    }, RUN_MS_MAX);
    child.on('exit', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  await Promise.all(customerSteps);
  assert.equal(exitCode, 0, `stdout:\n${stdout.join('\n')}\nstderr:\n${stderr.join('\n')}`);
  assert.equal(customerSteps.length, 2, 'two customer steps: the account access and the payment');

  const accounts = stdout
    .filter((line) => line.startsWith('{"AccountId"'))
    .map((line) => JSON.parse(line) as { AccountId: string });
  assert.ok(accounts.length >= 1, `accounts listed:\n${stdout.join('\n')}`);
  const status = stdout.at(-1);
  assert.ok(
    status === 'AcceptedSettlementInProcess' || status === 'AcceptedSettlementCompleted',
    `payment status ${status}`,
  );
  const payments = await platform.knex('openbanking.payments').select('status');
  assert.equal(payments.length, 1, 'one payment made');
});
