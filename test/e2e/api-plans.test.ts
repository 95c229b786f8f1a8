import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  callApi,
  clientCredentials,
  createIntent,
  submitDomesticPayment,
  type AccessToken,
} from '../../examples/tpp-client.ts';
import { authorizeIntent } from '../support/customer-consent.ts';
import { accountAccessRequest, domesticPaymentRequest } from '../support/intent-requests.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { killScripts, runScript } from '../support/process.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * API plans and usage metering on the whole platform: every resource API request a TPP makes is
 * counted per API and UK day (a payment in its own transaction), the TPP reads its usage at GET
 * /usage, the operator moves it to a plan and reads the report with `npm run usage`, and a used-up
 * monthly quota is 429 with the OB error UK.SandboxBank.QuotaExceeded.
 */

const REDIRECT = 'https://tpp.example/cb';
const FREE_QUOTA = 4;
const API_PLANS = `free=1x/${FREE_QUOTA},standard=5x/1000000,premium=20x/off`;

let platform: TestPlatform;

before(async () => {
  platform = await startTestPlatform({ env: { API_PLANS } });
});
after(async () => {
  killScripts();
  await platform?.stop();
});

async function onboard(name: string): Promise<OnboardedTpp> {
  return onboardTpp(platform, {
    name,
    roles: ['AISP', 'PISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  });
}

const clientIdOf = (tpp: OnboardedTpp) => tpp.tpp.config.clientMetadata().client_id;

async function usage(
  tpp: OnboardedTpp,
  token: AccessToken,
  query = '',
): Promise<Record<string, any>> {
  const response = await callApi(tpp.tpp, token, 'GET', `/usage${query}`);
  const text = await response.text();
  assert.equal(response.status, 200, text);
  return JSON.parse(text).Data;
}

async function cli(args: string[]): Promise<string> {
  const run = runScript('metering/cli.ts', args, {
    DATABASE_URL: platform.config.databaseUrl!,
    DATA_DIR: platform.dataDir,
    API_PLANS,
  });
  const code = await run.exited;
  assert.equal(code, 0, run.output());
  return run.output();
}

test('usage counts every resource API request per API and day, a payment with its transaction', async () => {
  const tpp = await onboard('Metered Ltd');
  const accounts = await clientCredentials(tpp.tpp, 'accounts');
  for (let i = 0; i < 3; i += 1)
    assert.equal(
      (await createIntent(tpp.tpp, accounts, 'account-access', accountAccessRequest())).status,
      201,
    );
  const consentId = await createdIntentId(tpp.tpp, 'account-access');
  const read = await callApi(
    tpp.tpp,
    accounts,
    'GET',
    `/open-banking/v3.1/aisp/account-access-consents/${consentId}`,
  );
  assert.equal(read.status, 200);
  assert.equal(
    read.headers.get('ratelimit-policy'),
    '"aisp";q=5000000;w=1',
    "the standard plan's factor 5 on the base limit (1000000/1 in tests)",
  );

  const intent = domesticPaymentRequest();
  const paymentConsent = await createdIntentId(tpp.tpp, 'domestic-payment', intent);
  const token = await authorizeIntent(platform, tpp.tpp, paymentConsent, { redirectUri: REDIRECT });
  const payment = {
    Data: { ConsentId: paymentConsent, Initiation: intent.Data.Initiation },
    Risk: intent.Risk,
  };
  const key = crypto.randomUUID();
  assert.equal((await submitDomesticPayment(tpp.tpp, token, payment, key)).status, 201);
  assert.equal(
    (await submitDomesticPayment(tpp.tpp, token, payment, key)).status,
    201,
    'a replay is a request too',
  );

  const data = await usage(tpp, accounts);
  assert.equal(data.ClientId, clientIdOf(tpp));
  assert.deepEqual(
    data.Plan,
    { Name: 'standard', RateLimitFactor: 5, MonthlyQuota: 1000000 },
    "the sandbox's default plan",
  );
  const perApi = Object.fromEntries(
    data.Usage.map((row: { Api: string; Requests: number }) => [row.Api, row.Requests]),
  );
  // aisp: 3 intents by createIntent, 1 by createdIntentId, 1 read; pisp: the intent and two
  // submissions.
  assert.deepEqual(perApi, { aisp: 5, pisp: 3 });
  assert.equal(data.Requests, 8);
  assert.equal(data.Remaining, 1000000 - 8);
  assert.match(data.Usage[0].Date, /^\d{4}-\d{2}-\d{2}$/);
  assert.equal((await usage(tpp, accounts)).Requests, 8, "reading one's usage is not counted");
  const [{ requests }] = await platform
    .knex('metering.usage')
    .where({ client_id: clientIdOf(tpp) })
    .sum({ requests: 'requests' });
  assert.equal(Number(requests), 8);
});

test('the operator puts a TPP on the free plan; its quota used up is 429 QuotaExceeded; the report shows it', async () => {
  const tpp = await onboard('Quota Ltd');
  assert.match(await cli(['plan', clientIdOf(tpp), 'free']), /is on the free plan/);
  const accounts = await clientCredentials(tpp.tpp, 'accounts');
  for (let i = 0; i < FREE_QUOTA; i += 1)
    assert.equal(
      (await createIntent(tpp.tpp, accounts, 'account-access', accountAccessRequest())).status,
      201,
    );
  const refused = await createIntent(tpp.tpp, accounts, 'account-access', accountAccessRequest());
  assert.equal(refused.status, 429);
  const retryAfter = Number(refused.headers.get('retry-after'));
  assert.ok(
    retryAfter > 0 && retryAfter <= 31 * 86_400,
    `Retry-After ${retryAfter}: the start of next month`,
  );
  const body = (await refused.json()) as {
    Code: string;
    Errors: { ErrorCode: string; Message: string }[];
  };
  assert.equal(body.Code, '429 TooManyRequests');
  assert.equal(body.Errors[0]!.ErrorCode, 'UK.SandboxBank.QuotaExceeded');
  assert.match(
    body.Errors[0]!.Message,
    new RegExp(`monthly quota of ${FREE_QUOTA} resource API requests of the free plan is used up`),
  );

  const data = await usage(tpp, accounts);
  assert.deepEqual(
    [data.Plan.Name, data.Requests, data.Remaining],
    ['free', FREE_QUOTA, 0],
    'the refused request is not counted',
  );
  const month = data.Month as string;
  assert.match(month, /^\d{4}-\d{2}$/);
  assert.equal((await callApi(tpp.tpp, accounts, 'GET', '/usage?month=2026-13')).status, 400);

  const report = await cli(['report', '--month', month]);
  const line = report.split('\n').find((l) => l.startsWith(clientIdOf(tpp)));
  assert.deepEqual(line?.split('\t'), [
    clientIdOf(tpp),
    'free',
    String(FREE_QUOTA),
    '0',
    '0',
    '0',
    String(FREE_QUOTA),
    String(FREE_QUOTA),
    '0',
  ]);
});
