import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ConfigError, loadConfig } from '../config.ts';

test('event delivery: the retry policy and reach default for a sandbox, and follow their variables', () => {
  assert.deepEqual(loadConfig({}).eventDelivery, {
    attemptsMax: 8,
    backoffBaseMs: 5_000,
    backoffMaxMs: 600_000,
    timeoutMs: 10_000,
    concurrency: 8,
    privateHostsAllowed: ['localhost'],
    financialId: 'sandbox-bank',
    clientCert: undefined,
  });
  assert.deepEqual(
    loadConfig({ SEED_SANDBOX: 'false' }).eventDelivery.privateHostsAllowed,
    [],
    'no private callback hosts outside the sandbox',
  );
  const set = loadConfig({
    EVENT_PUSH_ATTEMPTS: '3',
    EVENT_PUSH_BACKOFF_MS: '100',
    EVENT_PUSH_BACKOFF_MAX_MS: '100',
    EVENT_PUSH_TIMEOUT_MS: '250',
    EVENT_PUSH_CONCURRENCY: '2',
    EVENT_CALLBACK_PRIVATE_HOSTS: 'Receiver.Test:9443, [::1]',
    OB_FINANCIAL_ID: '0015800001041RHAAY',
    EVENT_CLIENT_CERT_FILE: '/etc/bank/events.pem',
    EVENT_CLIENT_KEY_FILE: '/etc/bank/events-key.pem',
  }).eventDelivery;
  assert.deepEqual(set, {
    attemptsMax: 3,
    backoffBaseMs: 100,
    backoffMaxMs: 100,
    timeoutMs: 250,
    concurrency: 2,
    privateHostsAllowed: ['receiver.test:9443', '[::1]'],
    financialId: '0015800001041RHAAY',
    clientCert: { certFile: '/etc/bank/events.pem', keyFile: '/etc/bank/events-key.pem' },
  });
  assert.deepEqual(
    loadConfig({ EVENT_CALLBACK_PRIVATE_HOSTS: '' }).eventDelivery.privateHostsAllowed,
    [],
    'set empty: none, even in the sandbox',
  );
});

for (const [variable, env, message] of [
  ['EVENT_PUSH_ATTEMPTS', { EVENT_PUSH_ATTEMPTS: '0' }, /whole number from 1/],
  [
    'EVENT_PUSH_BACKOFF_MAX_MS',
    { EVENT_PUSH_BACKOFF_MS: '5000', EVENT_PUSH_BACKOFF_MAX_MS: '1000' },
    /at least EVENT_PUSH_BACKOFF_MS/,
  ],
  ['EVENT_PUSH_TIMEOUT_MS', { EVENT_PUSH_TIMEOUT_MS: '10s' }, /whole number/],
  [
    'EVENT_CALLBACK_PRIVATE_HOSTS',
    { EVENT_CALLBACK_PRIVATE_HOSTS: 'https://localhost' },
    /not a host name/,
  ],
  ['EVENT_CLIENT_KEY_FILE', { EVENT_CLIENT_CERT_FILE: '/c.pem' }, /go together/],
] as const) {
  test(`event delivery: ${variable} ${JSON.stringify(env)} is refused, naming it`, () => {
    assert.throws(
      () => loadConfig({ ...env }),
      (error: unknown) =>
        error instanceof ConfigError && error.variable === variable && message.test(error.message),
    );
  });
}
