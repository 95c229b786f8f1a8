import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { TokenConsent } from '../../../authz/index.ts';
import {
  bookingPeriod,
  cursorText,
  readTransactionQuery,
} from '../../accounts/transaction-query.ts';
import { FieldInvalid, FieldInvalidDate } from '../../errors.ts';

const consent = (from?: string, to?: string): TokenConsent => ({
  id: 'aac-1',
  kind: 'account-access',
  clientId: 'c',
  status: 'Authorised',
  permissions: [],
  expiresAt: undefined,
  transactionFrom: from ? new Date(from) : undefined,
  transactionTo: to ? new Date(to) : undefined,
  customerId: 'alice',
  accountIds: ['a'],
  debtorAccountId: undefined,
});

describe('readTransactionQuery', () => {
  test('a date alone is midnight UTC; a time zone is ignored, also when its + arrived as a space', () => {
    assert.equal(
      readTransactionQuery({ fromBookingDateTime: '2025-03-01' }).from?.toISOString(),
      '2025-03-01T00:00:00.000Z',
    );
    assert.equal(
      readTransactionQuery({ toBookingDateTime: '2025-03-01T10:20:30+05:00' }).to?.toISOString(),
      '2025-03-01T10:20:30.000Z',
    );
    assert.equal(
      readTransactionQuery({ toBookingDateTime: '2025-03-01T10:20:30 05:00' }).to?.toISOString(),
      '2025-03-01T10:20:30.000Z',
    );
    assert.equal(
      readTransactionQuery({ toBookingDateTime: '2025-03-01T10:20:30.123456Z' }).to?.toISOString(),
      '2025-03-01T10:20:30.123Z',
    );
  });

  test('impossible dates, inverted ranges and repeated parameters are refused with the parameter named', () => {
    for (const value of [
      '2025-02-29',
      '2025-04-31',
      '2025-01-01T24:00:00',
      '2025-1-1',
      'today',
      '',
    ]) {
      assert.throws(
        () => readTransactionQuery({ fromBookingDateTime: value }),
        (e) => e instanceof FieldInvalidDate && e.path === 'fromBookingDateTime',
        value,
      );
    }
    assert.throws(
      () =>
        readTransactionQuery({
          fromBookingDateTime: '2025-03-02',
          toBookingDateTime: '2025-03-01',
        }),
      FieldInvalidDate,
    );
    assert.throws(
      () => readTransactionQuery({ toBookingDateTime: ['2025-03-01', '2025-03-02'] }),
      FieldInvalid,
    );
  });

  test('the page cursor round-trips; anything else is refused', () => {
    const cursor = { accountId: 'f64b0509-3c99', afterVersion: 42n };
    assert.deepEqual(readTransactionQuery({ page: cursorText(cursor) }).cursor, cursor);
    for (const page of ['f64b:', ':1', 'a:-1', `a:${2n ** 63n}`, 'a b:1']) {
      assert.throws(
        () => readTransactionQuery({ page }),
        (e) => e instanceof FieldInvalid && e.path === 'page',
        page,
      );
    }
  });
});

describe('bookingPeriod', () => {
  test("the TPP's filter is clipped to the consent's period", () => {
    const query = readTransactionQuery({
      fromBookingDateTime: '2025-01-01',
      toBookingDateTime: '2025-12-31',
    });
    assert.deepEqual(
      bookingPeriod(query, consent('2025-03-01T00:00:00Z', '2025-06-01T00:00:00Z')),
      { from: new Date('2025-03-01T00:00:00Z'), to: new Date('2025-06-01T00:00:00Z') },
    );
    assert.deepEqual(bookingPeriod(query, consent()), {
      from: new Date('2025-01-01T00:00:00Z'),
      to: new Date('2025-12-31T00:00:00Z'),
    });
    assert.deepEqual(bookingPeriod(readTransactionQuery({}), consent()), {});
  });

  test('no overlap: nothing to read', () => {
    const query = readTransactionQuery({ toBookingDateTime: '2025-02-01' });
    assert.equal(bookingPeriod(query, consent('2025-03-01T00:00:00Z')), undefined);
  });
});
