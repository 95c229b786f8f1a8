import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createKeyProvider } from '../../certs/index.ts';
import { SANDBOX_CUSTOMERS, type SandboxSummary } from '../../db/seeds/index.ts';
import { banner, type BannerFacts } from '../banner.ts';
import { loadConfig } from '../config.ts';

const sandbox: SandboxSummary = {
  customers: SANDBOX_CUSTOMERS.map((c) => ({
    username: c.username,
    displayName: c.displayName,
    password: c.password,
    totpSecret: c.totpSecret,
    accounts: ['Current account 123456 ****0001'],
  })),
  inserted: { customers: 0, accounts: 0, transfers: 0 },
};
const facts: BannerFacts = {
  urls: { browser: 'https://localhost:8443', tpp: 'https://localhost:8444' },
  serverTrustAnchorPath: '/data/pki/ca.pem',
  config: loadConfig({ DATA_DIR: '/data' }),
  keys: createKeyProvider({ keystoreDir: '/data/keys' }),
  sandbox,
};

test('to a terminal the banner shows the sandbox credentials', () => {
  const text = banner(facts, 3500, true);
  for (const customer of SANDBOX_CUSTOMERS) {
    assert.ok(text.includes(customer.password), customer.username);
    assert.ok(text.includes(customer.totpSecret), customer.username);
  }
});

test('to a pipe or file (the JSON log stream) it names the customers and points at the README, with no secret', () => {
  const text = banner(facts, 3500, false);
  for (const customer of SANDBOX_CUSTOMERS) {
    assert.ok(!text.includes(customer.password), `${customer.username}'s password`);
    assert.ok(!text.includes(customer.totpSecret), `${customer.username}'s TOTP secret`);
    assert.ok(text.includes(customer.username));
  }
  assert.match(text, /README\.md, "Sandbox customers"/);
});

test('it says where the signing keys live', () => {
  assert.match(banner(facts, 3500, false), /Signing keys: +software keystore \/data\/keys\n/);
  assert.match(
    banner(
      {
        ...facts,
        keys: { ...facts.keys, location: 'PKCS#11 token "bank" (/usr/lib/softhsm/libsofthsm2.so)' },
      },
      3500,
      false,
    ),
    /Signing keys: +PKCS#11 token "bank"/,
  );
});

test('it links the API reference and the OpenAPI document on the browser host', () => {
  assert.match(
    banner(facts, 3500, false),
    /API reference: +https:\/\/localhost:8443\/docs \(OpenAPI 3\.1: https:\/\/localhost:8443\/openapi\.json\)\n/,
  );
  assert.match(
    banner(facts, 3500, false),
    /Postman collection: +https:\/\/localhost:8443\/postman\.json /,
  );
});

test('the commands it prints carry the settings that differ from the defaults', () => {
  const kit = /Onboard a TPP: +(.*)\n/;
  assert.equal(
    kit.exec(banner({ ...facts, config: loadConfig({}) }, 3500, false))?.[1],
    'npm run directory -- onboard --name "My App" --redirect-uri https://localhost:3000/cb',
  );
  const moved = banner(
    {
      ...facts,
      config: loadConfig({ DATA_DIR: '/srv/my bank', BROWSER_PORT: '9443', TPP_PORT: '9444' }),
    },
    3500,
    false,
  );
  assert.equal(
    kit.exec(moved)?.[1],
    'DATA_DIR=\'/srv/my bank\' ISSUER=https://localhost:9443 TPP_BASE_URL=https://localhost:9444 npm run directory -- onboard --name "My App" --redirect-uri https://localhost:3000/cb',
  );
  assert.match(
    moved,
    /Then its first intent: +DATA_DIR='\/srv\/my bank' ISSUER=\S+ TPP_BASE_URL=\S+ node --import tsx examples\/quickstart\.ts '\/srv\/my bank\/tpp-kits\/my-app'\n/,
  );
});
