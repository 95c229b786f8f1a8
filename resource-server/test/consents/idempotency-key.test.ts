import assert from 'node:assert/strict';
import { test } from 'node:test';
import { idempotencyKey, idempotencyKeyHeader } from '../../consents/idempotency-key.ts';
import { HeaderInvalid, HeaderMissing } from '../../errors.ts';
import type { ResourceContext } from '../../state.ts';

const withHeader = (value: string | undefined) =>
  ({
    get: (name: string) => (name === 'x-idempotency-key' ? (value ?? '') : ''),
  }) as unknown as ResourceContext;

test('a key of 1 to 40 characters is returned as sent', () => {
  assert.equal(idempotencyKey(withHeader('a')), 'a');
  assert.equal(idempotencyKey(withHeader('k'.repeat(40))), 'k'.repeat(40));
  assert.equal(idempotencyKey(withHeader('key with inner spaces')), 'key with inner spaces');
});

test('a missing key is Header.Missing', () => {
  assert.throws(
    () => idempotencyKey(withHeader(undefined)),
    (error) => error instanceof HeaderMissing && error.path === 'x-idempotency-key',
  );
});

test('a key over 40 characters, or with white space at either end, is Header.Invalid', () => {
  for (const key of ['k'.repeat(41), ' key', 'key ', '\tkey']) {
    assert.throws(
      () => idempotencyKey(withHeader(key)),
      (error) => error instanceof HeaderInvalid && error.path === 'x-idempotency-key',
      key,
    );
  }
});

/** The header as the pipeline step sees it: a context with a state, and the next middleware. */
async function runStep(
  value: string | undefined,
): Promise<{ state: Record<string, unknown>; nextRan: boolean }> {
  const ctx = Object.assign(withHeader(value), { state: {} as Record<string, unknown> });
  let nextRan = false;
  await idempotencyKeyHeader(
    ctx as unknown as Parameters<typeof idempotencyKeyHeader>[0],
    async () => {
      nextRan = true;
    },
  );
  return { state: ctx.state, nextRan };
}

test('the step puts a valid key on the state before the next middleware runs', async () => {
  assert.deepEqual(await runStep('key-1'), { state: { idempotencyKey: 'key-1' }, nextRan: true });
});

test('the step refuses a missing or invalid key without running the next middleware', async () => {
  await assert.rejects(runStep(undefined), HeaderMissing);
  await assert.rejects(runStep(' padded'), HeaderInvalid);
});
