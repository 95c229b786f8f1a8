import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { tlsFetch } from '../support/http.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * Per-address rate limits behind a TLS-terminating proxy (README "Production"): the address
 * counted is the one the trusted proxy forwards in X-Forwarded-For, so the bank's one gateway is
 * not one client. The tests connect from loopback, which this platform trusts as its proxy.
 */

const REGISTRATIONS = 2;
let platform: TestPlatform;

before(async () => {
  platform = await startTestPlatform({
    hsm: false,
    env: { TRUSTED_PROXIES: '127.0.0.1', RATE_LIMITS: `registration=${REGISTRATIONS}/3600` },
  });
});
after(async () => platform?.stop());

const register = (forwardedFor: string) =>
  tlsFetch(
    `${platform.urls.tpp}/reg`,
    { ca: platform.serverTrustAnchorPem },
    {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: '{}',
    },
  );

test('each forwarded address has its own bucket; what a client wrote before the proxy is not believed', async () => {
  for (let i = 0; i < REGISTRATIONS; i += 1)
    assert.notEqual((await register('198.51.100.1')).status, 429);
  assert.equal((await register('198.51.100.1')).status, 429, 'the third from one address');
  // The client's own entry comes first; the proxy's (the last) is the one counted.
  assert.equal((await register('203.0.113.9, 198.51.100.1')).status, 429);
  assert.notEqual((await register('198.51.100.2')).status, 429, 'another address is not spent');
});
