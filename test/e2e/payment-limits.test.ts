import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, test } from 'node:test';
import {
  DOMESTIC_PAYMENTS_PATH,
  signMessage,
  submitDomesticPayment,
  type AccessToken,
  type DomesticPayment,
} from '../../examples/tpp-client.ts';
import {
  ALICE,
  BOB,
  CAROL,
  authorizeIntent,
  consentPageHtml,
} from '../support/customer-consent.ts';
import { tlsFetch } from '../support/http.ts';
import { domesticPaymentRequest } from '../support/intent-requests.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp, type OnboardedTpp } from '../support/tpp.ts';

/**
 * The bank's payment limits through the real API and consent pages: a payment over the per-payment
 * limit, a day's payments over the daily limit, too many payments in the velocity window. Each is
 * refused with its own OB error and changes nothing (balance, consent, payments); what the consent
 * page already knows it shows. A second instance with a lower per-payment limit stands for a limit
 * lowered between the customer's approval and the payment.
 */

const REDIRECT = 'https://tpp.example/cb';
const LIMITS = 'per-payment=100.00,per-day=150.00,velocity=3/3600';

let platform: TestPlatform;
let tpp: OnboardedTpp;

before(async () => {
  platform = await startTestPlatform({ hsm: false, env: { PAYMENT_LIMITS: LIMITS } });
  tpp = await onboardTpp(platform, {
    name: 'Limits Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  });
});
after(() => platform?.stop());

interface Approved {
  consentId: string;
  token: AccessToken;
  payment: DomesticPayment;
}

function intent(amount: string) {
  const request = domesticPaymentRequest();
  request.Data.Initiation.InstructedAmount.Amount = amount;
  request.Data.Initiation.InstructionIdentification = `INSTR-${randomUUID().slice(0, 8)}`;
  return request;
}

async function approved(amount: string, customer = ALICE): Promise<Approved> {
  const request = intent(amount);
  const consentId = await createdIntentId(tpp.tpp, 'domestic-payment', request);
  const token = await authorizeIntent(platform, tpp.tpp, consentId, {
    redirectUri: REDIRECT,
    customer,
  });
  return {
    consentId,
    token,
    payment: {
      Data: { ConsentId: consentId, Initiation: request.Data.Initiation },
      Risk: request.Risk,
    },
  };
}

interface State {
  balanceMinor: string;
  consentStatus: string;
  payments: number;
}

async function stateOf(consent: Approved): Promise<State> {
  const row = await platform
    .knex('openbanking.consents')
    .where({ id: consent.consentId })
    .first('status', 'debtor_account_id');
  const account = await platform
    .knex('ledger.accounts')
    .where({ id: row.debtor_account_id })
    .first('balance_minor');
  const [{ count }] = await platform
    .knex('openbanking.payments')
    .where({ debtor_account_id: row.debtor_account_id })
    .count({ count: '*' });
  return {
    balanceMinor: String(account.balance_minor),
    consentStatus: row.status,
    payments: Number(count),
  };
}

async function assertRefused(response: Response, code: string, message: RegExp): Promise<void> {
  const text = await response.text();
  assert.equal(response.status, 400, text);
  const body = JSON.parse(text);
  assert.equal(body.Code, '400 BadRequest');
  assert.equal(body.Errors.length, 1);
  assert.equal(body.Errors[0].ErrorCode, code);
  assert.match(body.Errors[0].Message, message);
}

test('over the per-payment limit: the consent page says so and offers only Refuse', async () => {
  const consentId = await createdIntentId(tpp.tpp, 'domestic-payment', intent('100.01'));
  const html = await consentPageHtml(platform, tpp.tpp, consentId, {
    redirectUri: REDIRECT,
    customer: CAROL,
  });
  assert.match(
    html,
    /This payment is over the bank(&#x27;|')s limit of £100\.00 for one payment\./,
  );
  assert.match(html, /You can’t approve this request/);
  assert.doesNotMatch(html, /button--primary/, 'no Approve button');
});

test('a limit lower at payment time than at approval: refused by the API with AM02, nothing changes', async () => {
  const consent = await approved('80.00', BOB);
  const lower = await startTestPlatform({
    instanceOf: platform,
    env: { PAYMENT_LIMITS: 'per-payment=50.00' },
  });
  try {
    const before = await stateOf(consent);
    const body = JSON.stringify(consent.payment);
    const identity = {
      ca: platform.serverTrustAnchorPem,
      cert: tpp.identity.transportCertPem,
      key: tpp.identity.transportKeyPem,
    };
    const response = await tlsFetch(`${lower.urls.tpp}${DOMESTIC_PAYMENTS_PATH}`, identity, {
      method: 'POST',
      headers: {
        authorization: `Bearer ${consent.token.access_token}`,
        'content-type': 'application/json',
        accept: 'application/json',
        'x-idempotency-key': randomUUID(),
        'x-jws-signature': await signMessage(tpp.tpp.signer, body),
      },
      body,
    });
    await assertRefused(
      response as unknown as Response,
      'UK.SandboxBank.PaymentLimitExceeded',
      /limit of 50\.00 GBP for one payment.*AM02 NotAllowedAmount/,
    );
    assert.deepEqual(await stateOf(consent), before);
    assert.equal(before.consentStatus, 'Authorised');
  } finally {
    await lower.stop();
  }
  // Under the limit in force here, the same consent pays.
  assert.equal((await submitDomesticPayment(tpp.tpp, consent.token, consent.payment)).status, 201);
});

test("over the day's limit: the second payment is refused with AM14, changes nothing, and the page then says so", async () => {
  const first = await approved('60.00');
  const second = await approved('100.00');
  assert.equal((await submitDomesticPayment(tpp.tpp, first.token, first.payment)).status, 201);
  const before = await stateOf(second);
  const key = randomUUID();
  await assertRefused(
    await submitDomesticPayment(tpp.tpp, second.token, second.payment, key),
    'UK.SandboxBank.DailyLimitExceeded',
    /limit of 150\.00 GBP.*AM14 AmountExceedsAgreedLimit/,
  );
  assert.deepEqual(await stateOf(second), before, 'balance, consent and payments as they were');
  // The refusal kept no idempotent answer: the same key is refused again, not replayed.
  await assertRefused(
    await submitDomesticPayment(tpp.tpp, second.token, second.payment, key),
    'UK.SandboxBank.DailyLimitExceeded',
    /AM14/,
  );
  const third = await createdIntentId(tpp.tpp, 'domestic-payment', intent('95.00'));
  const html = await consentPageHtml(platform, tpp.tpp, third, { redirectUri: REDIRECT });
  assert.match(
    html,
    /Payments from this account today would go over its daily limit of £150\.00\./,
  );
});

test('more payments in the window than the velocity rule allows: the next is refused, nothing changes', async () => {
  const consents = [];
  for (let i = 0; i < 4; i += 1) consents.push(await approved('1.00', CAROL));
  for (const consent of consents.slice(0, 3))
    assert.equal(
      (await submitDomesticPayment(tpp.tpp, consent.token, consent.payment)).status,
      201,
    );
  const last = consents[3]!;
  const before = await stateOf(last);
  await assertRefused(
    await submitDomesticPayment(tpp.tpp, last.token, last.payment),
    'UK.SandboxBank.VelocityLimitExceeded',
    /made 3 payments in the last 3600 s/,
  );
  assert.deepEqual(await stateOf(last), before);
  const html = await consentPageHtml(
    platform,
    tpp.tpp,
    await createdIntentId(tpp.tpp, 'domestic-payment', intent('1.00')),
    { redirectUri: REDIRECT, customer: CAROL },
  );
  assert.match(html, /This account has made 3 payments in the last 60 minutes, the most allowed\./);
});
