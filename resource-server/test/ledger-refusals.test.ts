import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  AccountNotEnabledError,
  CurrencyMismatchError,
  InsufficientFundsError,
  InvalidAmountError,
  UnknownCurrencyError,
} from '../../ledger/index.ts';
import { ledgerRefusal } from '../ledger-refusals.ts';

/** The one table from ledger refusals to OB errors, entry by entry. */

const item = (error: unknown, amountPath?: string) =>
  ledgerRefusal(error, amountPath)?.item('https://bank.example/docs/errors');

test('a debit the account cannot cover is the ASPSP InsufficientFunds, naming no account', () => {
  const answered = item(new InsufficientFundsError('acc-123'));
  assert.equal(answered?.ErrorCode, 'UK.SandboxBank.InsufficientFunds');
  assert.equal(answered?.Path, 'Data.Initiation.InstructedAmount');
  assert.doesNotMatch(JSON.stringify(answered), /acc-123/);
});

test('a debit from an account that is not enabled is AccountBlocked (AC06)', () => {
  const answered = item(new AccountNotEnabledError('acc-123', 'Disabled'));
  assert.equal(answered?.ErrorCode, 'UK.SandboxBank.AccountBlocked');
  assert.doesNotMatch(JSON.stringify(answered), /acc-123|Disabled/);
});

test('a currency the account does not hold is Unsupported.Currency on the amount of the path given', () => {
  assert.deepEqual(item(new CurrencyMismatchError('acc-123', 'GBP', 'EUR')), {
    ErrorCode: 'UK.OBIE.Unsupported.Currency',
    Message: 'payments in EUR are not supported from this account',
    Path: 'Data.Initiation.InstructedAmount.Currency',
    Url: 'https://bank.example/docs/errors#UK.OBIE.Unsupported.Currency',
  });
});

test('an amount the ledger cannot parse is Field.Invalid on the Amount of the path given', () => {
  const answered = item(
    new InvalidAmountError('precision', 'GBP amounts have at most 2 decimal places, got 3'),
    'Data.InstructedAmount',
  );
  assert.equal(answered?.ErrorCode, 'UK.OBIE.Field.Invalid');
  assert.equal(answered?.Path, 'Data.InstructedAmount.Amount');
  assert.equal(
    answered?.Message,
    'Data.InstructedAmount.Amount: GBP amounts have at most 2 decimal places, got 3',
  );
});

test('anything else is not a refusal: it stays a bug (500)', () => {
  assert.equal(ledgerRefusal(new UnknownCurrencyError('XXX')), undefined);
  assert.equal(ledgerRefusal(new Error('connection reset')), undefined);
  assert.equal(ledgerRefusal('text'), undefined);
});
