import assert from 'node:assert/strict';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import type { SoftwareRole } from '../../certs/directory.ts';
import { writeTppKit } from '../../certs/directory/tpp-kit.ts';
import { ALICE, BOB, customerDecides, type CustomerDecision } from '../support/customer-consent.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { killScripts, runScript, type ScriptRun } from '../support/process.ts';

/**
 * The README's runnable examples, run as a person runs them: `examples/quickstart.ts` and
 * `examples/authorize.ts` as their own processes on a kit folder written as `npm run directory --
 * onboard` writes it, against the whole platform over real TLS. The customer's part is played on
 * the URL the script prints (the bank's pages driven over TLS, password and TOTP), and the
 * redirect the browser would land on is piped back into the script's stdin.
 */

const REDIRECT = 'https://localhost:3000/cb';
/**
 * Starting tsx and the TLS handshakes take seconds on a loaded machine; the bank's codes live 60 s.
 */
const SCRIPT_OUTPUT_WAIT_MS_MAX = 60_000;
const OUTPUT_POLL_MS = 50;

let platform: TestPlatform;
let workDir: string;
let bankCaFile: string;

before(async () => {
  platform = await startTestPlatform();
  workDir = await mkdtemp(join(tmpdir(), 'obp-examples-'));
  bankCaFile = join(workDir, 'bank-ca.pem');
  await writeFile(bankCaFile, platform.serverTrustAnchorPem);
});
after(async () => {
  killScripts();
  await platform?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** A kit folder exactly as the directory CLI writes it, naming this platform as the bank. */
async function kitFolder(name: string, roles: SoftwareRole[]): Promise<string> {
  const kit = await platform.directory.onboard({ name, redirectUris: [REDIRECT], roles });
  const dir = join(workDir, name.replace(/\W+/g, '-'));
  await writeTppKit(dir, kit, { issuer: platform.urls.browser, tppBaseUrl: platform.urls.tpp });
  return dir;
}

interface Run extends ScriptRun {
  /** The first match of `pattern` in the output so far, waiting for it with a bound. */
  waitFor: (pattern: RegExp) => Promise<RegExpExecArray>;
}

function run(script: string, args: string[]): Run {
  const started = runScript(script, args, { BANK_CA_FILE: bankCaFile }, { stdin: true });
  const waitFor = async (pattern: RegExp) => {
    const match = await pollUntil(
      () => {
        const found = pattern.exec(started.output());
        if (!found && started.child.exitCode !== null)
          assert.fail(
            `${script} exited (${started.child.exitCode}) before printing ${pattern}:\n${started.output()}`,
          );
        return found;
      },
      { timeoutMs: SCRIPT_OUTPUT_WAIT_MS_MAX, intervalMs: OUTPUT_POLL_MS },
    );
    return match ?? assert.fail(`${script} did not print ${pattern}:\n${started.output()}`);
  };
  return { ...started, waitFor };
}

async function exitCode(script: Run): Promise<number | null> {
  const timeout = new Promise<never>((_, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no exit:\n${script.output()}`)),
      SCRIPT_OUTPUT_WAIT_MS_MAX,
    );
    void script.exited.then(() => clearTimeout(timer));
  });
  return Promise.race([script.exited, timeout]);
}

/** Runs authorize.ts, plays the customer on the URL it prints and pipes the redirect back in. */
async function authorize(
  kitDir: string,
  decision: CustomerDecision,
  extra: string[] = [],
): Promise<{ code: number | null; output: string }> {
  const script = run('examples/authorize.ts', [kitDir, ...extra]);
  const [, url] = await script.waitFor(/^AUTHORIZATION_URL (\S+)$/m);
  const redirect = await customerDecides(platform, new URL(url!), decision);
  await script.waitFor(/Paste the address/);
  script.child.stdin!.end(`${redirect.href}\n`);
  return { code: await exitCode(script), output: script.output() };
}

const consentIdIn = (output: string) =>
  /intent created: ConsentId (\S+) \(AwaitingAuthorisation\)/.exec(output)?.[1];

const consent = (id: string) =>
  platform.knex('openbanking.consents').where({ id }).first<{
    status: string;
    client_id: string;
    customer_id: string | null;
    account_ids: string[] | null;
  }>('status', 'client_id', 'customer_id', 'account_ids');

async function clientCount(): Promise<number> {
  const [{ count }] = await platform
    .knex('authz.oidc_payloads')
    .where({ kind: 'Client' })
    .count<{ count: string }[]>('* as count');
  return Number(count);
}

test('quickstart.ts registers the kit and creates an account-access intent', async () => {
  const kitDir = await kitFolder('Quickstart Ltd', ['AISP']);
  const script = run('examples/quickstart.ts', [kitDir]);
  assert.equal(await exitCode(script), 0, script.output());
  const clientId = /Registered "Quickstart Ltd": client_id (\S+)/.exec(script.output())?.[1];
  assert.ok(clientId, script.output());
  assert.match(script.output(), /Client-credentials token: dpop-bound/i);
  const consentId = consentIdIn(script.output());
  assert.ok(consentId, script.output());
  assert.deepEqual(
    { ...(await consent(consentId)) },
    { status: 'AwaitingAuthorisation', client_id: clientId, customer_id: null, account_ids: null },
  );

  // A second run on the same kit (or authorize.ts after it) reuses the saved registration: the
  // software statement registers once.
  const again = run('examples/quickstart.ts', [kitDir]);
  assert.equal(await exitCode(again), 0, again.output());
  assert.match(
    again.output(),
    new RegExp(`Reusing the registration in .*registration\\.json: client_id ${clientId}`),
  );
  assert.notEqual(consentIdIn(again.output()), consentId);
});

describe('authorize.ts', () => {
  let kitDir: string;
  before(async () => {
    kitDir = await kitFolder('Authorize Ltd', ['AISP', 'PISP']);
  });

  test('takes the customer through consent and lists the shared accounts, saving the registration', async () => {
    const { code, output } = await authorize(kitDir, { customer: ALICE });
    assert.equal(code, 0, output);
    const clientId = /Registered "Authorize Ltd": client_id (\S+)/.exec(output)?.[1];
    assert.ok(clientId, output);
    const consentId = consentIdIn(output)!;
    assert.match(output, /Code exchanged: DPoP-bound access token for "openid accounts"/);
    assert.match(output, new RegExp(`"openbanking_intent_id": "${consentId}"`));
    assert.match(output, /"acr": "urn:openbanking:psd2:sca"/);
    assert.match(output, new RegExp(`"sub": "${ALICE.id}"`));
    assert.match(output, /accounts: 3 account\(s\) shared/);
    assert.match(
      output,
      new RegExp(`CurrentAccount  GBP .*\\*{4}${ALICE.current.accountNumber.slice(-4)}`),
    );
    assert.match(
      output,
      new RegExp(`Savings  GBP .*\\*{4}${ALICE.savings.accountNumber.slice(-4)}`),
    );
    assert.match(output, new RegExp(`CreditCard  GBP .*\\*{4}${ALICE.creditCard!.pan.slice(-4)}`));
    assert.doesNotMatch(
      output,
      new RegExp(ALICE.current.accountNumber),
      'full account numbers are not printed',
    );
    const row = await consent(consentId);
    assert.equal(row?.status, 'Authorised');
    assert.equal(row?.client_id, clientId);
    assert.equal(row?.customer_id, ALICE.id);
    assert.deepEqual(
      [...row!.account_ids!].sort(),
      [ALICE.current.id, ALICE.savings.id, ALICE.creditCard!.id].sort(),
    );
    const saved = await stat(join(kitDir, 'registration.json'));
    assert.equal(saved.mode & 0o777, 0o600, 'the registration holds the RFC 7592 access token');
  });

  test('a second run reuses the saved registration: the software statement is not sent again', async () => {
    const clientsBefore = await clientCount();
    const { code, output } = await authorize(kitDir, { customer: BOB, accounts: [BOB.current.id] });
    assert.equal(code, 0, output);
    assert.match(output, /Reusing the registration in .*registration\.json: client_id \S+/);
    assert.doesNotMatch(output, /Registered "/);
    assert.match(output, /accounts: 1 account\(s\) shared/);
    assert.match(
      output,
      new RegExp(`CurrentAccount  GBP .*\\*{4}${BOB.current.accountNumber.slice(-4)}`),
    );
    assert.equal(await clientCount(), clientsBefore, 'no new client registered');
  });

  test('a refusal ends the run with the authorization error and leaves the intent Rejected', async () => {
    const { code, output } = await authorize(kitDir, { customer: ALICE, refuse: true });
    assert.equal(code, 1, output);
    assert.match(output, /authorize: the bank answered the authorization with access_denied/);
    assert.doesNotMatch(output, /Code exchanged/);
    assert.equal((await consent(consentIdIn(output)!))?.status, 'Rejected');
  });

  test('--payment takes the customer through a payment consent and submits the payment', async () => {
    const { code, output } = await authorize(
      kitDir,
      { customer: ALICE, accounts: [ALICE.current.id] },
      ['--payment'],
    );
    assert.equal(code, 0, output);
    const consentId = consentIdIn(output)!;
    assert.match(output, /domestic-payment intent created/);
    assert.match(output, /Code exchanged: DPoP-bound access token for "openid payments"/);
    const paymentId =
      /POST \/open-banking\/v3\.1\/pisp\/domestic-payments: 201 DomesticPaymentId (\S+) \(AcceptedSettlementInProcess\)/.exec(
        output,
      )?.[1];
    assert.ok(paymentId, output);
    assert.match(
      output,
      /The bank's x-jws-signature on the answer verifies with its published key \S+/,
    );
    const payment = await platform
      .knex('openbanking.payments')
      .where({ id: paymentId })
      .first<{ consent_id: string; ledger_transfer_id: string }>();
    assert.equal(payment?.consent_id, consentId);
    const debit = await platform
      .knex('ledger.entries')
      .where({ transfer_id: payment.ledger_transfer_id, account_id: ALICE.current.id })
      .first<{ amount_minor: string }>();
    assert.equal(BigInt(debit!.amount_minor), -1250n, "£12.50 left alice's current account");
    assert.equal((await consent(consentId))?.status, 'Consumed');
  });

  test('stdin closing before a redirect URL ends the run and leaves the intent awaiting authorisation', async () => {
    const script = run('examples/authorize.ts', [kitDir]);
    await script.waitFor(/Paste the address/);
    script.child.stdin!.end('not the redirect\n');
    assert.equal(await exitCode(script), 1, script.output());
    assert.match(script.output(), /That is not an address under https:\/\/localhost:3000\/cb/);
    assert.match(script.output(), /authorize: stdin closed before the redirect URL was pasted/);
    assert.equal((await consent(consentIdIn(script.output())!))?.status, 'AwaitingAuthorisation');
  });

  test('a saved registration the bank does not know is named, with what to do', async () => {
    const staleKit = await kitFolder('Stale Ltd', ['AISP']);
    await writeFile(
      join(staleKit, 'registration.json'),
      JSON.stringify({
        client_id: 'not-registered-here',
        token_endpoint_auth_method: 'private_key_jwt',
      }),
    );
    const script = run('examples/authorize.ts', [staleKit]);
    assert.equal(await exitCode(script), 1, script.output());
    assert.match(
      script.output(),
      /authorize: the bank does not know client not-registered-here \(was its data reset\?\): remove .*registration\.json and onboard a new kit/,
    );
  });

  test('a kit folder that is not one, or a bad option, is refused with the usage line', async () => {
    const missing = run('examples/authorize.ts', [join(workDir, 'no-such-kit')]);
    assert.equal(await exitCode(missing), 1);
    assert.match(missing.output(), /authorize: .*no-such-kit.*tpp\.json/);
    const badOption = run('examples/authorize.ts', [kitDir, '--paymnet']);
    assert.equal(await exitCode(badOption), 2);
    assert.match(
      badOption.output(),
      /usage: node --import tsx examples\/authorize\.ts <kit-dir> \[--payment\]/,
    );
  });
});
