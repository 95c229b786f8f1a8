import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { after, before, describe, test } from 'node:test';
import * as oauth from 'openid-client';
import { clientCredentials, registerTpp, type TppIdentity } from '../../examples/tpp-client.ts';
import { signCompactJws, type TppKit } from '../../certs/index.ts';
import { DIRECTORY_SSA_KEY_LABEL } from '../../certs/directory.ts';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { tlsFetch } from '../support/http.ts';

let platform: TestPlatform;
let kit: TppKit;
let identity: TppIdentity;

const REDIRECT = 'https://tpp.example/cb';

function identityOf(k: TppKit): TppIdentity {
  return {
    transportCertPem: k.transportCertPem,
    transportKeyPem: k.transportKeyPem,
    signingKeyJwk: k.signingKeyJwk,
    ssa: k.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  };
}

async function onboard(
  name = 'Acme Budgeting',
  roles: ('AISP' | 'PISP' | 'CBPII')[] = ['AISP', 'PISP', 'CBPII'],
): Promise<TppKit> {
  return platform.directory.onboard({
    name,
    redirectUris: [REDIRECT, 'https://tpp.example/cb2'],
    roles,
  });
}

/** A raw RFC 7591 request, for the cases openid-client would not send. */
async function register(body: unknown, k: TppKit = kit) {
  const response = await tlsFetch(
    `${platform.urls.tpp}/reg`,
    { ca: platform.serverTrustAnchorPem, cert: k.transportCertPem, key: k.transportKeyPem },
    {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    },
  );
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function clientCount(): Promise<number> {
  const [{ count }] = await platform
    .knex('authz.oidc_payloads')
    .where({ kind: 'Client' })
    .count<{ count: string }[]>('* as count');
  return Number(count);
}

const thumbprint = (pem: string) =>
  createHash('sha256').update(new X509Certificate(pem).raw).digest('base64url');

before(async () => {
  platform = await startTestPlatform();
  kit = await onboard();
  identity = identityOf(kit);
});
after(() => platform?.stop());

describe('discovery', () => {
  test('advertises the FAPI 2.0 / UK OB settings', async () => {
    const response = await tlsFetch(`${platform.urls.browser}/.well-known/openid-configuration`, {
      ca: platform.serverTrustAnchorPem,
    });
    const metadata = (await response.json()) as Record<string, any>;
    assert.equal(metadata.issuer, platform.urls.browser);
    assert.equal(metadata.require_pushed_authorization_requests, true);
    assert.equal(metadata.mtls_endpoint_aliases.token_endpoint, `${platform.urls.tpp}/token`);
    assert.equal(metadata.mtls_endpoint_aliases.registration_endpoint, `${platform.urls.tpp}/reg`);
    assert.equal(
      metadata.mtls_endpoint_aliases.pushed_authorization_request_endpoint,
      `${platform.urls.tpp}/par`,
    );
    assert.deepEqual(metadata.token_endpoint_auth_methods_supported.sort(), [
      'private_key_jwt',
      'tls_client_auth',
    ]);
    assert.deepEqual(metadata.id_token_signing_alg_values_supported.sort(), ['ES256', 'PS256']);
    assert.deepEqual(metadata.dpop_signing_alg_values_supported.sort(), ['ES256', 'PS256']);
    assert.ok(metadata.claims_supported.includes('openbanking_intent_id'));
    assert.ok(metadata.claims_supported.includes('acr'));
    assert.deepEqual(metadata.acr_values_supported, [
      'urn:openbanking:psd2:sca',
      'urn:openbanking:psd2:ca',
    ]);
    assert.deepEqual(metadata.response_types_supported, ['code']);
    assert.deepEqual(metadata.code_challenge_methods_supported, ['S256']);
    assert.equal(metadata.tls_client_certificate_bound_access_tokens, true);
    assert.equal(metadata.authorization_response_iss_parameter_supported, true);
  });

  test('both hosts advertise the same endpoints, and every one answers a client without a certificate (RFC 8414 section 2)', async () => {
    const ca = platform.serverTrustAnchorPem;
    const documents = await Promise.all(
      [platform.urls.browser, platform.urls.tpp].map(
        async (host) =>
          (await (
            await tlsFetch(`${host}/.well-known/openid-configuration`, { ca })
          ).json()) as Record<string, any>,
      ),
    );
    assert.deepEqual(documents[0], documents[1]);
    const metadata = documents[0]!;
    const tppEndpoints = [
      'token_endpoint',
      'pushed_authorization_request_endpoint',
      'registration_endpoint',
      'introspection_endpoint',
      'revocation_endpoint',
      'userinfo_endpoint',
    ];
    for (const member of tppEndpoints) {
      assert.ok(
        String(metadata[member]).startsWith(`${platform.urls.tpp}/`),
        `${member} is on the TPP host: ${metadata[member]}`,
      );
      assert.equal(
        metadata.mtls_endpoint_aliases[member],
        metadata[member],
        `${member}: the mTLS alias is the endpoint itself`,
      );
    }
    assert.equal(metadata.authorization_endpoint, `${platform.urls.browser}/auth`);
    assert.equal(metadata.jwks_uri, `${platform.urls.browser}/jwks`);
    assert.equal(metadata.claims_parameter_supported, true);
    // No certificate: each endpoint answers as itself (an OAuth error about the request), never
    // 404.
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    for (const member of [
      'token_endpoint',
      'pushed_authorization_request_endpoint',
      'introspection_endpoint',
      'revocation_endpoint',
    ]) {
      const response = await tlsFetch(
        metadata[member],
        { ca },
        { method: 'POST', headers: form, body: 'client_id=unknown-client' },
      );
      const body = (await response.json()) as { error?: string };
      assert.ok([400, 401].includes(response.status), `${member}: ${response.status}`);
      assert.equal(typeof body.error, 'string', `${member} answers an OAuth error`);
    }
    const registration = await tlsFetch(
      metadata.registration_endpoint,
      { ca },
      { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' },
    );
    assert.equal(registration.status, 400);
    assert.equal(typeof ((await registration.json()) as { error?: string }).error, 'string');
    const userinfo = await tlsFetch(metadata.userinfo_endpoint, { ca });
    assert.equal(userinfo.status, 401);
    const jwks = await tlsFetch(metadata.jwks_uri, { ca });
    assert.equal(jwks.status, 200);
  });

  test('GET on a POST-only endpoint is 405 with an OAuth error', async () => {
    const response = await tlsFetch(`${platform.urls.tpp}/par`, {
      ca: platform.serverTrustAnchorPem,
    });
    assert.equal(response.status, 405);
    assert.equal(response.headers.get('allow'), 'POST');
    assert.equal(((await response.json()) as { error?: string }).error, 'invalid_request');
  });

  test('the JWKS is served from the key provider: PS256 and ES256 public keys only', async () => {
    const response = await tlsFetch(`${platform.urls.browser}/jwks`, {
      ca: platform.serverTrustAnchorPem,
    });
    const { keys } = (await response.json()) as { keys: Record<string, unknown>[] };
    assert.deepEqual(keys.map((k) => k.alg).sort(), ['ES256', 'PS256']);
    for (const key of keys) assert.equal(key.d, undefined);
  });

  test('the token endpoint is not served on the browser host', async () => {
    const response = await tlsFetch(
      `${platform.urls.browser}/token`,
      { ca: platform.serverTrustAnchorPem },
      { method: 'POST' },
    );
    assert.equal(response.status, 404);
  });
});

describe('registration with openid-client and client-credentials tokens', () => {
  test('private_key_jwt + DPoP: token bound to the DPoP key; without a proof, to the certificate', async () => {
    const tpp = await registerTpp(platform.urls.browser, identity, {
      authMethod: 'private_key_jwt',
      binding: 'dpop',
    });
    const metadata = tpp.config.clientMetadata();
    assert.equal(metadata.client_name, 'Acme Budgeting');
    assert.equal(metadata.dpop_bound_access_tokens, true);
    assert.equal(metadata.software_id, kit.softwareId);
    assert.equal(metadata.org_id, kit.orgId);
    assert.ok(tpp.registrationAccessToken);

    const dpopToken = await clientCredentials(tpp, 'accounts', true);
    assert.equal(dpopToken.token_type.toLowerCase(), 'dpop');
    const introspected = await oauth.tokenIntrospection(tpp.config, dpopToken.access_token);
    assert.equal(introspected.active, true);
    const cnf = introspected.cnf as Record<string, string>;
    assert.ok(cnf.jkt);
    assert.equal(cnf['x5t#S256'], undefined);

    // UK profile: intents are created with a certificate-bound token even by a DPoP client.
    const bearer = await clientCredentials(tpp, 'payments', false);
    assert.equal(bearer.token_type.toLowerCase(), 'bearer');
    const found = await platform.authorizationServer.findAccessToken(bearer.access_token);
    assert.deepEqual(found?.cnf, { 'x5t#S256': thumbprint(kit.transportCertPem) });
    assert.equal(found?.kind, 'client_credentials');
    assert.deepEqual(found?.scopes, ['payments']);
  });

  test('tls_client_auth + mTLS binding', async () => {
    const tppKit = await onboard('Mutual Ltd', ['AISP']);
    const tpp = await registerTpp(platform.urls.browser, identityOf(tppKit), {
      authMethod: 'tls_client_auth',
      binding: 'mtls',
    });
    assert.match(
      String(tpp.config.clientMetadata().tls_client_auth_subject_dn),
      new RegExp(`CN=${tppKit.softwareId},OU=${tppKit.orgId}`),
    );
    const token = await clientCredentials(tpp, 'accounts');
    assert.equal(token.token_type.toLowerCase(), 'bearer');
    const found = await platform.authorizationServer.findAccessToken(token.access_token);
    assert.deepEqual(found?.cnf, { 'x5t#S256': thumbprint(tppKit.transportCertPem) });
    // Scopes are limited by the software statement's roles.
    await assert.rejects(
      clientCredentials(tpp, 'payments'),
      (e: any) => e.error === 'invalid_scope',
    );
  });

  test('RFC 7592: read, update and delete with the registration access token', async () => {
    const tppKit = await onboard('Managed Ltd', ['AISP']);
    const tpp = await registerTpp(platform.urls.browser, identityOf(tppKit), {
      authMethod: 'tls_client_auth',
      binding: 'mtls',
    });
    const auth = { authorization: `Bearer ${tpp.registrationAccessToken}` };
    const tls = {
      ca: platform.serverTrustAnchorPem,
      cert: tppKit.transportCertPem,
      key: tppKit.transportKeyPem,
    };
    const read = await tlsFetch(tpp.registrationClientUri, tls, { headers: auth });
    assert.equal(read.status, 200);
    const current = (await read.json()) as Record<string, unknown>;
    assert.equal(current.client_id, tpp.clientId);
    // A UUID: never an id that starts with '-', which command lines would read as an option.
    assert.match(
      tpp.clientId,
      /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );

    const {
      registration_access_token: _rat,
      registration_client_uri: _uri,
      client_id_issued_at: _iat,
      ...updatable
    } = current;
    const updated = await tlsFetch(tpp.registrationClientUri, tls, {
      method: 'PUT',
      headers: { ...auth, 'content-type': 'application/json' },
      body: JSON.stringify({
        ...updatable,
        software_statement: tppKit.ssa,
        redirect_uris: [REDIRECT],
        jwks: undefined,
      }),
    });
    assert.equal(updated.status, 200, await updated.clone().text());
    assert.deepEqual(((await updated.json()) as { redirect_uris: string[] }).redirect_uris, [
      REDIRECT,
    ]);

    const removed = await tlsFetch(tpp.registrationClientUri, tls, {
      method: 'DELETE',
      headers: auth,
    });
    assert.equal(removed.status, 204);
    assert.equal((await tlsFetch(tpp.registrationClientUri, tls, { headers: auth })).status, 401);
  });
});

describe('refused registrations write nothing', () => {
  const cases: [
    string,
    () => Promise<{ status: number; body: Record<string, unknown> }>,
    string,
    RegExp,
  ][] = [
    [
      'without a software statement',
      () => register({ token_endpoint_auth_method: 'tls_client_auth' }),
      'invalid_software_statement',
      /required/,
    ],
    [
      'with an SSA signed by another key',
      async () => {
        const [header, payload] = kit.ssa.split('.');
        const forged = `${header}.${payload}.${Buffer.from('not the directory').toString('base64url')}`;
        return register({ software_statement: forged });
      },
      'invalid_software_statement',
      /signature/,
    ],
    [
      'with an expired SSA',
      async () => {
        const k = await onboard('Expired Ltd');
        const claims = JSON.parse(Buffer.from(k.ssa.split('.')[1]!, 'base64url').toString('utf8'));
        const directoryKey = await platform.keys.getOrCreate(DIRECTORY_SSA_KEY_LABEL, 'PS256');
        const expired = await signCompactJws(
          directoryKey,
          { typ: 'JWT' },
          { ...claims, iat: claims.iat - 7200, exp: claims.iat - 3600 },
        );
        return register({ software_statement: expired }, k);
      },
      'invalid_software_statement',
      /expired/,
    ],
    [
      'with a foreign redirect URI',
      async () => {
        const k = await onboard('Redirect Ltd');
        return register(
          { software_statement: k.ssa, redirect_uris: ['https://evil.example/cb'] },
          k,
        );
      },
      'invalid_redirect_uri',
      /evil\.example/,
    ],
    [
      'with RS256',
      async () => {
        const k = await onboard('Rsa Ltd');
        return register({ software_statement: k.ssa, token_endpoint_auth_signing_alg: 'RS256' }, k);
      },
      'invalid_client_metadata',
      /RS256/,
    ],
    [
      'with client_secret_basic',
      async () => {
        const k = await onboard('Secret Ltd');
        return register(
          { software_statement: k.ssa, token_endpoint_auth_method: 'client_secret_basic' },
          k,
        );
      },
      'invalid_client_metadata',
      /token_endpoint_auth_method/,
    ],
    [
      'with the certificate of another TPP',
      async () => {
        const other = await onboard('Other Ltd');
        const k = await onboard('Victim Ltd');
        return register(
          { software_statement: k.ssa },
          {
            ...k,
            transportCertPem: other.transportCertPem,
            transportKeyPem: other.transportKeyPem,
          },
        );
      },
      'invalid_software_statement',
      /transport certificate/,
    ],
    [
      'with a scope beyond the roles',
      async () => {
        const k = await onboard('Aisp Only Ltd', ['AISP']);
        return register({ software_statement: k.ssa, scope: 'openid accounts payments' }, k);
      },
      'invalid_client_metadata',
      /payments/,
    ],
  ];
  for (const [name, attempt, error, description] of cases) {
    test(name, async () => {
      const before = await clientCount();
      const { status, body } = await attempt();
      assert.equal(status, 400, JSON.stringify(body));
      assert.equal(body.error, error);
      assert.match(String(body.error_description), description);
      assert.equal(await clientCount(), before);
    });
  }

  test('a replayed software statement', async () => {
    const k = await onboard('Replay Ltd');
    const first = await register(
      { software_statement: k.ssa, token_endpoint_auth_method: 'tls_client_auth' },
      k,
    );
    assert.equal(first.status, 201, JSON.stringify(first.body));
    const count = await clientCount();
    const second = await register(
      { software_statement: k.ssa, token_endpoint_auth_method: 'tls_client_auth' },
      k,
    );
    assert.equal(second.status, 400);
    assert.equal(second.body.error, 'invalid_software_statement');
    assert.match(String(second.body.error_description), /already been used/);
    assert.equal(await clientCount(), count);
  });

  test('without a transport certificate', async () => {
    const response = await tlsFetch(
      `${platform.urls.tpp}/reg`,
      { ca: platform.serverTrustAnchorPem },
      {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ software_statement: kit.ssa }),
      },
    );
    assert.equal(response.status, 400);
    assert.match(
      ((await response.json()) as { error_description: string }).error_description,
      /mutual TLS/,
    );
  });
});
