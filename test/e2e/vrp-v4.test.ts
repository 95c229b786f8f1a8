import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  callApi,
  clientCredentials,
  signMessage,
  type AccessToken,
} from '../../examples/tpp-client.ts';
import { reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { ALICE, authorizeIntent } from '../support/customer-consent.ts';
import { inDays } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { assertSignedByBank, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * Domestic VRP on OB v4.0 (resource-server/v4/vrp.ts, the mapping over the same consent, payment
 * and ledger model as v3.1): a TPP (openid-client, DPoP) creates a VRP consent with v4.0's
 * structured remittance, the customer approves it once, the TPP pays twice, a periodic-limit and a
 * per-payment breach are refused with v4.0's U014 and post nothing, funds confirmation answers,
 * the consent reads AUTH on v4.0 and Authorised on v3.1, DELETE revokes it. Every answer is held
 * to the official v4.0 VRP document (v3.1.11's for the v3.1 read) and its signature verified.
 */

const REDIRECT = 'https://tpp.example/cb';
const V4 = '/open-banking/v4.0/pisp';
const V3 = '/open-banking/v3.1/pisp';

let platform: TestPlatform;
let tpp: OnboardedTpp;

before(async () => {
  platform = await startTestPlatform();
  tpp = await onboardTpp(platform, {
    name: 'Sweeper V4 Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'private_key_jwt', binding: 'dpop' },
  });
});
after(() => platform?.stop());

interface Answer {
  status: number;
  body: Record<string, any>;
  text: string;
}

async function call(
  api: ObApi,
  token: AccessToken,
  method: 'GET' | 'POST' | 'DELETE',
  path: string,
  template: string,
  body?: unknown,
  headers: Record<string, string> = {},
): Promise<Answer> {
  const sent = body === undefined ? undefined : JSON.stringify(body);
  const signature: Record<string, string> =
    sent === undefined ? {} : { 'x-jws-signature': await signMessage(tpp.tpp.signer, sent) };
  const response = await callApi(tpp.tpp, token, method, path, sent, { ...signature, ...headers });
  const text = await response.text();
  const parsed = await obResponseBody(api, method, template, {
    status: response.status,
    text: async () => text,
  });
  if (text !== '') await assertSignedByBank(tpp.tpp, response.headers, text);
  return { status: response.status, body: parsed as Record<string, any>, text };
}

const CREDITOR = {
  SchemeName: 'UK.OBIE.SortCodeAccountNumber',
  Identification: '08080021325698',
  Name: 'Alice Savings Pot',
};
const REMITTANCE = { Structured: [{ CreditorReferenceInformation: { Reference: 'SWEEP-POT' } }] };
const RISK = { PaymentContextCode: 'TransferToSelf' };

async function debtorBalance(consentId: string): Promise<bigint> {
  const { rows } = await platform.knex.raw<{ rows: { balance: string }[] }>(
    `SELECT a.balance_minor::text AS balance FROM openbanking.consents c
     JOIN ledger.accounts a ON a.id = c.debtor_account_id WHERE c.id = ?`,
    [consentId],
  );
  return BigInt(rows[0]!.balance);
}

test('v4.0: a VRP consent approved once, payments within its limits, breaches refused with U014', async () => {
  const cc = await clientCredentials(tpp.tpp, 'payments');
  const controlParameters = {
    ValidFromDateTime: new Date(Date.now() - 60_000).toISOString(),
    ValidToDateTime: inDays(30),
    MaximumIndividualAmount: { Amount: '50.00', Currency: 'GBP' },
    PeriodicLimits: [
      { PeriodType: 'Week', PeriodAlignment: 'Calendar', Amount: '70.00', Currency: 'GBP' },
      { PeriodType: 'Fortnight', PeriodAlignment: 'Consent', Amount: '500.00', Currency: 'GBP' },
    ],
    VRPType: ['UK.OBIE.VRPType.Sweeping'],
    PSUAuthenticationMethods: ['UK.OBIE.SCANotRequired'],
  };
  const initiation = { CreditorAccount: CREDITOR, RemittanceInformation: REMITTANCE };
  const created = await call(
    'v4.0-vrp',
    cc,
    'POST',
    `${V4}/domestic-vrp-consents`,
    '/domestic-vrp-consents',
    { Data: { ControlParameters: controlParameters, Initiation: initiation }, Risk: RISK },
    { 'x-idempotency-key': randomUUID() },
  );
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.Data.Status, 'AWAU');
  assert.deepEqual(created.body.Data.Initiation, initiation);
  const consentId = created.body.Data.ConsentId as string;
  const token = await authorizeIntent(platform, tpp.tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });

  const read = await call(
    'v4.0-vrp',
    cc,
    'GET',
    `${V4}/domestic-vrp-consents/${consentId}`,
    '/domestic-vrp-consents/{ConsentId}',
  );
  assert.equal(read.body.Data.Status, 'AUTH', read.text);
  assert.match(read.body.Data.DebtorAccount.Identification, /^\d{14}$/);
  const asV3 = await call(
    'vrp',
    cc,
    'GET',
    `${V3}/domestic-vrp-consents/${consentId}`,
    '/domestic-vrp-consents/{ConsentId}',
  );
  assert.equal(asV3.body.Data.Status, 'Authorised', asV3.text);
  assert.deepEqual(asV3.body.Data.Initiation.RemittanceInformation, { Reference: 'SWEEP-POT' });

  const pay = (amount: string) =>
    call(
      'v4.0-vrp',
      token,
      'POST',
      `${V4}/domestic-vrps`,
      '/domestic-vrps',
      {
        Data: {
          ConsentId: consentId,
          PSUAuthenticationMethod: 'UK.OBIE.SCANotRequired',
          VRPType: 'UK.OBIE.VRPType.Sweeping',
          Initiation: initiation,
          Instruction: {
            InstructionIdentification: `SWEEP-${randomUUID().slice(0, 8)}`,
            EndToEndIdentification: `E2E-${randomUUID().slice(0, 8)}`,
            RemittanceInformation: REMITTANCE,
            InstructedAmount: { Amount: amount, Currency: 'GBP' },
            CreditorAccount: CREDITOR,
          },
        },
        Risk: RISK,
      },
      { 'x-idempotency-key': randomUUID() },
    );

  const before = await debtorBalance(consentId);
  const first = await pay('40.00');
  assert.equal(first.status, 201, first.text);
  assert.equal(first.body.Data.Status, 'ACSP');
  assert.deepEqual(first.body.Data.Instruction.RemittanceInformation, REMITTANCE);
  const second = await pay('30.00');
  assert.equal(second.status, 201, second.text);
  assert.equal(await debtorBalance(consentId), before - 7000n);

  // £70 this week already: one penny more breaks the weekly limit; £50.01 the per-payment one.
  for (const [amount, path] of [
    ['0.01', 'Data.ControlParameters.PeriodicLimits[0].Amount'],
    ['50.01', 'Data.ControlParameters.MaximumIndividualAmount.Amount'],
  ]) {
    const refused = await pay(amount!);
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.Errors[0].ErrorCode, 'U014', refused.text);
    assert.equal(refused.body.Errors[0].Path, path, refused.text);
  }
  assert.equal(await debtorBalance(consentId), before - 7000n, 'the refusals posted nothing');

  const payment = await call(
    'v4.0-vrp',
    cc,
    'GET',
    `${V4}/domestic-vrps/${first.body.Data.DomesticVRPId}`,
    '/domestic-vrps/{DomesticVRPId}',
  );
  assert.equal(payment.status, 200, payment.text);
  assert.ok(['ACSP', 'ACSC'].includes(payment.body.Data.Status));
  const details = await call(
    'v4.0-vrp',
    cc,
    'GET',
    `${V4}/domestic-vrps/${first.body.Data.DomesticVRPId}/payment-details`,
    '/domestic-vrps/{DomesticVRPId}/payment-details',
  );
  assert.equal(details.status, 200, details.text);

  const funds = await call(
    'v4.0-vrp',
    token,
    'POST',
    `${V4}/domestic-vrp-consents/${consentId}/funds-confirmation`,
    '/domestic-vrp-consents/{ConsentId}/funds-confirmation',
    { Data: { ConsentId: consentId, InstructedAmount: { Amount: '10.00', Currency: 'GBP' } } },
  );
  assert.equal(funds.status, 201, funds.text);
  assert.equal(funds.body.Data.FundsAvailableResult.FundsAvailable, 'Available');

  const deleted = await call(
    'v4.0-vrp',
    cc,
    'DELETE',
    `${V4}/domestic-vrp-consents/${consentId}`,
    '/domestic-vrp-consents/{ConsentId}',
  );
  assert.equal(deleted.status, 204, deleted.text);
  const afterDelete = await pay('1.00');
  assert.equal(afterDelete.status, 401, afterDelete.text);
  for (const [currency, total] of await totalsByCurrency(platform.knex))
    assert.equal(total, 0n, `${currency} total`);
  assert.ok((await reconcileLedger(platform.knex)).ok);
});
