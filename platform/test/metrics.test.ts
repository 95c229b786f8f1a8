import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { callApi, submitDomesticPayment } from '../../examples/tpp-client.ts';
import { parseAmount } from '../../ledger/index.ts';
import { ALICE, authorizeIntent } from '../../test/support/customer-consent.ts';
import { domesticPaymentRequest } from '../../test/support/intent-requests.ts';
import { freePort, startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { waitFor } from '../../test/support/poll.ts';
import { partsFixture } from '../../test/support/parts.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../../test/support/tpp.ts';

/**
 * Prometheus `/metrics` on the operators' listener, scraped before and after real traffic
 * through the TLS hosts (tokens, an accounts read, a payment and its settlement) and real jobs;
 * the counters moved by what happened and no label carries an id. The worker-only process
 * serves its own.
 */

const REDIRECT = 'https://tpp.example/cb';

type Samples = Map<string, number>;

/** The text exposition format, one sample per `name{labels} value` line. */
async function scrape(port: number): Promise<{ samples: Samples; text: string }> {
  const response = await fetch(`http://127.0.0.1:${port}/metrics`);
  assert.equal(response.status, 200);
  assert.match(response.headers.get('content-type') ?? '', /^text\/plain; version=0\.0\.4/);
  const text = await response.text();
  const samples: Samples = new Map();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const space = line.lastIndexOf(' ');
    samples.set(line.slice(0, space), Number(line.slice(space + 1)));
  }
  return { samples, text };
}

/** A sample's key as the format writes it: labels in the order prom-client declares them. */
const sample = (name: string, labels: Record<string, string> = {}) => {
  const pairs = Object.entries(labels).map(([label, value]) => `${label}="${value}"`);
  return pairs.length > 0 ? `${name}{${pairs.join(',')}}` : name;
};
const value = (samples: Samples, key: string) => samples.get(key) ?? 0;

describe('the platform', () => {
  let platform: TestPlatform;
  let port: number;
  let tpp: OnboardedTpp;

  before(async () => {
    port = await freePort();
    platform = await startTestPlatform({ env: { METRICS_PORT: String(port) } });
    tpp = await onboardTpp(platform, {
      name: 'Metrics Ltd',
      roles: ['AISP', 'PISP'],
      redirectUri: REDIRECT,
    });
  });
  after(() => platform?.stop());

  test('counts tokens, requests by route template, payments and ledger totals from real traffic', async () => {
    const before = (await scrape(port)).samples;

    const accountsConsent = await createdIntentId(tpp.tpp, 'account-access');
    const accountsToken = await authorizeIntent(platform, tpp.tpp, accountsConsent, {
      redirectUri: REDIRECT,
      customer: ALICE,
    });
    const accounts = await callApi(
      tpp.tpp,
      accountsToken,
      'GET',
      '/open-banking/v3.1/aisp/accounts',
    );
    assert.equal(accounts.status, 200);
    const accountIds = (
      (await accounts.json()) as { Data: { Account: { AccountId: string }[] } }
    ).Data.Account.map((a) => a.AccountId);
    const account = await callApi(
      tpp.tpp,
      accountsToken,
      'GET',
      `/open-banking/v3.1/aisp/accounts/${accountIds[0]}`,
    );
    assert.equal(account.status, 200);

    const intent = domesticPaymentRequest();
    const paymentConsent = await createdIntentId(tpp.tpp, 'domestic-payment', intent);
    const paymentToken = await authorizeIntent(platform, tpp.tpp, paymentConsent, {
      redirectUri: REDIRECT,
      customer: ALICE,
    });
    const paid = await submitDomesticPayment(tpp.tpp, paymentToken, {
      Data: { ConsentId: paymentConsent, Initiation: intent.Data.Initiation },
      Risk: intent.Risk,
    });
    assert.equal(paid.status, 201, await paid.clone().text());

    const { samples: afterPayment, text } = await scrape(port);
    const moved = (key: string) => value(afterPayment, key) - value(before, key);

    // Two authorization-code tokens and the client-credentials ones that created the intents, all
    // sender-bound.
    assert.equal(
      moved(
        sample('openbanking_tokens_issued_total', {
          grant_type: 'authorization_code',
          binding: 'dpop',
        }),
      ),
      2,
    );
    assert.ok(
      moved(
        sample('openbanking_tokens_issued_total', {
          grant_type: 'client_credentials',
          binding: 'mtls',
        }),
      ) >= 2,
    );
    assert.equal(
      value(
        afterPayment,
        sample('openbanking_tokens_issued_total', {
          grant_type: 'authorization_code',
          binding: 'none',
        }),
      ),
      0,
    );

    const accountsRoute = {
      host: 'tpp',
      method: 'GET',
      route: '/open-banking/v3.1/aisp/accounts',
      status: '200',
    };
    assert.equal(moved(sample('openbanking_http_requests_total', accountsRoute)), 1);
    assert.equal(
      moved(sample('openbanking_http_request_duration_seconds_count', accountsRoute)),
      1,
    );
    assert.ok(moved(sample('openbanking_http_request_duration_seconds_sum', accountsRoute)) > 0);
    const oneAccount = { ...accountsRoute, route: '/open-banking/v3.1/aisp/accounts/:AccountId' };
    assert.equal(
      moved(sample('openbanking_http_requests_total', oneAccount)),
      1,
      'the template, not the account id',
    );
    assert.equal(
      moved(
        sample('openbanking_http_requests_total', {
          host: 'tpp',
          method: 'POST',
          route: '/open-banking/v3.1/pisp/domestic-payments',
          status: '201',
        }),
      ),
      1,
    );
    assert.ok(
      moved(
        sample('openbanking_http_requests_total', {
          host: 'tpp',
          method: 'POST',
          route: '/token',
          status: '200',
        }),
      ) >= 4,
    );
    assert.ok(
      moved(
        sample('openbanking_http_requests_total', {
          host: 'browser',
          method: 'GET',
          route: '/interaction/:uid',
          status: '200',
        }),
      ) >= 2,
    );

    assert.equal(
      moved(sample('openbanking_payments_total', { status: 'AcceptedSettlementInProcess' })),
      1,
    );
    const amountMinor = Number(parseAmount(intent.Data.Initiation.InstructedAmount.Amount, 'GBP'));
    const customerTotal = sample('openbanking_ledger_balance_minor_units', {
      currency: 'GBP',
      kind: 'customer',
    });
    assert.equal(moved(customerTotal), -amountMinor, 'customers hold exactly the payment less');
    const kinds = [...afterPayment].filter(([key]) =>
      key.startsWith('openbanking_ledger_balance_minor_units{currency="GBP"'),
    );
    assert.equal(
      kinds.reduce((sum, [, total]) => sum + total, 0),
      0,
      'the kinds of a currency sum to zero',
    );

    assert.equal(value(afterPayment, 'openbanking_db_pool_connections_max'), 10);
    assert.ok(afterPayment.has(sample('openbanking_db_pool_connections', { state: 'idle' })));
    assert.ok(afterPayment.has('process_cpu_seconds_total'));

    // No label carries an id, a client or an account.
    for (const secret of [
      accountsConsent,
      paymentConsent,
      tpp.tpp.clientId,
      ...accountIds,
      ALICE.username,
    ]) {
      assert.ok(!text.includes(secret), `${secret} appears in the metrics`);
    }
    for (const match of text.matchAll(/route="([^"]*)"/g))
      assert.match(match[1]!, /^(unmatched|\/[A-Za-z0-9/:._-]*)$/);

    await waitFor(
      async () =>
        value(
          (await scrape(port)).samples,
          sample('openbanking_payments_total', { status: 'AcceptedSettlementCompleted' }),
        ) -
          value(
            before,
            sample('openbanking_payments_total', { status: 'AcceptedSettlementCompleted' }),
          ) ===
        1,
      'the settlement job to count the payment settled',
    );
  });

  test('reads the job queue when scraped and counts failed attempts', async () => {
    await platform.knex.raw(
      "SELECT graphile_worker.add_job('sweep-authz', '{}'::json, run_at := now() + interval '1 hour', job_key := 'metrics-scheduled')",
    );
    const failing = sample('openbanking_job_failures_total', {
      task: 'settle-payments',
      permanent: 'true',
    });
    const failedBefore = value((await scrape(port)).samples, failing);
    await platform.knex.raw(
      `SELECT graphile_worker.add_job('settle-payments', '{"currency":"XXX"}'::json, max_attempts := 1)`,
    );
    await waitFor(
      async () => value((await scrape(port)).samples, failing) === failedBefore + 1,
      'the failed job to be counted',
    );
    const { samples } = await scrape(port);
    assert.equal(
      value(samples, sample('openbanking_jobs', { task: 'sweep-authz', state: 'scheduled' })),
      1,
    );
    assert.equal(
      value(samples, sample('openbanking_jobs', { task: 'settle-payments', state: 'failed' })),
      1,
    );
  });
});

describe('the worker-only process', () => {
  const fixture = partsFixture({ hsm: false });

  test('serves its own metrics on METRICS_PORT: the jobs it ran and failed', async () => {
    const {
      run: worker,
      ports: { metrics: port },
    } = await fixture.start(['worker']);
    await fixture
      .database()
      .knex.raw(
        `SELECT graphile_worker.add_job('settle-payments', '{"currency":"XXX"}'::json, max_attempts := 1)`,
      );
    const failing = sample('openbanking_job_failures_total', {
      task: 'settle-payments',
      permanent: 'true',
    });
    await waitFor(
      async () => value((await scrape(port)).samples, failing) === 1,
      'the worker to count its failed job',
    );
    const { samples } = await scrape(port);
    assert.equal(
      value(samples, sample('openbanking_jobs', { task: 'settle-payments', state: 'failed' })),
      1,
    );
    assert.ok(samples.has('process_cpu_seconds_total'));
    assert.ok(
      ![...samples.keys()].some((key) => key.startsWith('openbanking_http_requests_total{')),
      'no HTTP traffic in a worker',
    );
    worker.child.kill('SIGTERM');
    assert.equal(await worker.exited, 0, worker.output());
  });
});
