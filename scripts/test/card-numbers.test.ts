import assert from 'node:assert/strict';
import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { SANDBOX_CUSTOMERS } from '../../db/seeds/index.ts';
import { filesWithCardNumbers, outputWatch } from '../card-numbers.ts';

const PAN = SANDBOX_CUSTOMERS.find((customer) => customer.creditCard)!.creditCard!.pan;

test('a card number in the output is seen, also split across two chunks; a masked one is not', () => {
  const split = outputWatch();
  split.see(Buffer.from(`{"msg":"x","number":"${PAN.slice(0, 7)}`));
  split.see(Buffer.from(`${PAN.slice(7)}"}`));
  assert.deepEqual(split.sightings(), ['the test output']);
  const masked = outputWatch();
  masked.see(Buffer.from(`************${PAN.slice(-4)} ${PAN.slice(0, 12)}`));
  assert.deepEqual(masked.sightings(), []);
});

test('a file holding a card number is named, however deep; others are not', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'card-numbers-'));
  try {
    await mkdir(join(dir, 'base', '16384'), { recursive: true });
    await writeFile(
      join(dir, 'base', '16384', '2619'),
      Buffer.concat([Buffer.alloc(8192), Buffer.from(PAN, 'latin1'), Buffer.alloc(100)]),
    );
    await writeFile(join(dir, 'pg_wal'), Buffer.from(`sealed ${PAN.slice(-4)}`));
    assert.deepEqual(await filesWithCardNumbers(dir), [join(dir, 'base', '16384', '2619')]);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
