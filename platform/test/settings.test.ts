import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import { variablesRead } from '../../test/support/variables-read.ts';
import { withConfigTable } from '../config-docs.ts';
import { SETTINGS } from '../settings.ts';

const README = new URL('../../README.md', import.meta.url);

test("the README's configuration table is the one the settings table makes (npm run docs:config)", async () => {
  const readme = await readFile(README, 'utf8');
  assert.equal(readme, withConfigTable(readme));
});

test('loadConfig and loadSecrets read exactly the variables of the settings table', async () => {
  const table = Object.keys(SETTINGS).sort();
  const unset = await variablesRead({});
  assert.deepEqual(
    [...unset].filter((name) => !table.includes(name)),
    [],
    'read without a row',
  );
  // The PKCS#11 slot and label, the client CA file: read only when their module or TLS files are
  // set.
  const everything = await variablesRead({
    PKCS11_MODULE: '/usr/lib/softhsm/libsofthsm2.so',
    PKCS11_PIN: '1234',
    TLS_CERT_FILE: '/c.pem',
    TLS_KEY_FILE: '/k.pem',
  });
  assert.deepEqual([...everything].sort(), table, 'a row nothing reads, or a read without a row');
});

test('rows document themselves: a Markdown default and description, no table syntax inside', () => {
  for (const [variable, setting] of Object.entries(SETTINGS)) {
    assert.ok(setting.default && setting.description, variable);
    assert.doesNotMatch(
      `${setting.default}${setting.description}`,
      /[|\n]/,
      `${variable} would break the README's table`,
    );
  }
});
