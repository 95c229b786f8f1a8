import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { clientCredentials, type RegisteredTpp } from '../../examples/tpp-client.ts';
import { reconcileLedger } from '../../ledger/index.ts';
import { ALICE, authorizeIntent } from '../support/customer-consent.ts';
import { domesticScheduledPaymentRequest } from '../support/intent-requests.ts';
import { debtorBalance, pispCall } from '../support/pisp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { onboardTpp } from '../support/tpp.ts';

/**
 * A domestic scheduled payment on OB v4.0 (resource-server/v4/payment-orders.ts): the TPP makes
 * the consent and the order with v4.0 bodies, the customer approves it, the worker pays it on its
 * time, and the order reads as v4.0 (ISO status codes) and as v3.1 (one model underneath). Every
 * answer is held to its version's official document and its signature verified.
 */

const REDIRECT = 'https://tpp.example/cb';

let platform: TestPlatform;
let tpp: RegisteredTpp;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp } = await onboardTpp(platform, {
    name: 'Scheduled Four Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
  }));
});
after(() => platform?.stop());

test('a scheduled payment made on v4.0 is paid on its time and reads in both versions', async () => {
  // A v4.0 Initiation: the parties as in v3.1, no remittance (v4.0 writes it differently).
  const { Data } = domesticScheduledPaymentRequest(new Date(Date.now() + 5000).toISOString());
  const { RemittanceInformation: _v31Only, ...initiation } = Data.Initiation;
  const Risk = { PaymentContextCode: 'BillingGoodsAndServicesInArrears' };
  const consentBody = { Data: { Permission: 'Create', Initiation: initiation }, Risk };

  const cc = await clientCredentials(tpp, 'payments');
  const created = await pispCall(
    tpp,
    'v4.0',
    cc,
    'POST',
    '/domestic-scheduled-payment-consents',
    '/domestic-scheduled-payment-consents',
    consentBody,
  );
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.Data.Status, 'AWAU');
  assert.deepEqual(created.body.Data.Initiation, initiation);
  const consentId: string = created.body.Data.ConsentId;

  const token = await authorizeIntent(platform, tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });
  const inV31 = await pispCall(
    tpp,
    'v3.1',
    cc,
    'GET',
    `/domestic-scheduled-payment-consents/${consentId}`,
    '/domestic-scheduled-payment-consents/{ConsentId}',
  );
  assert.equal(inV31.body.Data.Status, 'Authorised');
  const before = await debtorBalance(platform.knex, consentId);

  const made = await pispCall(
    tpp,
    'v4.0',
    token,
    'POST',
    '/domestic-scheduled-payments',
    '/domestic-scheduled-payments',
    { Data: { ConsentId: consentId, Initiation: initiation }, Risk },
  );
  assert.equal(made.status, 201, made.text);
  assert.equal(made.body.Data.Status, 'PDNG');
  assert.deepEqual(made.body.Data.Initiation, initiation);
  const id: string = made.body.Data.DomesticScheduledPaymentId;

  const member = `/domestic-scheduled-payments/${id}`;
  const template = '/domestic-scheduled-payments/{DomesticScheduledPaymentId}';
  const executed = await pollUntil(
    async () => {
      const read = await pispCall(tpp, 'v4.0', cc, 'GET', member, template);
      return read.body.Data.Status === 'PDNG' ? undefined : read;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
  assert.equal(executed?.body.Data.Status, 'ACSP', executed?.text);
  assert.equal(await debtorBalance(platform.knex, consentId), before - 2500n);

  const details = await pispCall(
    tpp,
    'v4.0',
    cc,
    'GET',
    `${member}/payment-details`,
    `${template}/payment-details`,
  );
  assert.equal(details.body.Data.PaymentStatus.length, 1);
  assert.ok(['ACSP', 'ACSC'].includes(details.body.Data.PaymentStatus[0].Status));
  const asV31 = await pispCall(tpp, 'v3.1', cc, 'GET', member, template);
  assert.equal(asV31.body.Data.Status, 'InitiationCompleted');
  assert.equal(
    asV31.body.Data.Initiation.RequestedExecutionDateTime,
    initiation.RequestedExecutionDateTime,
  );
  assert.ok((await reconcileLedger(platform.knex)).ok, 'the ledger reconciles');
});
