import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import {
  type AccessToken,
  callApi,
  clientCredentials,
  exchangeCode,
  pushAuthorization,
  signMessage,
} from '../../examples/tpp-client.ts';
import { executeDueOrders } from '../../events/index.ts';
import {
  MAGIC_REFERENCES,
  SETTLEMENT_HOLD_SECONDS,
  sandboxScreening,
} from '../../sandbox/index.ts';
import { reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import { ALICE, consentPageHtml, customerDecides } from '../support/customer-consent.ts';
import {
  domesticScheduledPaymentRequest,
  domesticStandingOrderRequest,
  STANDING_ORDER_PAGE,
} from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { PAYMENT_ORDER_API, type PaymentOrderApiKind } from '../support/pisp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { assertSignedByBank, type OnboardedTpp, onboardTpp } from '../support/tpp.ts';

/**
 * Domestic scheduled payments and standing orders against the whole platform over real TLS,
 * openid-client as the TPP: the TPP creates the consent (signed, idempotent), the customer
 * approves it in the bank's pages, the TPP submits the order, and the worker's execution job pays
 * it on its date, once: a due time a few seconds ahead is reached by the running worker; the
 * later instalments of a standing order by running the execution for a later "now" (the job's
 * own entry point, which the worker calls with the clock). Every answer is held to the official
 * OB v3.1.11 document and its signature verified; the ledger sums to zero and reconciles.
 */

const REDIRECT = 'https://tpp.example/cb';
const PISP = '/open-banking/v3.1/pisp';

let platform: TestPlatform;
let tpp: OnboardedTpp;

before(async () => {
  platform = await startTestPlatform();
  tpp = await onboardTpp(platform, {
    name: 'Orders Ltd',
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

/** One call, its answer held to the document's operation and its signature verified. */
async function call(
  token: AccessToken,
  method: 'GET' | 'POST',
  path: string,
  template: string,
  options: { body?: string; key?: string } = {},
): Promise<Answer> {
  const headers: Record<string, string> = {};
  if (options.body !== undefined) {
    headers['x-idempotency-key'] = options.key ?? randomUUID();
    headers['x-jws-signature'] = await signMessage(tpp.tpp.signer, options.body);
  }
  const response = await callApi(tpp.tpp, token, method, path, options.body, headers);
  const text = await response.text();
  const body = await obResponseBody('payment-initiation', method, template, {
    status: response.status,
    text: async () => text,
  });
  if (text !== '') await assertSignedByBank(tpp.tpp, response.headers, text);
  return { status: response.status, body, text };
}

function assertObError(answer: Answer, status: number, code: string, path?: string): void {
  assert.equal(answer.status, status, answer.text);
  assert.equal(answer.body.Errors[0].ErrorCode, code, answer.text);
  if (path !== undefined) assert.equal(answer.body.Errors[0].Path, path, answer.text);
}

type OrderKind = PaymentOrderApiKind;
const API = PAYMENT_ORDER_API;

async function createConsent(kind: OrderKind, request: object): Promise<Answer> {
  const cc = await clientCredentials(tpp.tpp, 'payments');
  return call(cc, 'POST', `${PISP}${API[kind].consents}`, API[kind].consents, {
    body: JSON.stringify(request),
  });
}

interface Approved {
  kind: OrderKind;
  consentId: string;
  token: AccessToken;
  request: { Data: Record<string, any>; Risk: Record<string, any> };
}

/** The TPP creates the consent, the customer approves it (paying from their first account). */
async function approved(kind: OrderKind, request: { Data: any; Risk: any }): Promise<Approved> {
  const created = await createConsent(kind, request);
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.Data.Status, 'AwaitingAuthorisation');
  assert.equal(created.body.Data.Permission, 'Create');
  const consentId: string = created.body.Data.ConsentId;
  const pushed = await pushAuthorization(tpp.tpp, consentId, {
    scope: 'payments',
    redirectUri: REDIRECT,
  });
  const token = await exchangeCode(
    tpp.tpp,
    await customerDecides(platform, pushed.url, { customer: ALICE }),
    pushed,
  );
  return {
    kind,
    consentId,
    token,
    request: {
      Data: { ConsentId: consentId, Initiation: request.Data.Initiation },
      Risk: request.Risk,
    },
  };
}

function submit(consent: Approved, key?: string, body = JSON.stringify(consent.request)) {
  return call(
    consent.token,
    'POST',
    `${PISP}${API[consent.kind].orders}`,
    API[consent.kind].orders,
    {
      body,
      ...(key && { key }),
    },
  );
}

async function readOrder(kind: OrderKind, id: string, details = false): Promise<Answer> {
  const cc = await clientCredentials(tpp.tpp, 'payments');
  const suffix = details ? '/payment-details' : '';
  return call(
    cc,
    'GET',
    `${PISP}${API[kind].orders}/${id}${suffix}`,
    `${API[kind].orders}/{${API[kind].id}}${suffix}`,
  );
}

/** The paying account's balance (minor units) and the payments made on the consent. */
async function moneyOf(consentId: string): Promise<{ balance: bigint; payments: number }> {
  const { rows } = await platform.knex.raw<{ rows: { balance: string; payments: number }[] }>(
    `SELECT a.balance_minor::text AS balance,
            (SELECT count(*)::int FROM openbanking.payments p WHERE p.consent_id = c.id) AS payments
     FROM openbanking.consents c JOIN ledger.accounts a ON a.id = c.debtor_account_id WHERE c.id = ?`,
    [consentId],
  );
  assert.ok(rows[0], `consent ${consentId} has a debtor account`);
  return { balance: BigInt(rows[0].balance), payments: rows[0].payments };
}

async function assertLedgerBalanced(): Promise<void> {
  for (const [currency, total] of await totalsByCurrency(platform.knex))
    assert.equal(total, 0n, `${currency} total`);
  assert.ok((await reconcileLedger(platform.knex)).ok, 'the ledger reconciles');
}

/** The order's status once the running worker has executed it (the due time is seconds away). */
async function executedStatus(kind: OrderKind, id: string): Promise<string | undefined> {
  return pollUntil(
    async () => {
      const status: string = (await readOrder(kind, id)).body.Data.Status;
      return status === 'InitiationPending' ? undefined : status;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
}

const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
const DAY_MS = 86_400_000;

describe('domestic scheduled payments', () => {
  test('approved, submitted, paid by the worker on its time, exactly once', async () => {
    const request = domesticScheduledPaymentRequest(secondsFromNow(5));
    const consent = await approved('scheduled', request);
    const before = await moneyOf(consent.consentId);

    const key = randomUUID();
    const made = await submit(consent, key);
    assert.equal(made.status, 201, made.text);
    const order = made.body.Data;
    assert.equal(order.Status, 'InitiationPending');
    assert.equal(order.ConsentId, consent.consentId);
    assert.equal(
      order.ExpectedExecutionDateTime,
      request.Data.Initiation.RequestedExecutionDateTime,
    );
    assert.deepEqual(order.Initiation, request.Data.Initiation);
    const id: string = order.DomesticScheduledPaymentId;
    assert.equal(
      made.body.Links.Self,
      `${platform.urls.tpp}${PISP}/domestic-scheduled-payments/${id}`,
    );
    // Nothing is paid before its time; the consent is spent by the submission.
    assert.deepEqual(await moneyOf(consent.consentId), before);
    const cc = await clientCredentials(tpp.tpp, 'payments');
    const consentNow = await call(
      cc,
      'GET',
      `${PISP}/domestic-scheduled-payment-consents/${consent.consentId}`,
      '/domestic-scheduled-payment-consents/{ConsentId}',
    );
    assert.equal(consentNow.body.Data.Status, 'Consumed');
    // A retry with the same key replays the first answer; a second order on the consent is refused.
    assert.equal((await submit(consent, key)).text, made.text);
    assertObError(await submit(consent), 400, 'UK.OBIE.Resource.InvalidConsentStatus');

    assert.equal(await executedStatus('scheduled', id), 'InitiationCompleted');
    const paid = await moneyOf(consent.consentId);
    assert.deepEqual(paid, { balance: before.balance - 2500n, payments: 1 });
    // The job again, and again for any later time: nothing more is due, nothing is paid twice.
    assert.deepEqual(await executeDueOrders(platform.knex, new Date()), { paid: 0, refused: 0 });
    assert.deepEqual(await executeDueOrders(platform.knex, new Date(Date.now() + 400 * DAY_MS)), {
      paid: 0,
      refused: 0,
    });
    assert.deepEqual(await moneyOf(consent.consentId), paid);

    // Settled like a domestic payment: the worker's settlement run completes it.
    const settled = await pollUntil(
      async () => {
        const details = await readOrder('scheduled', id, true);
        const [payment] = details.body.Data.PaymentStatus;
        return payment?.Status === 'AcceptedSettlementCompleted' ? details : undefined;
      },
      { timeoutMs: 20_000, intervalMs: 250 },
    );
    assert.ok(settled, 'the executed payment settles');
    assert.equal(settled.body.Data.PaymentStatus.length, 1);
    await assertLedgerBalanced();
  });

  /**
   * A scheduled payment due in a few seconds, which the platform's worker (with the sandbox's
   * screening) fails: InitiationFailed, one Rejected payment, no money moved.
   */
  async function failsCleanly(request: ReturnType<typeof domesticScheduledPaymentRequest>) {
    const consent = await approved('scheduled', request);
    const before = await moneyOf(consent.consentId);
    const made = await submit(consent);
    assert.equal(made.status, 201, made.text);
    const id = made.body.Data.DomesticScheduledPaymentId;

    assert.equal(await executedStatus('scheduled', id), 'InitiationFailed');
    assert.deepEqual(await moneyOf(consent.consentId), { balance: before.balance, payments: 1 });
    const details = await readOrder('scheduled', id, true);
    assert.deepEqual(
      details.body.Data.PaymentStatus.map((p: { Status: string }) => p.Status),
      ['Rejected'],
    );
    await assertLedgerBalanced();
  }

  test('an execution the account cannot pay fails cleanly: InitiationFailed, nothing moves', async () => {
    const request = domesticScheduledPaymentRequest(secondsFromNow(4));
    request.Data.Initiation.InstructedAmount.Amount = '9000000.00';
    await failsCleanly(request);
    assert.deepEqual(await executeDueOrders(platform.knex, new Date(Date.now() + DAY_MS)), {
      paid: 0,
      refused: 0,
    });
    await assertLedgerBalanced();
  });

  test('an instalment the bank’s screening rejects (sandbox SANDBOX-REJECT) is Rejected, nothing moves', async () => {
    const request = domesticScheduledPaymentRequest(secondsFromNow(4));
    request.Data.Initiation.RemittanceInformation.Reference = MAGIC_REFERENCES.reject;
    await failsCleanly(request);
  });

  test('an instalment the screening holds is paid and settles only after the hold', async () => {
    const request = domesticScheduledPaymentRequest(secondsFromNow(60));
    request.Data.Initiation.RemittanceInformation.Reference = MAGIC_REFERENCES.settleLater;
    const consent = await approved('scheduled', request);
    const made = await submit(consent);
    assert.equal(made.status, 201, made.text);
    const id = made.body.Data.DomesticScheduledPaymentId;
    const before = await moneyOf(consent.consentId);
    // Paid by the job's entry point with the sandbox's screening, a minute early.
    assert.deepEqual(
      await executeDueOrders(platform.knex, new Date(Date.now() + 120_000), sandboxScreening),
      { paid: 1, refused: 0 },
    );
    const [payment] = await platform
      .knex('openbanking.payments')
      .where({ order_id: id })
      .select('status', 'settle_not_before');
    assert.equal(payment.status, 'AcceptedSettlementInProcess');
    const held = new Date(payment.settle_not_before).getTime() - Date.now();
    assert.ok(held > (SETTLEMENT_HOLD_SECONDS - 5) * 1000, `held for ${held} ms`);
    const after = await moneyOf(consent.consentId);
    assert.equal(after.balance, before.balance - 2500n);
    await assertLedgerBalanced();
  });

  test('a requested execution date in the past is refused: UK.OBIE.Field.InvalidDate', async () => {
    const request = domesticScheduledPaymentRequest(new Date(Date.now() - 60_000).toISOString());
    assertObError(
      await createConsent('scheduled', request),
      400,
      'UK.OBIE.Field.InvalidDate',
      'Data.Initiation.RequestedExecutionDateTime',
    );
  });

  test('the consent page shows when the payment will be made', async () => {
    const request = domesticScheduledPaymentRequest('2031-06-02T09:15:00+00:00');
    const created = await createConsent('scheduled', request);
    assert.equal(created.status, 201, created.text);
    const html = await consentPageHtml(platform, tpp.tpp, created.body.Data.ConsentId, {
      redirectUri: REDIRECT,
    });
    assert.match(html, /Approve a future payment/);
    assert.match(html, /<dt>When<\/dt><dd>On 2 June 2031 at 10:15<\/dd>/);
    assert.match(html, /£25\.00/);
  });
});

describe('domestic standing orders', () => {
  test('first, recurring and final payments, each on its date, each once', async () => {
    const request = domesticStandingOrderRequest(secondsFromNow(5));
    Object.assign(request.Data.Initiation, { Frequency: 'EvryDay', NumberOfPayments: '3' });
    const consent = await approved('standing', request);
    const before = await moneyOf(consent.consentId);

    const made = await submit(consent);
    assert.equal(made.status, 201, made.text);
    assert.equal(made.body.Data.Status, 'InitiationPending');
    const id: string = made.body.Data.DomesticStandingOrderId;

    // The first payment (£10.00) on its time, by the running worker.
    assert.equal(await executedStatus('standing', id), 'InitiationCompleted');
    assert.deepEqual(await moneyOf(consent.consentId), {
      balance: before.balance - 1000n,
      payments: 1,
    });

    // The next day's (£20.00), by the execution job for that day's time; twice at once, and
    // again: it is paid once.
    const tomorrow = new Date(Date.now() + DAY_MS + 60_000);
    const runs = await Promise.all([
      executeDueOrders(platform.knex, tomorrow),
      executeDueOrders(platform.knex, tomorrow),
    ]);
    assert.equal(runs[0].paid + runs[1].paid, 1);
    assert.deepEqual(await executeDueOrders(platform.knex, tomorrow), { paid: 0, refused: 0 });
    assert.deepEqual(await moneyOf(consent.consentId), {
      balance: before.balance - 3000n,
      payments: 2,
    });

    // The final one (£5.00), then nothing more, however late the job runs.
    const later = new Date(Date.now() + 30 * DAY_MS);
    assert.deepEqual(await executeDueOrders(platform.knex, later), { paid: 1, refused: 0 });
    assert.deepEqual(await executeDueOrders(platform.knex, later), { paid: 0, refused: 0 });
    assert.deepEqual(await moneyOf(consent.consentId), {
      balance: before.balance - 3500n,
      payments: 3,
    });

    const details = await readOrder('standing', id, true);
    assert.equal(details.body.Data.PaymentStatus.length, 3);
    assert.equal((await readOrder('standing', id)).body.Data.Status, 'InitiationCompleted');
    await assertLedgerBalanced();
  });

  test('the schedule is checked when the consent is made', async () => {
    const past = domesticStandingOrderRequest(new Date(Date.now() - 60_000).toISOString());
    assertObError(
      await createConsent('standing', past),
      400,
      'UK.OBIE.Field.InvalidDate',
      'Data.Initiation.FirstPaymentDateTime',
    );
    const bothEnds = domesticStandingOrderRequest();
    bothEnds.Data.Initiation.FinalPaymentDateTime = new Date(
      Date.now() + 90 * DAY_MS,
    ).toISOString();
    assertObError(
      await createConsent('standing', bothEnds),
      400,
      'UK.OBIE.Field.Unexpected',
      'Data.Initiation.NumberOfPayments',
    );
    const badFrequency = domesticStandingOrderRequest();
    badFrequency.Data.Initiation.Frequency = 'IntrvlMnthDay:07:01';
    const refused = await createConsent('standing', badFrequency);
    assert.equal(refused.status, 400, refused.text);
    assert.equal(refused.body.Errors[0].Path, 'Data.Initiation.Frequency');
  });

  test('the consent page shows the frequency, the amounts and the dates', async () => {
    const request = domesticStandingOrderRequest('2031-01-15T08:00:00+00:00');
    const created = await createConsent('standing', request);
    assert.equal(created.status, 201, created.text);
    const html = await consentPageHtml(platform, tpp.tpp, created.body.Data.ConsentId, {
      redirectUri: REDIRECT,
    });
    for (const line of STANDING_ORDER_PAGE) assert.match(html, line);
  });
});
