import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { AccountPaymentOrder, JsonRecord } from '../../../openbanking/index.ts';
import {
  scheduledPaymentResource,
  standingOrderResource,
} from '../../accounts/payment-order-resource.ts';
import { standingOrderToV4 } from '../../v4/accounts.ts';
import { requestSchema } from '../../validation/ob-schemas.ts';

/**
 * A customer's scheduled payments and standing orders as the account information API writes
 * them: every resource is the OB document's Basic or Detail schema (v3.1.11, and v4.0 after the
 * mapping), Basic without the creditor, a standing order's next and last payments and its
 * status from the order's state.
 */

const CREDITOR = {
  SchemeName: 'UK.OBIE.SortCodeAccountNumber',
  Identification: '08080021325698',
  Name: 'ACME Lettings',
};

function order(overrides: Partial<AccountPaymentOrder>): AccountPaymentOrder {
  return {
    id: '6f1f3c52-0b0e-4a53-9d8e-6a0c1f2b3c4d',
    kind: 'domestic-standing-order',
    consentId: 'sdoc-1',
    clientId: 'client-1',
    status: 'InitiationPending',
    statusUpdatedAt: new Date('2031-01-01T00:00:00Z'),
    createdAt: new Date('2031-01-01T00:00:00Z'),
    initiation: {},
    debtorAccountId: 'f64b0509-3c99-48f4-89c7-b0605fa7375f',
    nextInstalment: 1,
    nextDueAt: null,
    lastPayment: null,
    ...overrides,
  };
}

/** Monthly rent: £10.00 on 15 January 2031, then £20.00 on the 1st, 12 payments, the last £5.00. */
const RENT = {
  Frequency: 'IntrvlMnthDay:01:01',
  Reference: 'RENT-FLAT-2',
  NumberOfPayments: '12',
  FirstPaymentDateTime: '2031-01-15T08:00:00+00:00',
  FirstPaymentAmount: { Amount: '10.00', Currency: 'GBP' },
  RecurringPaymentAmount: { Amount: '20.00', Currency: 'GBP' },
  FinalPaymentAmount: { Amount: '5.00', Currency: 'GBP' },
  CreditorAccount: CREDITOR,
  SupplementaryData: { 'tpp.example': 'its own, not the AISP\u2019s' },
};

function assertValid(api: 'account-info' | 'v4.0-account-info', name: string, value: object) {
  const validate = requestSchema(api, name);
  assert.ok(
    validate(value),
    `${name}: ${JSON.stringify(validate.errors)}\n${JSON.stringify(value)}`,
  );
}

describe('scheduled payment', () => {
  const scheduled = order({
    kind: 'domestic-scheduled-payment',
    initiation: {
      InstructionIdentification: 'ACME413',
      EndToEndIdentification: 'FRESCO.21302.GFX.21',
      RequestedExecutionDateTime: '2031-02-01T09:30:00+00:00',
      InstructedAmount: { Amount: '25.00', Currency: 'GBP' },
      CreditorAccount: CREDITOR,
      RemittanceInformation: { Reference: 'FRESCO-102', Unstructured: 'Internal ops code 5120101' },
    },
    nextDueAt: new Date('2031-02-01T09:30:00Z'),
  });

  test('Detail: the date, the amount, the reference and the creditor', () => {
    const resource = scheduledPaymentResource(scheduled, { detail: true });
    assert.deepEqual(resource, {
      AccountId: scheduled.debtorAccountId,
      ScheduledPaymentId: scheduled.id,
      ScheduledPaymentDateTime: '2031-02-01T09:30:00+00:00',
      ScheduledType: 'Execution',
      Reference: 'FRESCO-102',
      InstructedAmount: { Amount: '25.00', Currency: 'GBP' },
      CreditorAccount: CREDITOR,
    });
    assertValid('account-info', 'OBScheduledPayment3Detail', resource);
    assertValid('v4.0-account-info', 'OBScheduledPayment3Detail', resource);
  });

  test('Basic: no CreditorAccount', () => {
    const resource = scheduledPaymentResource(scheduled, { detail: false });
    assert.equal(resource.CreditorAccount, undefined);
    assert.equal(resource.Reference, 'FRESCO-102');
    assertValid('account-info', 'OBScheduledPayment3Basic', resource);
    assertValid('v4.0-account-info', 'OBScheduledPayment3Basic', resource);
  });
});

describe('standing order', () => {
  test('pending: Active, the first payment is the next one, no last payment', () => {
    const pending = order({ initiation: RENT, nextDueAt: new Date('2031-01-15T08:00:00Z') });
    const resource = standingOrderResource(pending, { detail: true });
    assert.deepEqual(resource, {
      AccountId: pending.debtorAccountId,
      StandingOrderId: pending.id,
      Frequency: 'IntrvlMnthDay:01:01',
      Reference: 'RENT-FLAT-2',
      FirstPaymentDateTime: '2031-01-15T08:00:00+00:00',
      NextPaymentDateTime: '2031-01-15T08:00:00.000Z',
      NumberOfPayments: '12',
      StandingOrderStatusCode: 'Active',
      FirstPaymentAmount: { Amount: '10.00', Currency: 'GBP' },
      NextPaymentAmount: { Amount: '10.00', Currency: 'GBP' },
      FinalPaymentAmount: { Amount: '5.00', Currency: 'GBP' },
      CreditorAccount: CREDITOR,
    });
    assertValid('account-info', 'OBStandingOrder6Detail', resource);
  });

  test('running: the next instalment from the schedule, the last one paid', () => {
    const running = order({
      initiation: RENT,
      status: 'InitiationCompleted',
      nextInstalment: 2,
      nextDueAt: new Date('2031-02-01T08:00:00Z'),
      lastPayment: {
        madeAt: new Date('2031-01-15T08:00:02Z'),
        amount: { Amount: '10.00', Currency: 'GBP' },
      },
    });
    const resource = standingOrderResource(running, { detail: false });
    assert.equal(resource.NextPaymentDateTime, '2031-02-01T08:00:00.000Z');
    assert.deepEqual(resource.NextPaymentAmount, { Amount: '20.00', Currency: 'GBP' });
    assert.equal(resource.LastPaymentDateTime, '2031-01-15T08:00:02.000Z');
    assert.deepEqual(resource.LastPaymentAmount, { Amount: '10.00', Currency: 'GBP' });
    assert.equal(resource.StandingOrderStatusCode, 'Active');
    assert.equal(resource.CreditorAccount, undefined, 'Basic has no creditor');
    assert.equal(resource.SupplementaryData, undefined, 'the PISP\u2019s SupplementaryData stays');
    assertValid('account-info', 'OBStandingOrder6Basic', resource);
    const v4 = standingOrderToV4(resource);
    assert.equal(v4.StandingOrderStatusCode, 'ACTV');
    assert.deepEqual(v4.MandateRelatedInformation, {
      Frequency: { Type: 'MNTH', PointInTime: '01' },
      FirstPaymentDateTime: '2031-01-15T08:00:00+00:00',
    });
    assert.deepEqual(v4.RemittanceInformation, {
      Structured: [{ CreditorReferenceInformation: { Reference: 'RENT-FLAT-2' } }],
    });
    assertValid('v4.0-account-info', 'OBStandingOrder6Basic', v4);
  });

  const ended: [string, Partial<AccountPaymentOrder>, string, string][] = [
    ['paid in full', { status: 'InitiationCompleted' }, 'Completed', 'EXPI'],
    ['cancelled', { status: 'Cancelled' }, 'Cancelled', 'CANC'],
    ['first payment failed', { status: 'InitiationFailed' }, 'Failed', 'CANC'],
  ];
  for (const [name, state, reason, v4Status] of ended) {
    test(`${name}: Inactive (${reason}), no next payment; v4.0 ${v4Status}`, () => {
      const resource = standingOrderResource(order({ initiation: RENT, ...state }), {
        detail: true,
      });
      assert.equal(resource.StandingOrderStatusCode, 'Inactive');
      assert.equal(resource.NextPaymentDateTime, undefined);
      assert.equal(resource.NextPaymentAmount, undefined);
      assert.deepEqual(resource.SupplementaryData, { 'UK.SandboxBank.EndReason': reason });
      assertValid('account-info', 'OBStandingOrder6Detail', resource);
      const v4 = standingOrderToV4(resource);
      assert.equal(v4.StandingOrderStatusCode, v4Status);
      assertValid('v4.0-account-info', 'OBStandingOrder6Detail', v4);
    });
  }

  test('the final payment: the schedule\u2019s amount, only when the order ends', () => {
    const { FinalPaymentAmount: _final, NumberOfPayments: _count, ...open } = RENT;
    const final = (initiation: JsonRecord) =>
      standingOrderResource(order({ initiation }), { detail: false }).FinalPaymentAmount;
    assert.equal(final(open), undefined, 'runs until cancelled');
    assert.deepEqual(final({ ...open, NumberOfPayments: '3' }), RENT.RecurringPaymentAmount);
    assert.deepEqual(final({ ...open, NumberOfPayments: '1' }), RENT.FirstPaymentAmount);
    const dated = { ...open, FinalPaymentDateTime: '2031-06-01T08:00:00+00:00' };
    const resource = standingOrderResource(order({ initiation: dated }), { detail: false });
    assert.deepEqual(resource.FinalPaymentAmount, RENT.RecurringPaymentAmount);
    assert.equal(resource.FinalPaymentDateTime, '2031-06-01T08:00:00+00:00');
    assert.deepEqual(standingOrderToV4(resource).MandateRelatedInformation, {
      Frequency: { Type: 'MNTH', PointInTime: '01' },
      FirstPaymentDateTime: '2031-01-15T08:00:00+00:00',
      FinalPaymentDateTime: '2031-06-01T08:00:00+00:00',
    });
  });

  test('a v3.1 frequency no v4.0 code names is written as it is', () => {
    const resource = standingOrderResource(
      order({ initiation: { ...RENT, Frequency: 'QtrDay:ENGLISH' } }),
      { detail: true },
    );
    const v4 = standingOrderToV4(resource);
    assert.deepEqual((v4.MandateRelatedInformation as { Frequency: object }).Frequency, {
      Type: 'QtrDay:ENGLISH',
    });
    assertValid('v4.0-account-info', 'OBStandingOrder6Detail', v4);
  });
});
