import assert from 'node:assert/strict';
import { test } from 'node:test';
import { coversDebit, type LedgerAccount } from '../index.ts';

const account = (changes: Partial<LedgerAccount>): LedgerAccount => ({
  id: 'acc-1',
  kind: 'customer',
  customerId: 'cust-1',
  currency: 'GBP',
  name: 'Alice',
  nickname: null,
  accountType: 'Personal',
  accountSubtype: 'CurrentAccount',
  status: 'Enabled',
  sortCode: '040004',
  accountNumber: '12345678',
  card: null,
  allowNegativeBalance: false,
  balanceMinor: 1_000n,
  version: 1n,
  openedAt: new Date(0),
  ...changes,
});

test('an enabled account covers a debit up to its balance, or any debit when it may go negative', () => {
  assert.equal(coversDebit(account({}), 1_000n), true);
  assert.equal(coversDebit(account({}), 1_001n), false);
  assert.equal(
    coversDebit(account({ allowNegativeBalance: true, balanceMinor: -500n }), 10_000n),
    true,
  );
});

test('an account that is not enabled covers nothing', () => {
  for (const status of ['Disabled', 'Deleted', 'Pending', 'ProForma'] as const) {
    assert.equal(coversDebit(account({ status, allowNegativeBalance: true }), 1n), false, status);
  }
});
