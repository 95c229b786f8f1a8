import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idempotencyKey } from '../../consents/idempotency-key.ts';
import { HeaderInvalid, HeaderMissing } from '../../errors.ts';
import type { ResourceContext } from '../../state.ts';

const withHeader = (value: string | undefined) =>
  ({ get: (name: string) => (name === 'x-idempotency-key' ? (value ?? '') : '') }) as unknown as ResourceContext;

test('a key of 1 to 40 characters is returned as sent', () => {
  assert.equal(idempotencyKey(withHeader('a')), 'a');
  assert.equal(idempotencyKey(withHeader('k'.repeat(40))), 'k'.repeat(40));
  assert.equal(idempotencyKey(withHeader('key with inner spaces')), 'key with inner spaces');
});

test('a missing key is Header.Missing', () => {
  assert.throws(() => idempotencyKey(withHeader(undefined)), (error) => error instanceof HeaderMissing && error.path === 'x-idempotency-key');
});

test('a key over 40 characters, or with white space at either end, is Header.Invalid', () => {
  for (const key of ['k'.repeat(41), ' key', 'key ', '\tkey']) {
    assert.throws(() => idempotencyKey(withHeader(key)), (error) => error instanceof HeaderInvalid && error.path === 'x-idempotency-key', key);
  }
});
