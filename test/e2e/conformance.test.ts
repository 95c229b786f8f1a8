import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  Connections,
  MANIFEST_FILE,
  runSelfCheck,
  supportedVariants,
  suitePlanArgument,
  variantSlug,
  writePlans,
  type Deployment,
  type PlanEntry,
} from '../../conformance/index.ts';
import { CONFORMANCE_CUSTOMER } from '../../db/seeds/index.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';

/**
 * conformance/ against the real platform (started with CONFORMANCE_CUSTOMER=true): the suite's plan
 * configurations it writes, and the self-check, which drives the bank as the suite's FAPI 2.0
 * modules do (openid-client, the plans' browser steps in chromium) and must pass every check.
 * `npm run conformance -- check` runs all variants; this test runs a set that takes every value of
 * every variant axis and every kind of check (about a minute on two cores).
 */

const SUITE = 'https://suite.example';
const COVERING_VARIANTS = [
  'sp-ukob-oidc-mtlsauth-mtls',
  'sp-ukob-oauth-pkjwt-dpop',
  'sp-fapi-oauth-pkjwt-dpop',
  'sp-fapi-oidc-pkjwt-mtls',
  'sp-fapi-oidc-mtlsauth-dpop-rar',
  'ms-fapi-oidc-pkjwt-dpop-jar-jarm',
  'ms-ukob-oauth-mtlsauth-dpop-jar',
  'ms-fapi-oauth-mtlsauth-mtls-jarm',
];

let platform: TestPlatform;
let deployment: Deployment;

before(async () => {
  platform = await startTestPlatform({ env: { CONFORMANCE_CUSTOMER: 'true', LOG_LEVEL: 'warn' } });
  deployment = {
    issuer: platform.urls.browser,
    tppBaseUrl: platform.urls.tpp,
    bankCaPem: platform.serverTrustAnchorPem,
    directoryCaPem: platform.directory.caCertPem,
    onboard: (request) => platform.directory.onboard(request),
  };
});
after(() => platform?.stop());

describe('the variants', () => {
  test('every combination the bank supports, named as the suite names them; JARM not with the UK profile, RAR with plain FAPI', () => {
    const variants = supportedVariants();
    const slugs = variants.map(variantSlug);
    assert.equal(new Set(slugs).size, variants.length, 'each variant has its own name');
    // 16 Security Profile combinations + 8 with RAR; Message Signing: 16 signed + 8 JARM + 8 signed
    // JARM.
    assert.equal(variants.length, 56);
    assert.ok(
      !variants.some(
        (variant) =>
          variant.profile === 'openbanking_uk' &&
          (variant.responseMode === 'jarm' || variant.authorizationRequestType === 'rar'),
      ),
    );
    for (const slug of COVERING_VARIANTS) assert.ok(slugs.includes(slug), slug);
    assert.equal(
      suitePlanArgument(
        variants.find((variant) => variantSlug(variant) === 'ms-fapi-oidc-pkjwt-dpop-jar-jarm')!,
      ),
      'fapi2-message-signing-final-test-plan[fapi_profile=plain_fapi][openid=openid_connect][client_auth_type=private_key_jwt][sender_constrain=dpop][authorization_request_type=simple][fapi_request_method=signed_non_repudiation][fapi_response_mode=jarm]',
    );
  });
});

describe('plans', () => {
  let outDir: string;
  let entries: PlanEntry[];
  const chosen = supportedVariants().filter((variant) =>
    ['sp-ukob-oidc-mtlsauth-mtls', 'sp-fapi-oauth-pkjwt-dpop-rar'].includes(variantSlug(variant)),
  );

  before(async () => {
    outDir = join(await mkdtemp(join(tmpdir(), 'conformance-plans-')), 'plans');
    const connections = new Connections(deployment.bankCaPem);
    try {
      entries = await writePlans(deployment, connections, {
        suiteBaseUrl: SUITE,
        outDir,
        aliasPrefix: 'bank',
        variants: chosen,
      });
    } finally {
      await connections.close();
    }
  });
  after(() => rm(join(outDir, '..'), { recursive: true, force: true }));
  const entry = (slug: string) =>
    entries.find((candidate) => candidate.configFile === `${slug}.json`)!;
  const configOf = async (slug: string) =>
    JSON.parse(await readFile(join(outDir, entry(slug).configFile), 'utf8'));

  test('a manifest names each plan, its variant and its file, all readable by the owner only (private keys)', async () => {
    assert.deepEqual(JSON.parse(await readFile(join(outDir, MANIFEST_FILE), 'utf8')), entries);
    assert.deepEqual(entries.map((entry) => entry.configFile).sort(), [
      'sp-fapi-oauth-pkjwt-dpop-rar.json',
      'sp-ukob-oidc-mtlsauth-mtls.json',
    ]);
    assert.deepEqual(entry('sp-ukob-oidc-mtlsauth-mtls').variant, {
      fapi_profile: 'openbanking_uk',
      openid: 'openid_connect',
      client_auth_type: 'mtls',
      sender_constrain: 'mtls',
      authorization_request_type: 'simple',
    });
    for (const file of [MANIFEST_FILE, ...entries.map((entry) => entry.configFile)]) {
      assert.equal((await stat(join(outDir, file))).mode & 0o777, 0o600, file);
    }
  });

  test('a UK config: two registered clients with private keys and transport certificates, the intent and accounts URLs, browser steps', async () => {
    const config = await configOf('sp-ukob-oidc-mtlsauth-mtls');
    assert.equal(config.alias, 'bank-sp-ukob-oidc-mtlsauth-mtls');
    assert.equal(
      config.server.discoveryUrl,
      `${platform.urls.browser}/.well-known/openid-configuration`,
    );
    assert.notEqual(config.client.client_id, config.client2.client_id);
    assert.equal(config.client.scope, 'openid accounts');
    for (const [client, mtls] of [
      [config.client, config.mtls],
      [config.client2, config.mtls2],
    ]) {
      assert.ok(client.jwks.keys[0].d, 'the private signing key');
      assert.match(mtls.cert, /BEGIN CERTIFICATE/);
      assert.match(mtls.key, /PRIVATE KEY/);
      assert.equal(mtls.ca, platform.directory.caCertPem);
      const registered = await platform
        .knex('authz.oidc_payloads')
        .where({ kind: 'Client', id: client.client_id })
        .first();
      assert.deepEqual(registered.payload.redirect_uris, [
        `${SUITE}/test/a/bank-sp-ukob-oidc-mtlsauth-mtls/callback`,
        `${SUITE}/test/a/bank-sp-ukob-oidc-mtlsauth-mtls/callback?dummy1=lorem&dummy2=ipsum`,
      ]);
      assert.equal(registered.payload.token_endpoint_auth_method, 'tls_client_auth');
    }
    const base = `${platform.urls.tpp}/open-banking/v3.1/aisp/`;
    assert.deepEqual(config.resource, {
      resourceUrl: base,
      resourceUrlAccountRequests: base,
      resourceUrlAccountsResource: base,
    });
    const [steps] = config.browser;
    assert.equal(steps.match, `${platform.urls.browser}/auth*`);
    assert.deepEqual(steps.tasks[0].commands.slice(0, 2), [
      ['text', 'id', 'username', CONFORMANCE_CUSTOMER.username],
      ['text', 'id', 'password', CONFORMANCE_CUSTOMER.password],
    ]);
    assert.deepEqual(steps.tasks[1].commands[0], [
      'text',
      'id',
      'code',
      CONFORMANCE_CUSTOMER.fixedCode,
    ]);
    assert.equal(
      steps.tasks.at(-1).match,
      `${SUITE}/test/a/bank-sp-ukob-oidc-mtlsauth-mtls/callback*`,
    );
    assert.ok(config.override['fapi2-security-profile-final-user-rejects-authentication'].browser);
  });

  test('a plain FAPI RAR config for a client without a certificate: no mtls, the accounts URL, the authorization details', async () => {
    const config = await configOf('sp-fapi-oauth-pkjwt-dpop-rar');
    assert.equal(
      config.mtls,
      undefined,
      'a private_key_jwt + DPoP client presents no certificate in plain FAPI',
    );
    assert.equal(config.client.scope, 'accounts');
    assert.equal(
      config.resource.resourceUrl,
      `${platform.urls.tpp}/open-banking/v3.1/aisp/accounts`,
    );
    assert.equal(config.resource.richAuthorizationRequest[0].type, 'account_information');
    const registered = await platform
      .knex('authz.oidc_payloads')
      .where({ kind: 'Client', id: config.client.client_id })
      .first();
    assert.equal(registered.payload.token_endpoint_auth_method, 'private_key_jwt');
    assert.equal(registered.payload.dpop_bound_access_tokens, true);
  });
});

describe('self-check', () => {
  test('every check of a set of variants covering every axis passes against the platform', async () => {
    const lines: string[] = [];
    const variants = supportedVariants().filter((variant) =>
      COVERING_VARIANTS.includes(variantSlug(variant)),
    );
    const report = await runSelfCheck(deployment, {
      suiteBaseUrl: SUITE,
      aliasPrefix: 'self-check',
      variants,
      write: (line) => lines.push(line),
    });
    process.stdout.write(`${lines.join('\n')}\n${report.summary()}\n`);
    assert.equal(
      new Set(report.results.map((result) => result.variant)).size,
      COVERING_VARIANTS.length,
    );
    // Each variant ran its happy flow through to the resource and its refusals.
    for (const slug of COVERING_VARIANTS) {
      const names = report.results
        .filter((result) => result.variant === slug)
        .map((result) => result.name);
      assert.ok(
        names.some((name) => name.startsWith('resource: GET accounts')),
        `${slug} read accounts`,
      );
      assert.ok(
        names.some((name) => name.startsWith('the code used again')),
        `${slug} reused its code`,
      );
    }
    assert.equal(report.failed, 0, lines.filter((line) => line.startsWith('FAIL')).join('\n'));
  });
});
