import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import type { ValidateFunction } from 'ajv';
import {
  type AccessToken,
  callApi,
  clientCredentials,
  exchangeCode,
  pushAuthorization,
  type RegisteredTpp,
} from '../../examples/tpp-client.ts';
import { executeDueOrders } from '../../events/index.ts';
import { bankDate, cancelCustomerPaymentOrder } from '../../openbanking/index.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { ALICE, authorizeIntent, BOB, customerDecides } from '../support/customer-consent.ts';
import {
  domesticScheduledPaymentRequest,
  domesticStandingOrderRequest,
  inDays,
} from '../support/intent-requests.ts';
import { compileObSchema, obComponent, obResponseBody } from '../support/ob-spec.ts';
import { PAYMENT_ORDER_API, pispCall } from '../support/pisp.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';

/**
 * The account information API's scheduled payments and standing orders end to end: a PISP makes
 * domestic scheduled payments and standing orders for Alice (and one for Bob), the execution job
 * pays the due ones, Alice cancels one, and an AISP with Alice's consent reads them on v3.1 and
 * v4.0 over mutual TLS with its bound token (openid-client). Every answer is held to the official
 * OB document of its version, and each order to the document's Basic or Detail schema.
 */

const REDIRECT = 'https://tpp.example/cb';
const V31 = '/open-banking/v3.1';
const V4 = '/open-banking/v4.0';

let platform: TestPlatform;
let pisp: RegisteredTpp;
let aisp: RegisteredTpp;

/** The orders the PISP made, by what the test expects of them. */
const made = {
  /** Alice, current account, in ten days: listed. */
  scheduled: '',
  /** Alice, current account, paid by the execution job: no longer listed. */
  scheduledPaid: '',
  /** Alice, current account, monthly rent: first payment made, Active. */
  rent: '',
  /** Alice, current account, one payment, made: Inactive (Completed). */
  once: '',
  /** Alice, current account, cancelled by Alice: Inactive (Cancelled). */
  cancelled: '',
  /** Alice, savings account: listed only where the consent shares savings. */
  fromSavings: '',
  /** Bob's own: never in Alice's reads. */
  bobs: '',
};

/** A PISP POST (signed, idempotent), held to the document; it must be created. */
async function pispPost(token: AccessToken, path: string, body: object) {
  const answer = await pispCall(pisp, 'v3.1', token, 'POST', path, path, body);
  assert.equal(answer.status, 201, answer.text);
  return answer.body;
}

/** The PISP's order for `customer`, paying from `account`, approved and submitted. */
async function order(
  kind: 'scheduled' | 'standing',
  request: { Data: Record<string, any>; Risk: object },
  customer: typeof ALICE,
  account: string,
): Promise<string> {
  const cc = await clientCredentials(pisp, 'payments');
  const consent = await pispPost(cc, PAYMENT_ORDER_API[kind].consents, request);
  const consentId: string = consent.Data.ConsentId;
  const pushed = await pushAuthorization(pisp, consentId, {
    scope: 'payments',
    redirectUri: REDIRECT,
  });
  const token = await exchangeCode(
    pisp,
    await customerDecides(platform, pushed.url, { customer, accounts: [account] }),
    pushed,
  );
  const submitted = await pispPost(token, PAYMENT_ORDER_API[kind].orders, {
    Data: { ConsentId: consentId, Initiation: request.Data.Initiation },
    Risk: request.Risk,
  });
  return submitted.Data[PAYMENT_ORDER_API[kind].id];
}

const secondsFromNow = (seconds: number) => new Date(Date.now() + seconds * 1000).toISOString();
/** The first payment time of the orders the job pays. */
let soon: string;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp: pisp } = await onboardTpp(platform, {
    name: 'Pay Later Ltd',
    roles: ['PISP'],
    redirectUri: REDIRECT,
  }));
  ({ tpp: aisp } = await onboardTpp(platform, {
    name: 'Money Lens Ltd',
    roles: ['AISP'],
    redirectUri: REDIRECT,
  }));

  // The orders the job pays first, their times a little ahead (a submission needs them future).
  soon = secondsFromNow(40);
  made.scheduledPaid = await order(
    'scheduled',
    domesticScheduledPaymentRequest(soon),
    ALICE,
    ALICE.current.id,
  );
  made.rent = await order('standing', domesticStandingOrderRequest(soon), ALICE, ALICE.current.id);
  const once = domesticStandingOrderRequest(soon);
  once.Data.Initiation.NumberOfPayments = '1';
  once.Data.Initiation.Reference = 'ONE-OFF-GIFT';
  made.once = await order('standing', once, ALICE, ALICE.current.id);
  made.scheduled = await order(
    'scheduled',
    domesticScheduledPaymentRequest(inDays(10)),
    ALICE,
    ALICE.current.id,
  );
  made.cancelled = await order(
    'standing',
    domesticStandingOrderRequest(inDays(3)),
    ALICE,
    ALICE.current.id,
  );
  made.fromSavings = await order(
    'standing',
    domesticStandingOrderRequest(inDays(2)),
    ALICE,
    ALICE.savings.id,
  );
  made.bobs = await order('standing', domesticStandingOrderRequest(inDays(2)), BOB, BOB.current.id);

  // The job at a time past the near ones (the running worker may have paid them already: once).
  await executeDueOrders(platform.knex, new Date(Date.parse(soon) + 60_000));
  const cancelled = await cancelCustomerPaymentOrder(platform.knex, made.cancelled, ALICE.id);
  assert.ok('cancelled' in cancelled, 'Alice cancels her standing order');
});
after(() => platform?.stop());

/** An authorised account-access consent's token: the customer shares these accounts. */
async function consentToken(permissions: string[], customer: typeof ALICE, accounts: string[]) {
  const intentId = await createdIntentId(aisp, 'account-access', {
    Data: { Permissions: ['ReadAccountsBasic', ...permissions], ExpirationDateTime: inDays(30) },
    Risk: {},
  });
  return authorizeIntent(platform, aisp, intentId, { redirectUri: REDIRECT, customer, accounts });
}

interface Read {
  status: number;
  body: Record<string, any>;
}

/** GET an AISP path of a version, the answer held to that version's account information document. */
async function read(
  token: AccessToken,
  version: typeof V31 | typeof V4,
  path: string,
): Promise<Read> {
  const response = await callApi(aisp, token, 'GET', `${version}/aisp${path}`);
  const api: ObApi = version === V4 ? 'v4.0-account-info' : 'account-info';
  const template = path.split('?')[0]!.replace(/^\/accounts\/[^/]+/, '/accounts/{AccountId}');
  return { status: response.status, body: await obResponseBody(api, 'GET', template, response) };
}

const schemas = new Map<string, ValidateFunction>();
/** Each item is the document's Basic or Detail schema of its kind. */
function assertItems(api: ObApi, component: string, items: object[]): void {
  const key = `${api} ${component}`;
  let validate = schemas.get(key);
  if (!validate) {
    validate = compileObSchema(api, obComponent(api, component));
    schemas.set(key, validate);
  }
  for (const item of items)
    assert.ok(
      validate(item),
      `${key}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(item)}`,
    );
}

function refused(answer: Read, status: number, code: string): void {
  assert.equal(answer.status, status, JSON.stringify(answer.body));
  assert.equal(answer.body.Errors[0].ErrorCode, code, JSON.stringify(answer.body));
}

const byId = (items: Record<string, any>[], id: string) =>
  items.find((item) => item.StandingOrderId === id);
const ids = (items: Record<string, any>[], member: string) =>
  items.map((item) => item[member]).sort();

describe('Detail permissions, Alice shares her current account', () => {
  let token: AccessToken;
  before(async () => {
    token = await consentToken(['ReadScheduledPaymentsDetail', 'ReadStandingOrdersDetail'], ALICE, [
      ALICE.current.id,
    ]);
  });

  test('v3.1 scheduled payments: the one still to be made, with its creditor', async () => {
    const request = domesticScheduledPaymentRequest().Data.Initiation;
    for (const path of [
      '/scheduled-payments',
      `/accounts/${ALICE.current.id}/scheduled-payments`,
    ]) {
      const { status, body } = await read(token, V31, path);
      assert.equal(status, 200);
      const items = body.Data.ScheduledPayment as Record<string, any>[];
      assert.deepEqual(
        ids(items, 'ScheduledPaymentId'),
        [made.scheduled],
        'the paid one is not listed',
      );
      assertItems('account-info', 'OBScheduledPayment3Detail', items);
      const [item] = items;
      assert.equal(item!.AccountId, ALICE.current.id);
      assert.equal(item!.ScheduledType, 'Execution');
      assert.equal(item!.Reference, request.RemittanceInformation.Reference);
      assert.deepEqual(item!.InstructedAmount, request.InstructedAmount);
      assert.deepEqual(item!.CreditorAccount, request.CreditorAccount);
      assert.equal(Date.parse(item!.ScheduledPaymentDateTime) > Date.now() + 9 * 86_400_000, true);
      assert.equal(body.Links.Self, `${platform.urls.tpp}${V31}/aisp${path}`);
      assert.equal(body.Links.Next, undefined);
    }
  });

  test('v3.1 standing orders: running, paid in full and cancelled, of the shared account only', async () => {
    const { status, body } = await read(token, V31, '/standing-orders');
    assert.equal(status, 200);
    const items = body.Data.StandingOrder as Record<string, any>[];
    assert.deepEqual(ids(items, 'StandingOrderId'), [made.rent, made.once, made.cancelled].sort());
    assertItems('account-info', 'OBStandingOrder6Detail', items);
    const rent = byId(items, made.rent)!;
    const request = domesticStandingOrderRequest().Data.Initiation;
    assert.equal(rent.StandingOrderStatusCode, 'Active');
    assert.equal(rent.Frequency, request.Frequency);
    assert.equal(rent.Reference, request.Reference);
    assert.equal(rent.NumberOfPayments, '12');
    assert.deepEqual(rent.FirstPaymentAmount, request.FirstPaymentAmount);
    assert.deepEqual(
      rent.LastPaymentAmount,
      request.FirstPaymentAmount,
      'the first payment was made',
    );
    assert.deepEqual(rent.NextPaymentAmount, request.RecurringPaymentAmount);
    assert.deepEqual(rent.FinalPaymentAmount, request.FinalPaymentAmount);
    assert.match(bankDate(new Date(rent.NextPaymentDateTime)), /-01$/, 'on the 1st, London time');
    assert.ok(Date.parse(rent.LastPaymentDateTime) <= Date.now());
    assert.deepEqual(rent.CreditorAccount, request.CreditorAccount);
    assert.equal(rent.SupplementaryData, undefined);

    const once = byId(items, made.once)!;
    assert.equal(once.StandingOrderStatusCode, 'Inactive');
    assert.deepEqual(once.SupplementaryData, { 'UK.SandboxBank.EndReason': 'Completed' });
    assert.deepEqual(once.LastPaymentAmount, request.FirstPaymentAmount);
    assert.equal(once.NextPaymentDateTime, undefined);
    assert.equal(once.Reference, 'ONE-OFF-GIFT');

    const cancelled = byId(items, made.cancelled)!;
    assert.equal(cancelled.StandingOrderStatusCode, 'Inactive');
    assert.deepEqual(cancelled.SupplementaryData, { 'UK.SandboxBank.EndReason': 'Cancelled' });
    assert.equal(cancelled.LastPaymentDateTime, undefined);
    assert.equal(cancelled.NextPaymentAmount, undefined);

    const one = await read(token, V31, `/accounts/${ALICE.current.id}/standing-orders`);
    assert.deepEqual(one.body.Data, body.Data);
  });

  test('v4.0: the same orders, the standing orders with their mandate and ISO status', async () => {
    const scheduled = await read(token, V4, '/scheduled-payments');
    assert.equal(scheduled.status, 200);
    assert.deepEqual(
      scheduled.body.Data,
      (await read(token, V31, '/scheduled-payments')).body.Data,
    );
    assertItems(
      'v4.0-account-info',
      'OBScheduledPayment3Detail',
      scheduled.body.Data.ScheduledPayment,
    );
    assert.equal(scheduled.body.Links.Self, `${platform.urls.tpp}${V4}/aisp/scheduled-payments`);

    for (const path of ['/standing-orders', `/accounts/${ALICE.current.id}/standing-orders`]) {
      const { status, body } = await read(token, V4, path);
      assert.equal(status, 200);
      const items = body.Data.StandingOrder as Record<string, any>[];
      assertItems('v4.0-account-info', 'OBStandingOrder6Detail', items);
      assert.deepEqual(
        Object.fromEntries(
          items.map((item) => [item.StandingOrderId, item.StandingOrderStatusCode]),
        ),
        { [made.rent]: 'ACTV', [made.once]: 'EXPI', [made.cancelled]: 'CANC' },
      );
      const rent = byId(items, made.rent)!;
      assert.deepEqual(rent.MandateRelatedInformation.Frequency, {
        Type: 'MNTH',
        PointInTime: '01',
      });
      assert.equal(rent.MandateRelatedInformation.FirstPaymentDateTime, soon);
      assert.deepEqual(rent.RemittanceInformation, {
        Structured: [{ CreditorReferenceInformation: { Reference: 'RENT-FLAT-2' } }],
      });
      assert.deepEqual(rent.NextPaymentAmount, { Amount: '20.00', Currency: 'GBP' });
      assert.equal(body.Links.Self, `${platform.urls.tpp}${V4}/aisp${path}`);
    }
  });

  test('an account outside the consent (Alice\u2019s savings, Bob\u2019s) is refused as for balances', async () => {
    for (const account of [ALICE.savings.id, BOB.current.id]) {
      for (const kind of ['standing-orders', 'scheduled-payments']) {
        refused(
          await read(token, V31, `/accounts/${account}/${kind}`),
          403,
          'UK.SandboxBank.AccountNotInConsent',
        );
        refused(await read(token, V4, `/accounts/${account}/${kind}`), 403, 'AG08');
      }
    }
  });

  test('a page cursor that is not one is a field error', async () => {
    refused(await read(token, V31, '/standing-orders?page=..%2F'), 400, 'UK.OBIE.Field.Invalid');
  });
});

describe('Basic permissions, Alice shares both accounts', () => {
  let token: AccessToken;
  before(async () => {
    token = await consentToken(['ReadScheduledPaymentsBasic', 'ReadStandingOrdersBasic'], ALICE, [
      ALICE.current.id,
      ALICE.savings.id,
    ]);
  });

  test('no creditor; the savings account\u2019s order now listed; Bob\u2019s never', async () => {
    for (const version of [V31, V4] as const) {
      const api: ObApi = version === V4 ? 'v4.0-account-info' : 'account-info';
      const standing = await read(token, version, '/standing-orders');
      const items = standing.body.Data.StandingOrder as Record<string, any>[];
      assert.deepEqual(
        ids(items, 'StandingOrderId'),
        [made.rent, made.once, made.cancelled, made.fromSavings].sort(),
      );
      assertItems(api, 'OBStandingOrder6Basic', items);
      assert.ok(
        items.every(
          (item) => item.CreditorAccount === undefined && item.CreditorAgent === undefined,
        ),
      );
      assert.equal(byId(items, made.fromSavings)!.AccountId, ALICE.savings.id);

      const scheduled = await read(token, version, '/scheduled-payments');
      const payments = scheduled.body.Data.ScheduledPayment as Record<string, any>[];
      assert.deepEqual(ids(payments, 'ScheduledPaymentId'), [made.scheduled]);
      assertItems(api, 'OBScheduledPayment3Basic', payments);
      assert.equal(payments[0]!.CreditorAccount, undefined);
      assert.equal(payments[0]!.Reference, 'FRESCO-102');
    }
  });
});

test('without ReadScheduledPayments* or ReadStandingOrders*: 403 as for the other endpoints', async () => {
  const token = await consentToken(['ReadBalances'], ALICE, [ALICE.current.id]);
  for (const path of [
    '/scheduled-payments',
    '/standing-orders',
    `/accounts/${ALICE.current.id}/standing-orders`,
    `/accounts/${ALICE.current.id}/scheduled-payments`,
  ]) {
    refused(await read(token, V31, path), 403, 'UK.SandboxBank.PermissionMissing');
    refused(await read(token, V4, path), 403, 'AG08');
  }
});

test('Bob reads his own standing order and none of Alice\u2019s', async () => {
  const token = await consentToken(
    ['ReadStandingOrdersDetail', 'ReadScheduledPaymentsDetail'],
    BOB,
    [BOB.current.id],
  );
  const standing = await read(token, V31, '/standing-orders');
  assert.deepEqual(ids(standing.body.Data.StandingOrder, 'StandingOrderId'), [made.bobs]);
  assert.deepEqual((await read(token, V31, '/scheduled-payments')).body.Data.ScheduledPayment, []);
});
