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
    assert.equal(config.conformanceCustomer, false);
    assert.deepEqual(config.trustedProxies, []);
    assert.equal(config.hstsMaxAgeSeconds, 31_536_000);
    assert.deepEqual(config.connections, {
      handshakeTimeoutMs: 10_000,
      headersTimeoutMs: 10_000,
      requestTimeoutMs: 30_000,
      keepAliveTimeoutMs: 5_000,
      max: 1_000,
    });
  });

  test('HSTS max-age and the connection limits are read from their variables', () => {
    const config = loadConfig({
      HSTS_MAX_AGE: '0',
      TLS_HANDSHAKE_TIMEOUT_MS: '300',
      HTTP_HEADERS_TIMEOUT_MS: '400',
      HTTP_REQUEST_TIMEOUT_MS: '800',
      HTTP_KEEP_ALIVE_TIMEOUT_MS: '200',
      MAX_CONNECTIONS: '3',
    });
    assert.equal(config.hstsMaxAgeSeconds, 0);
    assert.deepEqual(config.connections, {
      handshakeTimeoutMs: 300,
      headersTimeoutMs: 400,
      requestTimeoutMs: 800,
      keepAliveTimeoutMs: 200,
      max: 3,
    });
  });

  test("METRICS_PORT: 9464 by default, 0 turns it off, never a TLS host's port", () => {
    assert.equal(loadConfig({}).metricsPort, 9464);
    assert.equal(loadConfig({ METRICS_PORT: '0' }).metricsPort, 0);
    assert.equal(loadConfig({ METRICS_PORT: '9100' }).metricsPort, 9100);
    assert.match(
      refusal({ METRICS_PORT: '8444' }).message,
      /^METRICS_PORT: must differ from BROWSER_PORT \(8443\) and TPP_PORT \(8444\)/,
    );
    assert.equal(refusal({ METRICS_PORT: '70000' }).variable, 'METRICS_PORT');
  });

  test('ports follow BROWSER_PORT / TPP_PORT into the default URLs', () => {
    const config = loadConfig({ BROWSER_PORT: '9443', TPP_PORT: '9444' });
    assert.equal(config.issuer, 'https://localhost:9443');
    assert.equal(config.tppBaseUrl, 'https://localhost:9444');
  });

  test('registration fetches may reach no private host unless REGISTRATION_FETCH_PRIVATE_HOSTS names it, in the sandbox too', () => {
    assert.deepEqual(loadConfig({}).registrationFetchPrivateHosts, []);
    assert.deepEqual(
      loadConfig({ REGISTRATION_FETCH_PRIVATE_HOSTS: 'TPP.local, 127.0.0.1:8445,[::1]:9' })
        .registrationFetchPrivateHosts,
      ['tpp.local', '127.0.0.1:8445', '[::1]:9'],
    );
  });

  test('CONFORMANCE_CUSTOMER turns on with the sandbox seed', () => {
    assert.equal(loadConfig({ CONFORMANCE_CUSTOMER: 'true' }).conformanceCustomer, true);
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
    ['HSTS_MAX_AGE', { HSTS_MAX_AGE: '-1' }, /not a whole number from 0/],
    ['TLS_HANDSHAKE_TIMEOUT_MS', { TLS_HANDSHAKE_TIMEOUT_MS: '10s' }, /not a whole number/],
    [
      'HTTP_KEEP_ALIVE_TIMEOUT_MS',
      { HTTP_KEEP_ALIVE_TIMEOUT_MS: '0' },
      /not a whole number from 1/,
    ],
    ['MAX_CONNECTIONS', { MAX_CONNECTIONS: '0' }, /not a whole number from 1/],
    [
      'HTTP_HEADERS_TIMEOUT_MS',
      { HTTP_HEADERS_TIMEOUT_MS: '60000', HTTP_REQUEST_TIMEOUT_MS: '30000' },
      /must not exceed HTTP_REQUEST_TIMEOUT_MS \(30000\)/,
    ],
    ['CONFORMANCE_CUSTOMER', { CONFORMANCE_CUSTOMER: 'sometimes' }, /not a boolean/],
    [
      'REGISTRATION_FETCH_PRIVATE_HOSTS',
      { REGISTRATION_FETCH_PRIVATE_HOSTS: 'https://tpp.local' },
      /not a host name or address/,
    ],
    [
      'CONFORMANCE_CUSTOMER',
      { CONFORMANCE_CUSTOMER: 'true', SEED_SANDBOX: 'false' },
      /needs SEED_SANDBOX=true.*never to production/,
    ],
    [
      'SANDBOX_LATENCY_MS',
      { SANDBOX_LATENCY_MS: '100', SEED_SANDBOX: 'false' },
      /needs SEED_SANDBOX=true.*never to production/,
    ],
    ['SANDBOX_LATENCY_MS', { SANDBOX_LATENCY_MS: '90000' }, /not a whole number from 0 to 60000/],
    ['BANK_COLOUR', { BANK_COLOUR: 'red' }, /"red" is not a #rrggbb colour/],
    ['BANK_LOGO_FILE', { BANK_LOGO_FILE: '/etc/hostname' }, /must be an \.svg or \.png file/],
    ['BANK_LOGO_FILE', { BANK_LOGO_FILE: '/no/such/logo.svg' }, /does not exist/],
    ['BANK_NAME', { BANK_NAME: 'x'.repeat(61) }, /at most 60 characters/],
    [
      'RATE_LIMITS',
      { RATE_LIMITS: 'accounts=10/1' },
      /not name=requests\/seconds with a name among aisp/,
    ],
    ['RATE_LIMITS', { RATE_LIMITS: 'aisp=10' }, /aisp: "10" is not requests\/seconds/],
    ['RATE_LIMITS', { RATE_LIMITS: 'aisp=0/10' }, /whole numbers from 1/],
    ['PAYMENT_LIMITS', { PAYMENT_LIMITS: 'per-week=10.00' }, /not per-payment=<amount>/],
    [
      'PAYMENT_LIMITS',
      { PAYMENT_LIMITS: 'per-day=1.234' },
      /per-day: "1.234" is not a positive amount/,
    ],
    [
      'PAYMENT_LIMITS',
      { PAYMENT_LIMITS: 'velocity=10' },
      /velocity: "10" is not payments\/seconds/,
    ],
    ['API_PLANS', { API_PLANS: 'gold=2x/10' }, /not <plan>=<factor>x/],
    ['API_PLANS', { API_PLANS: 'free=1.5x/10' }, /free: "1.5x\/10" is not <whole factor>x/],
    ['DEFAULT_API_PLAN', { DEFAULT_API_PLAN: 'gold' }, /not one of free, standard, premium/],
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

test('RATE_LIMITS overrides the defaults one by one, the sandbox has its own, off turns them off', () => {
  const bank = loadConfig({ SEED_SANDBOX: 'false', RATE_LIMITS: 'aisp=5/2, token=off' }).rateLimits;
  assert.deepEqual(bank.aisp, { name: 'aisp', requests: 5, windowSeconds: 2 });
  assert.equal(bank.token, undefined);
  assert.deepEqual(
    bank.pisp,
    { name: 'pisp', requests: 50, windowSeconds: 10 },
    'the rest keep their defaults',
  );
  assert.deepEqual(
    loadConfig({}).rateLimits['sign-in-username'],
    { name: 'sign-in-username', requests: 120, windowSeconds: 300 },
    "the sandbox's own",
  );
  assert.ok(
    Object.values(loadConfig({ RATE_LIMITS: 'off' }).rateLimits).every(
      (policy) => policy === undefined,
    ),
  );
});

test('PAYMENT_LIMITS overrides the defaults one by one, the sandbox has its own, off turns them off', () => {
  assert.deepEqual(
    loadConfig({ SEED_SANDBOX: 'false', PAYMENT_LIMITS: 'per-day=100.50, velocity=off' })
      .paymentLimits,
    {
      perPayment: '25000.00',
      perDay: '100.50',
      velocity: undefined,
    },
  );
  assert.deepEqual(
    loadConfig({}).paymentLimits,
    { perPayment: '5000.00', perDay: '6000.00', velocity: { payments: 30, windowSeconds: 3600 } },
    "the sandbox's own",
  );
  assert.deepEqual(loadConfig({ PAYMENT_LIMITS: 'off' }).paymentLimits, {
    perPayment: undefined,
    perDay: undefined,
    velocity: undefined,
  });
});

test('API_PLANS overrides the plans one by one; the default plan is free for a bank, standard in the sandbox', () => {
  const bank = loadConfig({ SEED_SANDBOX: 'false', API_PLANS: 'free=2x/50' }).apiPlans;
  assert.deepEqual(bank.plans.free, { name: 'free', rateFactor: 2, monthlyQuota: 50 });
  assert.deepEqual(bank.plans.premium, {
    name: 'premium',
    rateFactor: 20,
    monthlyQuota: undefined,
  });
  assert.equal(bank.defaultPlan, 'free');
  assert.equal(loadConfig({}).apiPlans.defaultPlan, 'standard');
  assert.equal(loadConfig({ DEFAULT_API_PLAN: 'premium' }).apiPlans.defaultPlan, 'premium');
});
