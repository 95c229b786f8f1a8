import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ConfigError, loadConfig } from '../config.ts';

function refusal(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env);
  } catch (error) {
    assert.ok(error instanceof ConfigError, `expected a ConfigError, got ${String(error)}`);
    return error;
  }
  assert.fail(`configuration ${JSON.stringify(env)} was accepted`);
}

describe('loadConfig', () => {
  test('defaults describe the embedded one-process platform', () => {
    const config = loadConfig({});
    assert.equal(config.databaseUrl, undefined);
    assert.equal(config.issuer, 'https://localhost:8443');
    assert.equal(config.tppBaseUrl, 'https://localhost:8444');
    assert.equal(config.bindAddress, '127.0.0.1');
    assert.equal(config.pkcs11, undefined);
    assert.equal(config.seedSandbox, true);
    assert.deepEqual(config.trustedProxies, []);
  });

  test('ports follow BROWSER_PORT / TPP_PORT into the default URLs', () => {
    const config = loadConfig({ BROWSER_PORT: '9443', TPP_PORT: '9444' });
    assert.equal(config.issuer, 'https://localhost:9443');
    assert.equal(config.tppBaseUrl, 'https://localhost:9444');
  });

  const bad: [string, Record<string, string>, RegExp][] = [
    ['DATABASE_URL', { DATABASE_URL: 'not a url' }, /is not a URL/],
    ['DATABASE_URL', { DATABASE_URL: 'mysql://u:p@h/db' }, /scheme must be postgres/],
    ['DATABASE_URL', { DATABASE_URL: 'postgres://u:p@host' }, /names no database/],
    ['BROWSER_PORT', { BROWSER_PORT: '70000' }, /not a TCP port/],
    ['TPP_PORT', { TPP_PORT: 'abc' }, /not a TCP port/],
    ['TPP_PORT', { BROWSER_PORT: '9000', TPP_PORT: '9000' }, /must differ/],
    ['ISSUER', { ISSUER: 'http://bank.example' }, /https URL/],
    ['ISSUER', { ISSUER: 'https://bank.example/?x=1' }, /query or fragment/],
    ['LOG_LEVEL', { LOG_LEVEL: 'loud' }, /not one of/],
    ['PKCS11_PIN', { PKCS11_MODULE: '/usr/lib/softhsm/libsofthsm2.so' }, /required/],
    ['PKCS11_SLOT', { PKCS11_MODULE: '/m.so', PKCS11_PIN: '1', PKCS11_SLOT: 'x' }, /slot/],
    ['TLS_KEY_FILE', { TLS_CERT_FILE: '/c.pem' }, /required/],
    ['TRUSTED_PROXIES', { TRUSTED_PROXIES: '10.0.0.1, proxy.local' }, /not an IP/],
    ['BIND_ADDRESS', { BIND_ADDRESS: 'localhost' }, /not an IP/],
    ['SEED_SANDBOX', { SEED_SANDBOX: 'maybe' }, /not a boolean/],
  ];
  for (const [variable, env, problem] of bad) {
    test(`${variable}: ${JSON.stringify(env)} is refused with a message naming it`, () => {
      const error = refusal(env);
      assert.equal(error.variable, variable);
      assert.match(error.message, new RegExp(`^${variable}: `));
      assert.match(error.message, problem);
    });
  }
});
