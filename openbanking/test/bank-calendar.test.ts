import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { bankDate, bankHolidays, bankInstant, isWorkingDay } from '../bank-calendar.ts';

const sorted = (set: ReadonlySet<string>) => [...set].sort();

describe('bank holidays of England and Wales', () => {
  test('2026 and 2027 as GOV.UK publishes them', () => {
    assert.deepEqual(sorted(bankHolidays(2026)), [
      '2026-01-01',
      '2026-04-03',
      '2026-04-06',
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-28', // Boxing Day on a Saturday
    ]);
    assert.deepEqual(sorted(bankHolidays(2027)), [
      '2027-01-01',
      '2027-03-26',
      '2027-03-29',
      '2027-05-03',
      '2027-05-31',
      '2027-08-30',
      '2027-12-27', // Christmas Day on a Saturday
      '2027-12-28', // Boxing Day on a Sunday
    ]);
  });

  test('weekend substitutes: New Year on a Sunday, Christmas on a Sunday', () => {
    assert.ok(bankHolidays(2023).has('2023-01-02'));
    assert.ok(!bankHolidays(2023).has('2023-01-01'));
    // 2022: Christmas Sunday -> Tuesday 27th, Boxing Day Monday 26th.
    assert.ok(bankHolidays(2022).has('2022-12-26'));
    assert.ok(bankHolidays(2022).has('2022-12-27'));
    assert.equal(bankHolidays(2022).size, 8);
  });

  test('working days: Monday to Friday but bank holidays', () => {
    const day = (text: string) => new Date(`${text}T00:00:00Z`);
    assert.equal(isWorkingDay(day('2026-12-24')), true); // Thursday
    assert.equal(isWorkingDay(day('2026-12-25')), false); // Friday, Christmas
    assert.equal(isWorkingDay(day('2026-12-26')), false); // Saturday
    assert.equal(isWorkingDay(day('2026-12-28')), false); // Monday, Boxing Day substitute
    assert.equal(isWorkingDay(day('2026-12-29')), true);
  });
});

describe("the bank's days are London's", () => {
  test('a date-time belongs to its London date, in BST and in GMT', () => {
    assert.equal(bankDate(new Date('2026-07-01T00:30:00+01:00')), '2026-07-01');
    assert.equal(bankDate(new Date('2026-06-30T23:30:00Z')), '2026-07-01');
    assert.equal(bankDate(new Date('2026-06-30T22:59:59Z')), '2026-06-30');
    assert.equal(bankDate(new Date('2026-12-31T23:30:00Z')), '2026-12-31');
  });

  test("London's wall clock back to an instant, across the clock changes", () => {
    const wall = (text: string) => Date.parse(`${text}Z`);
    assert.equal(
      bankInstant(wall('2026-07-01T09:30:00')).toISOString(),
      '2026-07-01T08:30:00.000Z',
    );
    assert.equal(
      bankInstant(wall('2026-12-01T09:30:00')).toISOString(),
      '2026-12-01T09:30:00.000Z',
    );
    // 01:30 on 29 March 2026 does not exist (01:00 GMT -> 02:00 BST): an hour later.
    assert.equal(
      bankInstant(wall('2026-03-29T01:30:00')).toISOString(),
      '2026-03-29T01:30:00.000Z',
    );
    // 01:30 on 25 October 2026 happens twice: the first time, in BST.
    assert.equal(
      bankInstant(wall('2026-10-25T01:30:00')).toISOString(),
      '2026-10-25T00:30:00.000Z',
    );
  });
});
