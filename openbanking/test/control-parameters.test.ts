import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import {
  calendarFortnightIndex,
  controlParameterBreach,
  periodWindow,
  periodWindows,
  type ControlParameters,
  type PeriodAlignment,
  type PeriodType,
} from '../control-parameters.ts';

/** The window as ISO strings, to compare with what a reader of the rules expects. */
function windowOf(type: PeriodType, alignment: PeriodAlignment, created: string, now: string) {
  const w = periodWindow(
    { PeriodType: type, PeriodAlignment: alignment },
    new Date(created),
    new Date(now),
  );
  return [w.from.toISOString(), w.to.toISOString()];
}

describe('periodWindow, calendar alignment (UK time)', () => {
  const created = '2026-01-20T10:00:00Z';
  test('a day is London midnight to midnight, in winter (GMT) and summer (BST)', () => {
    assert.deepEqual(windowOf('Day', 'Calendar', created, '2026-12-05T14:00:00Z'), [
      '2026-12-05T00:00:00.000Z',
      '2026-12-06T00:00:00.000Z',
    ]);
    // 23:30 UTC on 1 July is 00:30 on 2 July in London.
    assert.deepEqual(windowOf('Day', 'Calendar', created, '2026-07-01T23:30:00Z'), [
      '2026-07-01T23:00:00.000Z',
      '2026-07-02T23:00:00.000Z',
    ]);
  });
  test('the day the clocks go forward is 23 hours long', () => {
    assert.deepEqual(windowOf('Day', 'Calendar', created, '2026-03-29T12:00:00Z'), [
      '2026-03-29T00:00:00.000Z',
      '2026-03-29T23:00:00.000Z',
    ]);
  });
  test('a week runs from Monday', () => {
    // Saturday 5 December 2026: the week of Monday 30 November.
    assert.deepEqual(windowOf('Week', 'Calendar', created, '2026-12-05T14:00:00Z'), [
      '2026-11-30T00:00:00.000Z',
      '2026-12-07T00:00:00.000Z',
    ]);
    // A Monday is its own week's first day.
    assert.deepEqual(windowOf('Week', 'Calendar', created, '2026-11-30T00:00:00Z'), [
      '2026-11-30T00:00:00.000Z',
      '2026-12-07T00:00:00.000Z',
    ]);
    // Sunday 29 November, 23:59:59.999 in London: still the week before.
    assert.deepEqual(windowOf('Week', 'Calendar', created, '2026-11-29T23:59:59.999Z'), [
      '2026-11-23T00:00:00.000Z',
      '2026-11-30T00:00:00.000Z',
    ]);
  });
  test('month, half-year and year follow the calendar', () => {
    assert.deepEqual(windowOf('Month', 'Calendar', created, '2026-02-28T23:59:00Z'), [
      '2026-02-01T00:00:00.000Z',
      '2026-03-01T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Half-year', 'Calendar', created, '2026-06-30T22:59:59Z'), [
      '2026-01-01T00:00:00.000Z',
      '2026-06-30T23:00:00.000Z',
    ]);
    // 23:00 UTC on 30 June is midnight on 1 July in London: the second half.
    assert.deepEqual(windowOf('Half-year', 'Calendar', created, '2026-06-30T23:00:00Z'), [
      '2026-06-30T23:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Year', 'Calendar', created, '2026-12-31T23:59:59Z'), [
      '2026-01-01T00:00:00.000Z',
      '2027-01-01T00:00:00.000Z',
    ]);
  });
  test('a calendar fortnight has no window and is found in the consent', () => {
    assert.throws(
      () => windowOf('Fortnight', 'Calendar', created, '2026-12-05T14:00:00Z'),
      RangeError,
    );
    const limit = (PeriodType: PeriodType, PeriodAlignment: PeriodAlignment) => ({
      PeriodType,
      PeriodAlignment,
      Amount: '1',
      Currency: 'GBP',
    });
    assert.equal(
      calendarFortnightIndex({
        PeriodicLimits: [limit('Fortnight', 'Consent'), limit('Fortnight', 'Calendar')],
      }),
      1,
    );
    assert.equal(calendarFortnightIndex({ PeriodicLimits: [limit('Week', 'Calendar')] }), -1);
  });
});

describe('periodWindow, consent alignment', () => {
  test('days, weeks and fortnights count from the day the consent was created', () => {
    // Created Wednesday 2 December 2026 at 15:00; periods start at midnight that day.
    const created = '2026-12-02T15:00:00Z';
    assert.deepEqual(windowOf('Day', 'Consent', created, '2026-12-05T14:00:00Z'), [
      '2026-12-05T00:00:00.000Z',
      '2026-12-06T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Week', 'Consent', created, '2026-12-08T23:59:59Z'), [
      '2026-12-02T00:00:00.000Z',
      '2026-12-09T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Week', 'Consent', created, '2026-12-09T00:00:00Z'), [
      '2026-12-09T00:00:00.000Z',
      '2026-12-16T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Fortnight', 'Consent', created, '2026-12-20T10:00:00Z'), [
      '2026-12-16T00:00:00.000Z',
      '2026-12-30T00:00:00.000Z',
    ]);
  });
  test('the creation day is London’s: 23:30 UTC in summer is the next day', () => {
    assert.deepEqual(windowOf('Week', 'Consent', '2026-07-01T23:30:00Z', '2026-07-02T10:00:00Z'), [
      '2026-07-01T23:00:00.000Z',
      '2026-07-08T23:00:00.000Z',
    ]);
  });
  test('months keep the day of the month, or the last day of a shorter month', () => {
    const created = '2026-01-31T09:00:00Z';
    assert.deepEqual(windowOf('Month', 'Consent', created, '2026-02-27T12:00:00Z'), [
      '2026-01-31T00:00:00.000Z',
      '2026-02-28T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Month', 'Consent', created, '2026-02-28T12:00:00Z'), [
      '2026-02-28T00:00:00.000Z',
      // Midnight of 31 March in London is 23:00 UTC the day before (BST).
      '2026-03-30T23:00:00.000Z',
    ]);
    // 31 March 2026 is after the clocks went forward: midnight is 23:00 UTC the day before.
    assert.deepEqual(windowOf('Month', 'Consent', created, '2026-04-15T12:00:00Z'), [
      '2026-03-30T23:00:00.000Z',
      '2026-04-29T23:00:00.000Z',
    ]);
  });
  test('half-years and years count whole periods from the creation day', () => {
    const created = '2024-02-29T12:00:00Z';
    assert.deepEqual(windowOf('Year', 'Consent', created, '2025-02-28T12:00:00Z'), [
      '2025-02-28T00:00:00.000Z',
      '2026-02-28T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Year', 'Consent', created, '2025-02-27T12:00:00Z'), [
      '2024-02-29T00:00:00.000Z',
      '2025-02-28T00:00:00.000Z',
    ]);
    assert.deepEqual(windowOf('Half-year', 'Consent', created, '2024-09-01T12:00:00Z'), [
      '2024-08-28T23:00:00.000Z',
      '2025-02-28T00:00:00.000Z',
    ]);
  });
});

describe('controlParameterBreach', () => {
  const parameters: ControlParameters = {
    ValidFromDateTime: '2026-12-01T00:00:00Z',
    ValidToDateTime: '2027-12-01T00:00:00Z',
    MaximumIndividualAmount: { Amount: '100.00', Currency: 'GBP' },
    PeriodicLimits: [
      { PeriodType: 'Day', PeriodAlignment: 'Calendar', Amount: '150.00', Currency: 'GBP' },
      { PeriodType: 'Month', PeriodAlignment: 'Consent', Amount: '500', Currency: 'GBP' },
    ],
    VRPType: ['UK.OBIE.VRPType.Sweeping'],
    PSUAuthenticationMethods: ['UK.OBIE.SCANotRequired'],
  };
  const ask = (Amount: string, changes: Record<string, string> = {}) => ({
    amount: { Amount, Currency: changes.Currency ?? 'GBP' },
    vrpType: changes.vrpType ?? 'UK.OBIE.VRPType.Sweeping',
    psuAuthenticationMethod: changes.method ?? 'UK.OBIE.SCANotRequired',
    psuInteractionType: undefined,
  });
  const now = new Date('2026-12-05T14:00:00Z');
  const breach = (amount: string, paid: bigint[], changes?: Record<string, string>, at = now) =>
    controlParameterBreach(parameters, ask(amount, changes), at, paid)?.path;

  test('a payment within every parameter passes, up to each limit exactly', () => {
    assert.equal(breach('100.00', [0n, 0n]), undefined);
    assert.equal(breach('50.00', [10_000n, 0n]), undefined, '100 + 50 = the daily 150');
    assert.equal(breach('0.01', [14_999n, 49_999n]), undefined);
  });
  test('one minor unit over the maximum for one payment', () => {
    assert.equal(
      breach('100.01', [0n, 0n]),
      'Data.ControlParameters.MaximumIndividualAmount.Amount',
    );
  });
  test('one minor unit over a periodic limit names that limit', () => {
    assert.equal(breach('50.01', [10_000n, 0n]), 'Data.ControlParameters.PeriodicLimits[0].Amount');
    assert.equal(breach('0.02', [0n, 49_999n]), 'Data.ControlParameters.PeriodicLimits[1].Amount');
    const message = controlParameterBreach(parameters, ask('60.00'), now, [10_000n, 0n])?.message;
    assert.match(message ?? '', /160\.00 GBP, over its limit of 150\.00 GBP/);
  });
  test('outside the validity: before ValidFromDateTime, and from ValidToDateTime on', () => {
    const at = (instant: string) => breach('1.00', [0n, 0n], {}, new Date(instant));
    assert.equal(at('2026-11-30T23:59:59.999Z'), 'Data.ControlParameters.ValidFromDateTime');
    assert.equal(at('2026-12-01T00:00:00Z'), undefined);
    assert.equal(at('2027-11-30T23:59:59.999Z'), undefined);
    assert.equal(at('2027-12-01T00:00:00Z'), 'Data.ControlParameters.ValidToDateTime');
  });
  test('a type, method or currency the consent does not allow', () => {
    assert.equal(
      breach('1.00', [0n, 0n], { vrpType: 'UK.OBIE.VRPType.Other' }),
      'Data.ControlParameters.VRPType',
    );
    assert.equal(
      breach('1.00', [0n, 0n], { method: 'UK.OBIE.SCA' }),
      'Data.ControlParameters.PSUAuthenticationMethods',
    );
    assert.equal(
      breach('1.00', [0n, 0n], { Currency: 'EUR' }),
      'Data.ControlParameters.MaximumIndividualAmount.Currency',
    );
  });
  test('every limit gets its own window', () => {
    const windows = periodWindows(parameters, new Date('2026-11-10T12:00:00Z'), now);
    assert.deepEqual(
      windows.map((w) => [w.from.toISOString(), w.to.toISOString()]),
      [
        ['2026-12-05T00:00:00.000Z', '2026-12-06T00:00:00.000Z'],
        ['2026-11-10T00:00:00.000Z', '2026-12-10T00:00:00.000Z'],
      ],
    );
  });
});
