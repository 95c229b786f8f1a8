import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { frequencyDays, parseFrequency, type Frequency } from '../frequency.ts';
import {
  firstInstalments,
  instalment,
  paymentCount,
  type StandingOrderInitiation,
} from '../payment-schedule.ts';

/** The first `count` days the frequency names from `start`, as YYYY-MM-DD. */
function days(frequency: string, start: string, count: number): string[] {
  const parsed = parseFrequency(frequency);
  assert.ok(parsed, `${frequency} parses`);
  const found: string[] = [];
  for (const day of frequencyDays(parsed, new Date(start))) {
    found.push(day.toISOString().slice(0, 10));
    if (found.length === count) break;
  }
  return found;
}

const GBP = (Amount: string) => ({ Amount, Currency: 'GBP' });

describe('OB Frequency grammar', () => {
  test('every form of the grammar parses to its parts', () => {
    const cases: [string, Frequency][] = [
      ['EvryDay', { code: 'EvryDay' }],
      ['EvryWorkgDay', { code: 'EvryWorkgDay' }],
      ['IntrvlDay:15', { code: 'IntrvlDay', days: 15 }],
      ['IntrvlWkDay:02:03', { code: 'IntrvlWkDay', weeks: 2, weekday: 3 }],
      ['WkInMnthDay:05:01', { code: 'WkInMnthDay', week: 5, weekday: 1 }],
      ['IntrvlMnthDay:01:-01', { code: 'IntrvlMnthDay', months: 1, day: -1 }],
      ['IntrvlMnthDay:24:31', { code: 'IntrvlMnthDay', months: 24, day: 31 }],
      ['QtrDay:SCOTTISH', { code: 'QtrDay', quarterDays: 'SCOTTISH' }],
    ];
    for (const [text, frequency] of cases) assert.deepEqual(parseFrequency(text), frequency, text);
  });

  test('what the schema pattern refuses does not parse', () => {
    for (const text of [
      'EveryDay',
      'evrYday',
      'IntrvlDay:01',
      'IntrvlDay:32',
      'IntrvlWkDay:10:01',
      'IntrvlWkDay:01:08',
      'IntrvlWkDay:1:1',
      'WkInMnthDay:06:01',
      'IntrvlMnthDay:07:01',
      'IntrvlMnthDay:01:-06',
      'IntrvlMnthDay:01:00',
      'IntrvlMnthDay:01:32',
      'QtrDay:WELSH',
      ' EvryDay',
      'EvryDay\n',
    ]) {
      assert.equal(parseFrequency(text), undefined, text);
    }
  });

  test('EvryDay and EvryWorkgDay: every day, and Monday to Friday (Sat 2026-12-05)', () => {
    assert.deepEqual(days('EvryDay', '2026-12-05T10:00:00Z', 3), [
      '2026-12-05',
      '2026-12-06',
      '2026-12-07',
    ]);
    assert.deepEqual(days('EvryWorkgDay', '2026-12-05T10:00:00Z', 6), [
      '2026-12-07',
      '2026-12-08',
      '2026-12-09',
      '2026-12-10',
      '2026-12-11',
      '2026-12-14',
    ]);
  });

  test('IntrvlDay and IntrvlWkDay: every N days; every N weeks on a weekday (1 = Monday)', () => {
    assert.deepEqual(days('IntrvlDay:10', '2026-12-25T00:00:00Z', 3), [
      '2026-12-25',
      '2027-01-04',
      '2027-01-14',
    ]);
    // Every other Wednesday from Saturday 5 December: 9th, 23rd, 6 January.
    assert.deepEqual(days('IntrvlWkDay:02:03', '2026-12-05T00:00:00Z', 3), [
      '2026-12-09',
      '2026-12-23',
      '2027-01-06',
    ]);
    // Starting on the weekday itself: that day counts.
    assert.deepEqual(days('IntrvlWkDay:01:06', '2026-12-05T23:59:00Z', 2), [
      '2026-12-05',
      '2026-12-12',
    ]);
  });

  test('WkInMnthDay: the Nth weekday of each month, the last one when there is no fifth', () => {
    // Second Tuesday.
    assert.deepEqual(days('WkInMnthDay:02:02', '2026-12-05T00:00:00Z', 3), [
      '2026-12-08',
      '2027-01-12',
      '2027-02-09',
    ]);
    // Fifth Thursday: December 2026 has one (31st), January 2027 (28th is the fourth) does not.
    assert.deepEqual(days('WkInMnthDay:05:04', '2026-12-01T00:00:00Z', 3), [
      '2026-12-31',
      '2027-01-28',
      '2027-02-25',
    ]);
    // First Monday of December 2026 (7th) is after the 5th: it is the first day.
    assert.deepEqual(days('WkInMnthDay:01:01', '2026-12-05T00:00:00Z', 1), ['2026-12-07']);
  });

  test('IntrvlMnthDay: day of month, short months on their last day, negative days from the end', () => {
    assert.deepEqual(days('IntrvlMnthDay:01:31', '2027-01-15T00:00:00Z', 4), [
      '2027-01-31',
      '2027-02-28',
      '2027-03-31',
      '2027-04-30',
    ]);
    assert.deepEqual(days('IntrvlMnthDay:01:-01', '2028-02-01T00:00:00Z', 2), [
      '2028-02-29',
      '2028-03-31',
    ]);
    assert.deepEqual(days('IntrvlMnthDay:01:-05', '2027-02-01T00:00:00Z', 1), ['2027-02-24']);
    // Every 3 months on the 1st, counted from the first 1st on or after the start.
    assert.deepEqual(days('IntrvlMnthDay:03:01', '2026-12-05T00:00:00Z', 3), [
      '2027-01-01',
      '2027-04-01',
      '2027-07-01',
    ]);
    assert.deepEqual(days('IntrvlMnthDay:12:05', '2026-12-05T00:00:00Z', 2), [
      '2026-12-05',
      '2027-12-05',
    ]);
  });

  test('QtrDay: the English, Scottish and received quarter days', () => {
    assert.deepEqual(days('QtrDay:ENGLISH', '2026-12-05T00:00:00Z', 5), [
      '2026-12-25',
      '2027-03-25',
      '2027-06-24',
      '2027-09-29',
      '2027-12-25',
    ]);
    assert.deepEqual(days('QtrDay:SCOTTISH', '2026-12-05T00:00:00Z', 2), [
      '2027-02-02',
      '2027-05-15',
    ]);
    assert.deepEqual(days('QtrDay:RECEIVED', '2026-03-20T12:00:00Z', 2), [
      '2026-03-20',
      '2026-06-19',
    ]);
  });
});

describe('payment order schedule', () => {
  const order = (changes: Partial<StandingOrderInitiation>): StandingOrderInitiation => ({
    Frequency: 'IntrvlMnthDay:01:01',
    FirstPaymentDateTime: '2026-12-10T09:30:00+00:00',
    FirstPaymentAmount: GBP('5.00'),
    ...changes,
  });
  const summary = (initiation: StandingOrderInitiation, max = 10) =>
    firstInstalments('domestic-standing-order', initiation, max).map((i) => [
      i.number,
      i.dueAt.toISOString(),
      i.executionDate,
      i.amount.Amount,
    ]);

  test('a scheduled payment pays once, its amount on its requested date-time', () => {
    const initiation = {
      RequestedExecutionDateTime: '2026-12-24T15:00:00+01:00',
      InstructedAmount: GBP('12.50'),
    };
    assert.deepEqual(instalment('domestic-scheduled-payment', initiation, 1), {
      number: 1,
      dueAt: new Date('2026-12-24T14:00:00Z'),
      executionDate: '2026-12-24',
      amount: GBP('12.50'),
    });
    assert.equal(instalment('domestic-scheduled-payment', initiation, 2), undefined);
  });

  test('NumberOfPayments: first, recurring, final amounts; recurring at the first payment time', () => {
    const initiation = order({
      NumberOfPayments: '4',
      RecurringPaymentAmount: GBP('10.00'),
      FinalPaymentAmount: GBP('2.50'),
    });
    assert.deepEqual(summary(initiation), [
      [1, '2026-12-10T09:30:00.000Z', '2026-12-10', '5.00'],
      [2, '2027-01-01T09:30:00.000Z', '2027-01-01', '10.00'],
      [3, '2027-02-01T09:30:00.000Z', '2027-02-01', '10.00'],
      [4, '2027-03-01T09:30:00.000Z', '2027-03-01', '2.50'],
    ]);
    assert.deepEqual(summary(order({ NumberOfPayments: '1' })), [
      [1, '2026-12-10T09:30:00.000Z', '2026-12-10', '5.00'],
    ]);
  });

  test('RecurringPaymentDateTime sets where the recurring days start and their time', () => {
    const initiation = order({
      Frequency: 'EvryWorkgDay',
      RecurringPaymentDateTime: '2026-12-14T07:00:00Z',
      NumberOfPayments: '3',
    });
    assert.deepEqual(summary(initiation), [
      [1, '2026-12-10T09:30:00.000Z', '2026-12-10', '5.00'],
      [2, '2026-12-14T07:00:00.000Z', '2026-12-14', '5.00'],
      [3, '2026-12-15T07:00:00.000Z', '2026-12-15', '5.00'],
    ]);
  });

  test('FinalPaymentDateTime: recurring days before it, then the final payment on its date', () => {
    const initiation = order({
      Frequency: 'IntrvlWkDay:01:04',
      RecurringPaymentAmount: GBP('7.00'),
      FinalPaymentDateTime: '2026-12-30T18:00:00Z',
      FinalPaymentAmount: GBP('1.00'),
    });
    // Thursdays after Thursday 10 December: 17th, 24th; the final one Wednesday 30th.
    assert.deepEqual(summary(initiation), [
      [1, '2026-12-10T09:30:00.000Z', '2026-12-10', '5.00'],
      [2, '2026-12-17T09:30:00.000Z', '2026-12-17', '7.00'],
      [3, '2026-12-24T09:30:00.000Z', '2026-12-24', '7.00'],
      [4, '2026-12-30T18:00:00.000Z', '2026-12-30', '1.00'],
    ]);
    // A final date that is one of the frequency's days is paid once, as the final payment.
    const onADay = order({ Frequency: 'EvryDay', FinalPaymentDateTime: '2026-12-12T09:30:00Z' });
    assert.deepEqual(summary(onADay), [
      [1, '2026-12-10T09:30:00.000Z', '2026-12-10', '5.00'],
      [2, '2026-12-11T09:30:00.000Z', '2026-12-11', '5.00'],
      [3, '2026-12-12T09:30:00.000Z', '2026-12-12', '5.00'],
    ]);
  });

  test("days and times are London's: a BST order pays on the 1st at 00:30 UK time, into GMT", () => {
    const initiation = order({
      Frequency: 'IntrvlMnthDay:01:01',
      FirstPaymentDateTime: '2026-07-01T00:30:00+01:00',
      NumberOfPayments: '5',
    });
    assert.deepEqual(summary(initiation), [
      [1, '2026-06-30T23:30:00.000Z', '2026-07-01', '5.00'],
      [2, '2026-07-31T23:30:00.000Z', '2026-08-01', '5.00'],
      [3, '2026-08-31T23:30:00.000Z', '2026-09-01', '5.00'],
      [4, '2026-09-30T23:30:00.000Z', '2026-10-01', '5.00'],
      [5, '2026-11-01T00:30:00.000Z', '2026-11-01', '5.00'],
    ]);
  });

  test('EvryWorkgDay skips weekends and bank holidays (Christmas 2026)', () => {
    const initiation = order({
      Frequency: 'EvryWorkgDay',
      FirstPaymentDateTime: '2026-12-23T09:00:00Z',
      NumberOfPayments: '4',
    });
    assert.deepEqual(summary(initiation), [
      [1, '2026-12-23T09:00:00.000Z', '2026-12-23', '5.00'],
      [2, '2026-12-24T09:00:00.000Z', '2026-12-24', '5.00'],
      [3, '2026-12-29T09:00:00.000Z', '2026-12-29', '5.00'],
      [4, '2026-12-30T09:00:00.000Z', '2026-12-30', '5.00'],
    ]);
  });

  test('an open-ended order keeps paying the recurring amount', () => {
    const initiation = order({ Frequency: 'QtrDay:ENGLISH', RecurringPaymentAmount: GBP('3.00') });
    // First 10 December, then 25 December and three quarter days a year: the tenth is Christmas 2028.
    const later = instalment('domestic-standing-order', initiation, 10);
    assert.equal(later?.executionDate, '2028-12-25');
    assert.equal(later?.amount.Amount, '3.00');
  });

  test('NumberOfPayments is a positive whole number', () => {
    assert.equal(paymentCount('12'), 12);
    for (const text of ['0', '-1', '1.5', '01', ' 2', 'ten', '10000000']) {
      assert.equal(paymentCount(text), undefined, text);
    }
  });
});
