import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  type AccessToken,
  clientCredentials,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import { executeDueOrders } from '../../events/index.ts';
import { reconcileLedger } from '../../ledger/index.ts';
import { bankDate } from '../../openbanking/index.ts';
import { ALICE, authorizeIntent, consentPageHtml } from '../support/customer-consent.ts';
import { domesticStandingOrderRequest, STANDING_ORDER_PAGE } from '../support/intent-requests.ts';
import { debtorBalance, pispCall } from '../support/pisp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { pollUntil } from '../support/poll.ts';
import { onboardTpp } from '../support/tpp.ts';

/**
 * A domestic standing order on OB v4.0 (resource-server/v4/payment-orders.ts): the schedule in
 * MandateRelatedInformation with an OBFrequency6 frequency, over the same model as v3.1's. The
 * TPP makes the consent and the order with v4.0 bodies, the customer approves it, the worker
 * pays the first instalment on its time and the execution job the later ones for later "now"s;
 * the order reads in v4.0 codes and as v3.1, a v3.1-made order reads as v4.0, and a frequency the
 * bank cannot pay on is refused (U025) with nothing written. Every answer is held to its
 * version's official document and its signature verified.
 */

const REDIRECT = 'https://tpp.example/cb';
const DAY_MS = 86_400_000;
const CONSENTS = '/domestic-standing-order-consents';
const ORDERS = '/domestic-standing-orders';
type Version = 'v3.1' | 'v4.0';

let platform: TestPlatform;
let tpp: RegisteredTpp;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp } = await onboardTpp(platform, {
    name: 'Standing Four Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
  }));
});
after(() => platform?.stop());

const Risk = { PaymentContextCode: 'BillingGoodsAndServicesInArrears' };

/**
 * The v4.0 Initiation of domesticStandingOrderRequest's order (£10.00 first, £20.00 recurring,
 * £5.00 the last of `payments`) with the schedule `mandate`.
 */
function v4Initiation(mandate: Record<string, unknown>, payments = '3') {
  // v4.0 writes these three in other places.
  const {
    Frequency: _frequency,
    FirstPaymentDateTime: _first,
    Reference,
    ...alike
  } = domesticStandingOrderRequest().Data.Initiation;
  return {
    ...alike,
    NumberOfPayments: payments,
    RemittanceInformation: { Structured: [{ CreditorReferenceInformation: { Reference } }] },
    MandateRelatedInformation: mandate,
  };
}

const payments = () => clientCredentials(tpp, 'payments');

function createConsent(version: Version, body: unknown) {
  return payments().then((cc) => pispCall(tpp, version, cc, 'POST', CONSENTS, CONSENTS, body));
}

function submit(version: Version, token: AccessToken, body: unknown) {
  return pispCall(tpp, version, token, 'POST', ORDERS, ORDERS, body);
}

async function readConsent(version: Version, id: string) {
  const path = `${CONSENTS}/${id}`;
  return pispCall(tpp, version, await payments(), 'GET', path, `${CONSENTS}/{ConsentId}`);
}

/** The order, or with `suffix` '/payment-details' its payments. */
async function readOrder(version: Version, id: string, suffix = '') {
  const template = `${ORDERS}/{DomesticStandingOrderId}${suffix}`;
  return pispCall(tpp, version, await payments(), 'GET', `${ORDERS}/${id}${suffix}`, template);
}

/** OB weekday (01 = Monday) of a date-time's day in the bank's (London's) calendar. */
const weekday = (at: string) =>
  `0${((new Date(`${bankDate(new Date(at))}T00:00:00Z`).getUTCDay() + 6) % 7) + 1}`;

/** What a consent request could write: consents, orders, idempotency keys. */
/** The order on v4.0 once the worker has executed its first payment (no longer PDNG). */
function afterFirstExecution(id: string) {
  return pollUntil(
    async () => {
      const read = await readOrder('v4.0', id);
      return read.body.Data.Status === 'PDNG' ? undefined : read;
    },
    { timeoutMs: 30_000, intervalMs: 250 },
  );
}

async function writtenRows(): Promise<Record<string, number>> {
  const { rows } = await platform.knex.raw<{ rows: Record<string, number>[] }>(
    `SELECT (SELECT count(*)::int FROM openbanking.consents) AS consents,
            (SELECT count(*)::int FROM openbanking.payment_orders) AS orders,
            (SELECT count(*)::int FROM ledger.idempotency_keys) AS keys`,
  );
  return rows[0]!;
}

test('a weekly standing order made on v4.0 pays each instalment on its date, read in both versions', async () => {
  const firstAt = new Date(Date.now() + 5000).toISOString();
  const initiation = v4Initiation({ Frequency: { Type: 'WEEK' }, FirstPaymentDateTime: firstAt });
  const created = await createConsent('v4.0', {
    Data: { Permission: 'Create', Initiation: initiation },
    Risk,
  });
  assert.equal(created.status, 201, created.text);
  assert.equal(created.body.Data.Status, 'AWAU');
  assert.deepEqual(created.body.Data.Initiation, initiation);
  const consentId: string = created.body.Data.ConsentId;

  // The one model underneath: v3.1's schedule, WEEK on the first payment's weekday.
  const v31Initiation = (await readConsent('v3.1', consentId)).body.Data.Initiation;
  assert.equal(v31Initiation.Frequency, `IntrvlWkDay:01:${weekday(firstAt)}`);
  assert.equal(v31Initiation.FirstPaymentDateTime, firstAt);
  assert.equal(v31Initiation.Reference, 'RENT-FLAT-2');
  assert.equal(v31Initiation.NumberOfPayments, '3');

  const token = await authorizeIntent(platform, tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });
  assert.equal((await readConsent('v4.0', consentId)).body.Data.Status, 'AUTH');
  const before = await debtorBalance(platform.knex, consentId);

  const made = await submit('v4.0', token, {
    Data: { ConsentId: consentId, Initiation: initiation },
    Risk,
  });
  assert.equal(made.status, 201, made.text);
  assert.equal(made.body.Data.Status, 'PDNG');
  assert.deepEqual(made.body.Data.Initiation, initiation);
  const id: string = made.body.Data.DomesticStandingOrderId;

  // The first payment (£10.00) on its time, by the running worker: INCO, the order runs.
  const executed = await afterFirstExecution(id);
  assert.equal(executed?.body.Data.Status, 'INCO', executed?.text);
  assert.equal(await debtorBalance(platform.knex, consentId), before - 1000n);

  // A week later the recurring one (£20.00), then the final one (£5.00), each once.
  const nextWeek = new Date(Date.now() + 7 * DAY_MS + 60_000);
  assert.deepEqual(await executeDueOrders(platform.knex, nextWeek), { paid: 1, refused: 0 });
  assert.deepEqual(await executeDueOrders(platform.knex, nextWeek), { paid: 0, refused: 0 });
  assert.equal(await debtorBalance(platform.knex, consentId), before - 3000n);
  const later = new Date(Date.now() + 60 * DAY_MS);
  assert.deepEqual(await executeDueOrders(platform.knex, later), { paid: 1, refused: 0 });
  assert.deepEqual(await executeDueOrders(platform.knex, later), { paid: 0, refused: 0 });
  assert.equal(await debtorBalance(platform.knex, consentId), before - 3500n);

  const details = await readOrder('v4.0', id, '/payment-details');
  const statuses: string[] = details.body.Data.PaymentStatus.map(
    (payment: { Status: string }) => payment.Status,
  );
  assert.equal(statuses.length, 3);
  for (const status of statuses) assert.ok(['ACSP', 'ACSC'].includes(status), status);

  const inV4 = await readOrder('v4.0', id);
  assert.equal(inV4.body.Data.Status, 'INCO');
  assert.deepEqual(inV4.body.Data.Initiation, initiation);
  const inV31 = await readOrder('v3.1', id);
  assert.equal(inV31.body.Data.Status, 'InitiationCompleted');
  assert.equal(inV31.body.Data.Initiation.Frequency, v31Initiation.Frequency);
  assert.equal(inV31.body.Data.Initiation.FirstPaymentDateTime, firstAt);
  assert.ok((await reconcileLedger(platform.knex)).ok, 'the ledger reconciles');
});

test('a standing order made on v3.1 reads as v4.0: its schedule in MandateRelatedInformation', async () => {
  const request = domesticStandingOrderRequest('2031-01-15T08:00:00+00:00');
  request.Risk = Risk;
  const created = await createConsent('v3.1', request);
  assert.equal(created.status, 201, created.text);
  const consentId: string = created.body.Data.ConsentId;

  // IntrvlMnthDay:01:01: monthly on the 1st, which is not the first payment's day (the 15th).
  const expected = v4Initiation(
    {
      Frequency: { Type: 'MNTH', PointInTime: '01' },
      FirstPaymentDateTime: '2031-01-15T08:00:00+00:00',
    },
    '12',
  );
  const consentInV4 = await readConsent('v4.0', consentId);
  assert.equal(consentInV4.body.Data.Status, 'AWAU');
  assert.deepEqual(consentInV4.body.Data.Initiation, expected);

  const token = await authorizeIntent(platform, tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });
  const made = await submit('v3.1', token, {
    Data: { ConsentId: consentId, Initiation: request.Data.Initiation },
    Risk,
  });
  assert.equal(made.status, 201, made.text);
  const id: string = made.body.Data.DomesticStandingOrderId;
  const orderInV4 = await readOrder('v4.0', id);
  assert.equal(orderInV4.body.Data.Status, 'PDNG');
  assert.deepEqual(orderInV4.body.Data.Initiation, expected);
  assert.deepEqual((await readOrder('v4.0', id, '/payment-details')).body.Data.PaymentStatus, []);
});

test('a consent made on v3.1 is paid through v4.0 with the Initiation its v4.0 view shows', async () => {
  const request = domesticStandingOrderRequest(new Date(Date.now() + DAY_MS).toISOString());
  Object.assign(request.Data.Initiation, {
    Frequency: 'IntrvlMnthDay:01:-01',
    RecurringPaymentDateTime: new Date(Date.now() + 40 * DAY_MS).toISOString(),
  });
  request.Risk = Risk;
  const created = await createConsent('v3.1', request);
  assert.equal(created.status, 201, created.text);
  const consentId: string = created.body.Data.ConsentId;
  const v4View = (await readConsent('v4.0', consentId)).body.Data.Initiation;
  // The last day of the month has no OBFrequency6Code: the v3.1 string, which v4.0 allows.
  assert.deepEqual(v4View.MandateRelatedInformation.Frequency, { Type: 'IntrvlMnthDay:01:-01' });

  const token = await authorizeIntent(platform, tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });
  const made = await submit('v4.0', token, {
    Data: { ConsentId: consentId, Initiation: v4View },
    Risk,
  });
  assert.equal(made.status, 201, made.text);
  assert.equal(made.body.Data.Status, 'PDNG');
  const inV31 = await readOrder('v3.1', made.body.Data.DomesticStandingOrderId);
  assert.deepEqual(inV31.body.Data.Initiation, request.Data.Initiation);
});

test('a first payment the account cannot cover: INFA, and no money moves', async () => {
  const initiation = v4Initiation({
    Frequency: { Type: 'MNTH' },
    FirstPaymentDateTime: new Date(Date.now() + 4000).toISOString(),
  });
  initiation.FirstPaymentAmount = { Amount: '9000000.00', Currency: 'GBP' };
  const created = await createConsent('v4.0', {
    Data: { Permission: 'Create', Initiation: initiation },
    Risk,
  });
  assert.equal(created.status, 201, created.text);
  const consentId: string = created.body.Data.ConsentId;
  const token = await authorizeIntent(platform, tpp, consentId, {
    redirectUri: REDIRECT,
    customer: ALICE,
  });
  const before = await debtorBalance(platform.knex, consentId);
  const made = await submit('v4.0', token, {
    Data: { ConsentId: consentId, Initiation: initiation },
    Risk,
  });
  assert.equal(made.status, 201, made.text);
  const id: string = made.body.Data.DomesticStandingOrderId;
  const failed = await afterFirstExecution(id);
  assert.equal(failed?.body.Data.Status, 'INFA', failed?.text);
  assert.equal((await readOrder('v3.1', id)).body.Data.Status, 'InitiationFailed');
  const details = await readOrder('v4.0', id, '/payment-details');
  assert.deepEqual(
    details.body.Data.PaymentStatus.map((payment: { Status: string }) => payment.Status),
    ['RJCT'],
  );
  assert.equal(await debtorBalance(platform.knex, consentId), before);
});

test('a frequency the bank cannot pay on is refused with U025, and nothing is written', async () => {
  const firstAt = new Date(Date.now() + DAY_MS).toISOString();
  const before = await writtenRows();
  const refusals: [Record<string, unknown>, string][] = [
    [{ Type: 'ADHO' }, 'Type'],
    [{ Type: 'INDA' }, 'Type'],
    [{ Type: 'MNTH', CountPerPeriod: 2 }, 'CountPerPeriod'],
    [{ Type: 'WEEK', PointInTime: '09' }, 'PointInTime'],
  ];
  for (const [Frequency, member] of refusals) {
    const refused = await createConsent('v4.0', {
      Data: {
        Permission: 'Create',
        Initiation: v4Initiation({ Frequency, FirstPaymentDateTime: firstAt }),
      },
      Risk,
    });
    assert.equal(refused.status, 400, refused.text);
    assert.deepEqual(
      refused.body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
      [['U025', `Data.Initiation.MandateRelatedInformation.Frequency.${member}`]],
    );
  }
  // Without a first payment date there is no schedule (optional in v4.0, required here).
  const undated = await createConsent('v4.0', {
    Data: { Permission: 'Create', Initiation: v4Initiation({ Frequency: { Type: 'MNTH' } }) },
    Risk,
  });
  assert.equal(undated.status, 400, undated.text);
  assert.deepEqual(
    [undated.body.Errors[0].ErrorCode, undated.body.Errors[0].Path],
    ['U004', 'Data.Initiation.MandateRelatedInformation.FirstPaymentDateTime'],
  );
  // The schedule's rules are v3.1's; their refusals name the members where v4.0 has them.
  const past = new Date(Date.now() - 60_000).toISOString();
  const misdated = await createConsent('v4.0', {
    Data: {
      Permission: 'Create',
      Initiation: v4Initiation({
        Frequency: { Type: 'DAIL' },
        FirstPaymentDateTime: past,
        RecurringPaymentDateTime: past,
      }),
    },
    Risk,
  });
  assert.equal(misdated.status, 400, misdated.text);
  assert.deepEqual(
    misdated.body.Errors.map((e: { ErrorCode: string; Path: string }) => [e.ErrorCode, e.Path]),
    [
      ['U003', 'Data.Initiation.MandateRelatedInformation.FirstPaymentDateTime'],
      ['U003', 'Data.Initiation.MandateRelatedInformation.RecurringPaymentDateTime'],
    ],
  );
  assert.deepEqual(await writtenRows(), before);
});

test('the consent page shows a v4.0 standing order’s schedule', async () => {
  const created = await createConsent('v4.0', {
    Data: {
      Permission: 'Create',
      Initiation: v4Initiation(
        {
          Frequency: { Type: 'MNTH', PointInTime: '01' },
          FirstPaymentDateTime: '2031-01-15T08:00:00+00:00',
        },
        '12',
      ),
    },
    Risk,
  });
  assert.equal(created.status, 201, created.text);
  const html = await consentPageHtml(platform, tpp, created.body.Data.ConsentId, {
    redirectUri: REDIRECT,
  });
  for (const line of STANDING_ORDER_PAGE) assert.match(html, line);
});
