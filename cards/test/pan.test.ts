import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { test } from 'node:test';
import { isPan, maskedPan, openPan, sealPan } from '../index.ts';

const KEY = randomBytes(32);
const PAN = '4921810000173302';

test('a card number is 12 to 19 digits with a valid Luhn check digit', () => {
  assert.ok(isPan(PAN));
  assert.ok(!isPan('4921810000173303'), 'wrong check digit');
  assert.ok(!isPan('4921 8100 0017 3302'), 'digits only');
  assert.ok(!isPan('12345678901'), 'too short');
  assert.throws(() => sealPan('4921810000173303', KEY, 'acc-1'), /not a card number/);
});

test('sealed: a random token, the number under AES-GCM bound to its account, the last four digits', () => {
  const first = sealPan(PAN, KEY, 'acc-1');
  const second = sealPan(PAN, KEY, 'acc-1');
  assert.match(first.token, /^tok_[A-Za-z0-9_-]{24}$/);
  assert.notEqual(first.token, second.token, 'the token is not derived from the number');
  assert.notEqual(first.sealed, second.sealed, 'a fresh IV each time');
  assert.ok(!first.sealed.includes(PAN) && !first.token.includes(PAN.slice(-8)));
  assert.equal(first.last4, '3302');
  assert.equal(openPan(first.sealed, KEY, 'acc-1'), PAN);
  assert.throws(
    () => openPan(first.sealed, KEY, 'acc-2'),
    'copied onto another account, it does not open',
  );
  assert.throws(() => openPan(first.sealed, randomBytes(32), 'acc-1'), 'nor under another key');
  assert.equal(maskedPan(first.last4), '************3302');
});
