import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, describe, test } from 'node:test';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { bankClient, clientCredentials, type RegisteredTpp } from '../../examples/tpp-client.ts';
import {
  bankSignatures,
  BankSignatureError,
  createBankClient,
  type components,
} from '../../sdk/index.ts';
import { SCHEMA_FILE, schemaSource } from '../../sdk/generator/generate.ts';
import { authorizeIntent } from '../support/customer-consent.ts';
import { tlsFetch } from '../support/http.ts';
import { accountAccessRequest, domesticPaymentRequest } from '../support/intent-requests.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { onboardTpp } from '../support/tpp.ts';

/**
 * The typed SDK (sdk/) against the platform: its types are what the served document generates
 * today (so they cannot drift), and a TPP reaches accounts and pays with it alone for the
 * resource calls, on DPoP-bound tokens (a proof per request) and certificate-bound ones, with the
 * kit's message signatures and the bank's checked. openid-client does the OAuth side.
 */

let platform: TestPlatform;
let document: { components: { schemas: Record<string, object> } };
let dpopTpp: RegisteredTpp;
let mtlsTpp: RegisteredTpp;
const REDIRECT = 'https://sdk.example/cb';
type Schemas = components['schemas'];

before(async () => {
  platform = await startTestPlatform({ hsm: false });
  ({ tpp: dpopTpp } = await onboardTpp(platform, {
    name: 'SDK Dpop Ltd',
    roles: ['AISP', 'PISP'],
    redirectUri: REDIRECT,
  }));
  ({ tpp: mtlsTpp } = await onboardTpp(platform, {
    name: 'SDK Mtls Ltd',
    roles: ['AISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  }));
  document = (await (
    await tlsFetch(`${platform.urls.tpp}/openapi.json`, { ca: platform.serverTrustAnchorPem })
  ).json()) as typeof document;
});
after(() => platform?.stop());

test('the committed sdk/schema.ts is what openapi-typescript makes of the served document (npm run sdk:generate)', async () => {
  // The generator's own package (TypeScript 5 for openapi-typescript), as `npm run sdk:generate`
  // installs it.
  if (
    !existsSync(new URL('../../sdk/generator/node_modules/openapi-typescript', import.meta.url))
  ) {
    execFileSync(
      'npm',
      ['ci', '--prefix', 'sdk/generator', '--no-audit', '--no-fund', '--silent'],
      { stdio: 'inherit' },
    );
  }
  assert.equal(
    await schemaSource(document),
    readFileSync(SCHEMA_FILE, 'utf8'),
    'sdk/schema.ts is stale: run `npm run sdk:generate` against a running platform and commit it',
  );
});

describe('with a DPoP-bound client', () => {
  test("an account-access intent, the customer approves, accounts and an account's balances read", async () => {
    const token = await clientCredentials(dpopTpp, 'accounts', true);
    assert.equal(token.token_type.toLowerCase(), 'dpop');
    const request: Schemas['OBReadConsent1'] = accountAccessRequest() as Schemas['OBReadConsent1'];
    const created = await bankClient(dpopTpp, token).POST(
      '/open-banking/v3.1/aisp/account-access-consents',
      { body: request },
    );
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    assert.equal(created.data!.Data.Status, 'AwaitingAuthorisation');

    const tokens = await authorizeIntent(platform, dpopTpp, created.data!.Data.ConsentId, {
      redirectUri: REDIRECT,
    });
    const api = bankClient(dpopTpp, tokens);
    const { data: accounts } = await api.GET('/open-banking/v3.1/aisp/accounts');
    assert.ok(accounts!.Data.Account!.length > 0);
    const accountId = accounts!.Data.Account![0]!.AccountId;
    const { data: balances } = await api.GET(
      '/open-banking/v3.1/aisp/accounts/{AccountId}/balances',
      { params: { path: { AccountId: accountId } } },
    );
    assert.equal(balances!.Data.Balance[0]!.AccountId, accountId);
    // A second read with the same token: a fresh proof (the bank refuses a replayed jti).
    assert.equal((await api.GET('/open-banking/v3.1/aisp/accounts')).response.status, 200);
  });

  test("a signed payment intent, approved, paid, the bank's signatures checked, its status read", async () => {
    const token = await clientCredentials(dpopTpp, 'payments', true);
    const intent = domesticPaymentRequest() as Schemas['OBWriteDomesticConsent4'];
    const signed = bankClient(dpopTpp, token, { sign: true, verify: true });
    const created = await signed.POST('/open-banking/v3.1/pisp/domestic-payment-consents', {
      body: intent,
      params: { header: { 'x-idempotency-key': crypto.randomUUID() } },
    });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));
    const consentId = created.data!.Data.ConsentId;

    const tokens = await authorizeIntent(platform, dpopTpp, consentId, { redirectUri: REDIRECT });
    const pay = bankClient(dpopTpp, tokens, { sign: true, verify: true });
    const paid = await pay.POST('/open-banking/v3.1/pisp/domestic-payments', {
      body: {
        Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
        Risk: intent.Risk,
      },
      params: { header: { 'x-idempotency-key': crypto.randomUUID() } },
    });
    assert.equal(paid.response.status, 201, JSON.stringify(paid.error));
    assert.ok(
      paid.response.headers.get('x-jws-signature'),
      'the answer was signed (and the SDK verified it)',
    );
    const paymentId = paid.data!.Data.DomesticPaymentId;
    // The status is read with a client-credentials token (OB).
    const status = await signed.GET(
      '/open-banking/v3.1/pisp/domestic-payments/{DomesticPaymentId}',
      { params: { path: { DomesticPaymentId: paymentId } } },
    );
    assert.equal(status.response.status, 200, JSON.stringify(status.error));
    assert.equal(status.data!.Data.DomesticPaymentId, paymentId);
  });

  test('an answer whose signature does not name the bank it is checked against is refused', async () => {
    const token = await clientCredentials(dpopTpp, 'payments', true);
    // The bank's real keys (the signature verifies), but another bank's issuer expected.
    const verifier = bankSignatures(
      'https://another-bank.example',
      `${platform.urls.browser}/jwks`,
      dpopTpp.dispatcher,
    );
    const client = createBankClient({
      baseUrl: platform.urls.tpp,
      dispatcher: dpopTpp.dispatcher,
      token,
      dpopKeys: dpopTpp.dpopKeys,
      signer: dpopTpp.signer,
      bank: verifier,
    });
    const body = domesticPaymentRequest() as Schemas['OBWriteDomesticConsent4'];
    await assert.rejects(
      client.POST('/open-banking/v3.1/pisp/domestic-payment-consents', {
        body,
        params: { header: { 'x-idempotency-key': crypto.randomUUID() } },
      }),
      (error: Error) =>
        error instanceof BankSignatureError && /is not the bank's issuer/.test(error.message),
    );
  });
});

describe('with a certificate-bound (tls_client_auth) client', () => {
  test('Bearer over the transport certificate creates an intent, and GET /usage answers as the document says', async () => {
    const token = await clientCredentials(mtlsTpp, 'accounts');
    assert.equal(token.token_type.toLowerCase(), 'bearer');
    const api = bankClient(mtlsTpp, token);
    const created = await api.POST('/open-banking/v3.1/aisp/account-access-consents', {
      body: accountAccessRequest() as Schemas['OBReadConsent1'],
    });
    assert.equal(created.response.status, 201, JSON.stringify(created.error));

    const usage = await api.GET('/usage');
    assert.equal(usage.response.status, 200, JSON.stringify(usage.error));
    assert.equal(usage.data!.Data.ClientId, mtlsTpp.clientId);
    const ajv = new Ajv2020({ strict: true });
    addFormatsPlugin.default(ajv);
    const check = ajv.compile(document.components.schemas.UsageResponse!);
    assert.ok(check(usage.data), JSON.stringify(check.errors));
    const refused = await api.GET('/usage', { params: { query: { month: '2026-13-01' } } });
    assert.equal(refused.response.status, 400);
  });
});
