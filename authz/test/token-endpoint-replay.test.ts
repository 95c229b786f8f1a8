import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  clientAssertion,
  dpopProof,
  importSigningKey,
  newDpopKey,
  type DpopKey,
  type SigningKey,
} from '../../bench/proofs.ts';
import type { TppKit } from '../../certs/index.ts';
import { registerTpp } from '../../examples/tpp-client.ts';
import { tlsAgent } from '../../test/support/http.ts';
import { startTestPlatform, type TestPlatform } from '../../test/support/platform.ts';
import { fetch, type Agent } from 'undici';

let platform: TestPlatform;
let kit: TppKit;
let agent: Agent;
let clientId: string;
let signer: SigningKey;
let dpop: DpopKey;

before(async () => {
  platform = await startTestPlatform({ hsm: false });
  kit = await platform.directory.onboard({
    name: 'Replay Checks Ltd',
    redirectUris: ['https://tpp.example/cb'],
    roles: ['AISP'],
  });
  const tpp = await registerTpp(platform.urls.browser, {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  });
  clientId = tpp.clientId;
  signer = await importSigningKey(kit.signingKeyJwk);
  dpop = await newDpopKey();
  agent = tlsAgent({
    ca: platform.serverTrustAnchorPem,
    cert: kit.transportCertPem,
    key: kit.transportKeyPem,
  });
});
after(async () => {
  await agent?.close();
  await platform?.stop();
});

const tokenUrl = () => `${platform.urls.tpp}/token`;

async function requestToken(credentials: { assertion: string; proof: string }) {
  const response = await fetch(tokenUrl(), {
    method: 'POST',
    dispatcher: agent,
    headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: credentials.proof },
    body: new URLSearchParams({
      grant_type: 'client_credentials',
      scope: 'accounts',
      client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
      client_assertion: credentials.assertion,
    }).toString(),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function fresh() {
  return {
    assertion: await clientAssertion(signer, clientId, platform.urls.browser, 60),
    proof: await dpopProof(dpop, { method: 'POST', url: tokenUrl() }),
  };
}

describe('one-time values at the token endpoint (client assertion and DPoP jti)', () => {
  test('a reused client assertion is refused as invalid_client', async () => {
    const first = await fresh();
    assert.equal((await requestToken(first)).status, 200);
    const again = await requestToken({ assertion: first.assertion, proof: (await fresh()).proof });
    assert.equal(again.status, 401);
    assert.equal(again.body.error, 'invalid_client');
  });

  test('a reused DPoP proof is refused, and the refusal names the replay', async () => {
    const first = await fresh();
    assert.equal((await requestToken(first)).status, 200);
    const again = await requestToken({ assertion: (await fresh()).assertion, proof: first.proof });
    assert.equal(again.status, 400);
    assert.equal(again.body.error, 'invalid_grant');
  });

  test('of concurrent requests with the same assertion, exactly one gets a token', async () => {
    const shared = (await fresh()).assertion;
    const proofs = await Promise.all(Array.from({ length: 6 }, async () => (await fresh()).proof));
    const results = await Promise.all(
      proofs.map((proof) => requestToken({ assertion: shared, proof })),
    );
    assert.equal(results.filter((r) => r.status === 200).length, 1);
    assert.ok(
      results.filter((r) => r.status !== 200).every((r) => r.body.error === 'invalid_client'),
    );
  });

  // Round trips are most of a token request's cost (bench/workloads/token.ts): one INSERT per
  // one-time value, the token, and the client's row unless read in the last moments
  // (CLIENT_CACHE_TTL_MS). oidc-provider's default would add a SELECT before each replay insert.
  test('a token costs at most four database round trips: client, two one-time values, the token', async () => {
    await requestToken(await fresh());
    const statements: string[] = [];
    const onQuery = (query: { sql: string }) => statements.push(query.sql.trim());
    platform.knex.on('query', onQuery);
    try {
      assert.equal((await requestToken(await fresh())).status, 200);
    } finally {
      platform.knex.off('query', onQuery);
    }
    const listing = statements.join('\n');
    assert.equal(
      statements.filter((sql) => /^insert into authz\.replay/i.test(sql)).length,
      2,
      listing,
    );
    assert.equal(
      statements.filter((sql) => /^insert into "?authz"?\."?oidc_payloads"?/i.test(sql)).length,
      1,
      listing,
    );
    assert.ok(statements.filter((sql) => /^select/i.test(sql)).length <= 1, listing);
    assert.ok(statements.length <= 4, listing);
  });
});
