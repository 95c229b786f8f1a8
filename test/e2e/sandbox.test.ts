import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  callApi,
  clientCredentials,
  exchangeCode,
  pushAuthorization,
  submitDomesticPayment,
  type AccessToken,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import { reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import { MAGIC_REFERENCES, SETTLEMENT_HOLD_SECONDS, SLOW_ANSWER_MS } from '../../sandbox/index.ts';
import {
  ALICE,
  BOB,
  CAROL,
  authorizeIntent,
  forgetSpentTotp,
} from '../support/customer-consent.ts';
import { tlsFetch } from '../support/http.ts';
import {
  domesticPaymentRequest,
  domesticScheduledPaymentRequest,
  domesticStandingOrderRequest,
} from '../support/intent-requests.ts';
import { insertSubmittedOrder, PAYMENT_ORDER_API, pispCall } from '../support/pisp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { waitFor } from '../support/poll.ts';
import { killScripts, runScript } from '../support/process.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';
import { seedSandboxBank, type SandboxCustomer } from '../../db/seeds/index.ts';
import { loadSecrets } from '../../platform/secrets.ts';

/**
 * The sandbox that mirrors production on demand (README "Sandbox"), against the whole platform
 * with openid-client as the TPP: approval from CI without a browser (POST /sandbox/authorize, the
 * bank's own pages behind it), each documented outcome through the real payment API, ledger and
 * settlement job, simulated latency, and the reset command; none of it with SEED_SANDBOX=false.
 */

const REDIRECT = 'https://tpp.example/cb';
const CUSTOMERS = [ALICE, BOB, CAROL];

let platform: TestPlatform;
let tpp: RegisteredTpp;
let seededBalances: Map<string, bigint>;

before(async () => {
  // The sandbox's own payment limits (PAYMENT_LIMITS unset), as a developer's sandbox has them.
  platform = await startTestPlatform({ hsm: false, env: { PAYMENT_LIMITS: '' } });
  tpp = (
    await onboardTpp(platform, {
      name: 'Sandbox CI Ltd',
      roles: ['AISP', 'PISP'],
      redirectUri: REDIRECT,
    })
  ).tpp;
  seededBalances = await balances();
});
after(async () => {
  killScripts();
  await platform?.stop();
});

async function balances(): Promise<Map<string, bigint>> {
  const ids = CUSTOMERS.flatMap((customer) => [
    customer.current.id,
    customer.savings.id,
    customer.creditCard!.id,
  ]);
  const rows: { id: string; balance_minor: bigint }[] = await platform
    .knex('ledger.accounts')
    .whereIn('id', ids)
    .select('id', 'balance_minor');
  return new Map(rows.map((row) => [row.id, row.balance_minor]));
}

async function ledgerBalanced(): Promise<void> {
  for (const [currency, total] of await totalsByCurrency(platform.knex))
    assert.equal(total, 0n, `${currency} total`);
  const reconciliation = await reconcileLedger(platform.knex);
  assert.ok(
    reconciliation.ok,
    JSON.stringify(reconciliation, (_k, v) =>
      typeof v === 'bigint' ? String(v) : v instanceof Map ? [...v] : v,
    ),
  );
}

/** POST /sandbox/authorize on the browser host, as a TPP's CI calls it (JSON in, JSON out). */
async function ciApproval(
  body: Record<string, unknown>,
): Promise<{ status: number; body: Record<string, any> }> {
  const response = await tlsFetch(
    `${platform.urls.browser}/sandbox/authorize`,
    { ca: platform.serverTrustAnchorPem },
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

interface Approval {
  customer: SandboxCustomer;
  accounts?: string[];
  decision?: 'approve' | 'refuse';
}

/**
 * The TPP pushes the authorization request (PAR, openid-client), its CI approves as the customer,
 * and returns the redirect the browser would have got; the customer's TOTP step is forgotten
 * first (test database), so the test does not depend on the 30-second step.
 */
async function approvedInCi(intentId: string, scope: string, approval: Approval) {
  const pushed = await pushAuthorization(tpp, intentId, { scope, redirectUri: REDIRECT });
  await forgetSpentTotp(platform.knex, approval.customer.id);
  const answer = await ciApproval({
    client_id: pushed.url.searchParams.get('client_id'),
    request_uri: pushed.url.searchParams.get('request_uri'),
    username: approval.customer.username,
    password: approval.customer.password,
    ...(approval.accounts && { accounts: approval.accounts }),
    ...(approval.decision && { decision: approval.decision }),
  });
  assert.equal(answer.status, 200, JSON.stringify(answer.body));
  return { pushed, location: new URL(answer.body.location) };
}

function paymentIntent(amount: string, reference = `REF-${randomUUID().slice(0, 8)}`) {
  const intent = domesticPaymentRequest();
  intent.Data.Initiation.InstructedAmount.Amount = amount;
  intent.Data.Initiation.InstructionIdentification = `INSTR-${randomUUID().slice(0, 8)}`;
  intent.Data.Initiation.RemittanceInformation.Reference = reference;
  return intent;
}

interface Consent {
  token: AccessToken;
  payment: { Data: { ConsentId: string; Initiation: any }; Risk: any };
}

async function approvedPayment(
  amount: string,
  customer: SandboxCustomer,
  from: string,
  reference?: string,
): Promise<Consent> {
  const intent = paymentIntent(amount, reference);
  const consentId = await createdIntentId(tpp, 'domestic-payment', intent);
  const { pushed, location } = await approvedInCi(consentId, 'payments', {
    customer,
    accounts: [from],
  });
  const token = await exchangeCode(tpp, location, pushed);
  return {
    token,
    payment: {
      Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
      Risk: intent.Risk,
    },
  };
}

async function pay(
  consent: Consent,
  key = randomUUID(),
): Promise<{ status: number; body: Record<string, any>; text: string }> {
  const response = await submitDomesticPayment(tpp, consent.token, consent.payment, key);
  const text = await response.text();
  return { status: response.status, body: JSON.parse(text), text };
}

async function paymentStatus(paymentId: string): Promise<string> {
  const response = await callApi(
    tpp,
    await clientCredentials(tpp, 'payments'),
    'GET',
    `/open-banking/v3.1/pisp/domestic-payments/${paymentId}`,
  );
  assert.equal(response.status, 200);
  return ((await response.json()) as { Data: { Status: string } }).Data.Status;
}

describe('CI approval without a browser', () => {
  test('a whole account-access flow: PAR, approval as alice through the bank pages, code exchange, accounts read', async () => {
    const intentId = await createdIntentId(tpp, 'account-access');
    const { pushed, location } = await approvedInCi(intentId, 'accounts', { customer: ALICE });
    assert.equal(`${location.origin}${location.pathname}`, REDIRECT);
    assert.equal(location.searchParams.get('state'), pushed.state);
    assert.equal(location.searchParams.get('iss'), platform.urls.browser);
    const tokens = await exchangeCode(tpp, location, pushed);
    assert.equal(tokens.claims()?.openbanking_intent_id, intentId);
    assert.equal(tokens.claims()?.sub, ALICE.id);
    const accounts = await callApi(tpp, tokens, 'GET', '/open-banking/v3.1/aisp/accounts');
    assert.equal(accounts.status, 200);
    const shared = (
      (await accounts.json()) as { Data: { Account: { AccountId: string }[] } }
    ).Data.Account.map((account) => account.AccountId).sort();
    assert.deepEqual(
      shared,
      [ALICE.current.id, ALICE.savings.id, ALICE.creditCard!.id].sort(),
      'every offered account, as the customer ticks by default',
    );
    const consent = await platform.knex('openbanking.consents').where({ id: intentId }).first();
    assert.equal(consent.status, 'Authorised');
    assert.equal(consent.customer_id, ALICE.id);
  });

  test('without a code, two approvals in a row as the same customer pass (this step, then the next)', async () => {
    await forgetSpentTotp(platform.knex, BOB.id);
    for (let i = 0; i < 2; i += 1) {
      const pushed = await pushAuthorization(tpp, await createdIntentId(tpp, 'account-access'), {
        scope: 'accounts',
        redirectUri: REDIRECT,
      });
      const answer = await ciApproval({
        client_id: pushed.url.searchParams.get('client_id'),
        request_uri: pushed.url.searchParams.get('request_uri'),
        username: 'bob',
        password: BOB.password,
      });
      assert.equal(answer.status, 200, JSON.stringify(answer.body));
      assert.ok(new URL(answer.body.location).searchParams.get('code'));
    }
  });

  test('refusing: the TPP gets access_denied and the intent is Rejected', async () => {
    const intentId = await createdIntentId(tpp, 'account-access');
    const { location } = await approvedInCi(intentId, 'accounts', {
      customer: BOB,
      decision: 'refuse',
    });
    assert.equal(location.searchParams.get('error'), 'access_denied');
    assert.equal(location.searchParams.get('iss'), platform.urls.browser);
    assert.equal(
      (await platform.knex('openbanking.consents').where({ id: intentId }).first()).status,
      'Rejected',
    );
  });

  test('what the bank pages refuse is answered with the step and what the page said', async () => {
    const pushed = await pushAuthorization(tpp, await createdIntentId(tpp, 'account-access'), {
      scope: 'accounts',
      redirectUri: REDIRECT,
    });
    const ask = {
      client_id: pushed.url.searchParams.get('client_id'),
      request_uri: pushed.url.searchParams.get('request_uri'),
      username: 'carol',
    };
    const wrongPassword = await ciApproval({ ...ask, password: 'not-carols' });
    assert.equal(wrongPassword.status, 400);
    assert.equal(wrongPassword.body.step, 'password');
    assert.match(wrongPassword.body.error_description, /\S/);
    const wrongCode = await ciApproval({ ...ask, password: CAROL.password, code: '000000' });
    assert.equal(wrongCode.status, 400);
    assert.equal(wrongCode.body.step, 'code');
    const malformed = await ciApproval({ client_id: 'x' });
    assert.equal(malformed.status, 400);
    assert.equal(malformed.body.error, 'invalid_request');
    assert.match(malformed.body.error_description, /request_uri/);
  });
});

describe('outcomes a TPP must handle', () => {
  test('insufficient funds: carol may approve, the payment API refuses it and nothing moves', async () => {
    const consent = await approvedPayment('100.00', CAROL, CAROL.current.id);
    const before = await balances();
    const answer = await pay(consent);
    assert.equal(answer.status, 400, answer.text);
    assert.equal(answer.body.Errors[0].ErrorCode, 'UK.SandboxBank.InsufficientFunds');
    assert.deepEqual(await balances(), before);
    assert.equal(
      (
        await platform
          .knex('openbanking.consents')
          .where({ id: consent.payment.Data.ConsentId })
          .first()
      ).status,
      'Authorised',
    );
  });

  test("payment limit: two approved payments of 3500.00 from alice's savings break the sandbox's day limit at the second", async () => {
    const first = await approvedPayment('3500.00', ALICE, ALICE.savings.id);
    const second = await approvedPayment('3500.00', ALICE, ALICE.savings.id);
    assert.equal((await pay(first)).status, 201);
    const refused = await pay(second);
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.Errors[0].ErrorCode, 'UK.SandboxBank.DailyLimitExceeded');
    assert.match(refused.body.Errors[0].Message, /6000\.00/);
  });

  test(`rejected by the bank: ${MAGIC_REFERENCES.reject} is answered Rejected, no money moves, a retry replays it`, async () => {
    const consent = await approvedPayment('12.00', BOB, BOB.current.id, MAGIC_REFERENCES.reject);
    const before = await balances();
    const key = randomUUID();
    const answer = await pay(consent, key);
    assert.equal(answer.status, 201, answer.text);
    assert.equal(answer.body.Data.Status, 'Rejected');
    assert.deepEqual(await balances(), before);
    assert.equal((await pay(consent, key)).text, answer.text);
    assert.equal(await paymentStatus(answer.body.Data.DomesticPaymentId), 'Rejected');
    const row = await platform
      .knex('openbanking.payments')
      .where({ id: answer.body.Data.DomesticPaymentId })
      .first();
    assert.equal(row.ledger_transfer_id, null);
    assert.equal(
      (
        await platform
          .knex('openbanking.consents')
          .where({ id: consent.payment.Data.ConsentId })
          .first()
      ).status,
      'Consumed',
    );
  });

  test(`settlement pending then completed: ${MAGIC_REFERENCES.settleLater} stays in process while other payments settle, then the job settles it`, async () => {
    const held = await approvedPayment('5.00', BOB, BOB.current.id, MAGIC_REFERENCES.settleLater);
    const ordinary = await approvedPayment('6.00', BOB, BOB.current.id);
    const paid = await pay(held);
    assert.equal(paid.status, 201, paid.text);
    assert.equal(paid.body.Data.Status, 'AcceptedSettlementInProcess');
    const heldId = paid.body.Data.DomesticPaymentId;
    const ordinaryId = (await pay(ordinary)).body.Data.DomesticPaymentId;
    await waitFor(
      async () => (await paymentStatus(ordinaryId)) === 'AcceptedSettlementCompleted',
      'the ordinary payment settled',
      { timeoutMs: 8_000 },
    );
    assert.equal(
      await paymentStatus(heldId),
      'AcceptedSettlementInProcess',
      'held while a batch settled the other payment',
    );
    await waitFor(
      async () => (await paymentStatus(heldId)) === 'AcceptedSettlementCompleted',
      'the held payment settled',
      { timeoutMs: (SETTLEMENT_HOLD_SECONDS + 10) * 1000 },
    );
    const row = await platform.knex('openbanking.payments').where({ id: heldId }).first();
    assert.ok(row.settlement_transfer_id, 'settled by a settlement transfer');
    assert.ok(
      row.status_updated_at.getTime() - row.created_at.getTime() >=
        SETTLEMENT_HOLD_SECONDS * 1000 - 500,
    );
    await ledgerBalanced();
  });

  test(`a slow answer: ${MAGIC_REFERENCES.slow} makes every answer about the payment ${SLOW_ANSWER_MS} ms late, others are not`, async () => {
    const timed = async (reference: string) => {
      const started = Date.now();
      const consentId = await createdIntentId(
        tpp,
        'domestic-payment',
        paymentIntent('1.00', reference),
      );
      return { ms: Date.now() - started, consentId };
    };
    const slow = await timed(MAGIC_REFERENCES.slow);
    const ordinary = await timed('ORDINARY');
    assert.ok(slow.ms >= SLOW_ANSWER_MS, `${slow.ms} ms`);
    assert.ok(ordinary.ms < SLOW_ANSWER_MS, `${ordinary.ms} ms`);
    const read = Date.now();
    const token = await clientCredentials(tpp, 'payments');
    assert.equal(
      (
        await callApi(
          tpp,
          token,
          'GET',
          `/open-banking/v3.1/pisp/domestic-payment-consents/${slow.consentId}`,
        )
      ).status,
      200,
    );
    assert.ok(Date.now() - read >= SLOW_ANSWER_MS, 'reading it back is slow too');
  });
});

describe('simulated latency', () => {
  test('SANDBOX_LATENCY_MS delays every request to the TPP host', async () => {
    const slower = await startTestPlatform({
      instanceOf: platform,
      env: { SANDBOX_LATENCY_MS: '700' },
    });
    try {
      const timed = async (base: string) => {
        const started = Date.now();
        const response = await tlsFetch(`${base}/openapi.json`, {
          ca: platform.serverTrustAnchorPem,
        });
        assert.equal(response.status, 200);
        return Date.now() - started;
      };
      assert.ok((await timed(slower.urls.tpp)) >= 700);
      assert.ok((await timed(platform.urls.tpp)) < 700);
    } finally {
      await slower.stop();
    }
  });
});

describe('reset', () => {
  test('npm run sandbox -- reset: balances back to the seed, consents revoked with their tokens, ledger balanced; refused without the sandbox', async () => {
    const intentId = await createdIntentId(tpp, 'account-access');
    const { pushed, location } = await approvedInCi(intentId, 'accounts', { customer: CAROL });
    const tokens = await exchangeCode(tpp, location, pushed);
    assert.equal(
      (await callApi(tpp, tokens, 'GET', '/open-banking/v3.1/aisp/accounts')).status,
      200,
    );
    assert.notDeepEqual(await balances(), seededBalances, 'the payments above moved money');
    // A standing order of Carol's that would pay tomorrow: the reset cancels it.
    const orderIntent = domesticStandingOrderRequest();
    const created = await pispCall(
      tpp,
      'v3.1',
      await clientCredentials(tpp, 'payments'),
      'POST',
      PAYMENT_ORDER_API.standing.consents,
      PAYMENT_ORDER_API.standing.consents,
      orderIntent,
    );
    assert.equal(created.status, 201, created.text);
    const orderConsentId: string = created.body.Data.ConsentId;
    const approvedOrder = await approvedInCi(orderConsentId, 'payments', { customer: CAROL });
    const orderToken = await exchangeCode(tpp, approvedOrder.location, approvedOrder.pushed);
    const made = await pispCall(
      tpp,
      'v3.1',
      orderToken,
      'POST',
      PAYMENT_ORDER_API.standing.orders,
      PAYMENT_ORDER_API.standing.orders,
      {
        Data: { ConsentId: orderConsentId, Initiation: orderIntent.Data.Initiation },
        Risk: orderIntent.Risk,
      },
    );
    assert.equal(made.status, 201, made.text);
    const orderId: string = made.body.Data[PAYMENT_ORDER_API.standing.id];
    // More running orders than the customer's list holds at once (200): all are cancelled.
    const scheduled = domesticScheduledPaymentRequest().Data.Initiation;
    for (let i = 0; i < 200; i += 1)
      await insertSubmittedOrder(platform.knex, {
        kind: 'domestic-scheduled-payment',
        clientId: tpp.clientId,
        customerId: CAROL.id,
        accountId: CAROL.current.id,
        initiation: scheduled,
        dueAt: new Date(scheduled.RequestedExecutionDateTime),
      });

    const env = { DATABASE_URL: platform.config.databaseUrl!, DATA_DIR: platform.dataDir };
    const refused = runScript('sandbox/cli.ts', ['reset'], { ...env, SEED_SANDBOX: 'false' });
    assert.equal(await refused.exited, 2, refused.output());
    assert.match(refused.output(), /SEED_SANDBOX: is false/);

    const reset = runScript('sandbox/cli.ts', ['reset'], env);
    assert.equal(await reset.exited, 0, reset.output());
    assert.match(
      reset.output(),
      /Sandbox reset: \d+ account\(s\) back to their seeded balance, \d+ consent\(s\) revoked, 201 payment order\(s\) cancelled/,
    );
    assert.deepEqual(await balances(), seededBalances);
    const order = await platform.knex('openbanking.payment_orders').where({ id: orderId }).first();
    assert.equal(order.status, 'Cancelled');
    assert.equal(order.next_due_at, null);
    const active = await platform
      .knex('openbanking.consents')
      .whereIn(
        'customer_id',
        CUSTOMERS.map((customer) => customer.id),
      )
      .whereIn('kind', ['account-access', 'funds-confirmation'])
      .where({ status: 'Authorised' });
    assert.deepEqual(active, []);
    assert.equal(
      (await platform.knex('openbanking.consents').where({ id: intentId }).first()).status,
      'Revoked',
    );
    assert.notEqual(
      (await callApi(tpp, tokens, 'GET', '/open-banking/v3.1/aisp/accounts')).status,
      200,
      'the token of the revoked consent no longer reads',
    );
    await ledgerBalanced();

    const again = runScript('sandbox/cli.ts', ['reset'], env);
    assert.equal(await again.exited, 0, again.output());
    assert.match(
      again.output(),
      /Sandbox reset: 0 account\(s\) back to their seeded balance, 0 consent\(s\) revoked, 0 payment order\(s\) cancelled/,
    );
  });
});

describe('SEED_SANDBOX=false', () => {
  test('no sandbox customer, no CI approval route, no latency, magic references are ordinary references', async () => {
    const bank = await startTestPlatform({ hsm: false, env: { SEED_SANDBOX: 'false' } });
    try {
      assert.deepEqual(await bank.knex('authz.customers').select('id'), []);
      // Customers of the bank's own (the seed's data, loaded by hand): a reference the sandbox
      // would reject is an ordinary reference here.
      await seedSandboxBank(bank.knex, {
        encryptionKey: (await loadSecrets(bank.dataDir)).dataEncryptionKey,
      });
      const bankTpp = (
        await onboardTpp(bank, { name: 'Bank TPP Ltd', roles: ['PISP'], redirectUri: REDIRECT })
      ).tpp;
      const intent = paymentIntent('7.00', MAGIC_REFERENCES.reject);
      const consentId = await createdIntentId(bankTpp, 'domestic-payment', intent);
      const token = await authorizeIntent(bank, bankTpp, consentId, {
        redirectUri: REDIRECT,
        customer: ALICE,
      });
      const paid = await submitDomesticPayment(bankTpp, token, {
        Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
        Risk: intent.Risk,
      });
      const text = await paid.text();
      assert.equal(paid.status, 201, text);
      assert.equal(JSON.parse(text).Data.Status, 'AcceptedSettlementInProcess');
      const approval = await tlsFetch(
        `${bank.urls.browser}/sandbox/authorize`,
        { ca: bank.serverTrustAnchorPem },
        {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({
            client_id: 'x',
            request_uri: 'y',
            username: 'alice',
            password: ALICE.password,
          }),
        },
      );
      assert.equal(approval.status, 404);
      assert.equal(bank.config.sandboxLatencyMs, 0);
      assert.equal(bank.sandbox, undefined);
    } finally {
      await bank.stop();
    }
  });
});
