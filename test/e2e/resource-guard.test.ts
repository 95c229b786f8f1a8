import assert from 'node:assert/strict';
import { randomBytes, randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import type { Knex } from 'knex';
import { accessTokenFinder } from '../../authz/index.ts';
import { revokeGrantTokens } from '../../authz/index.ts';
import { revokeConsent } from '../../openbanking/index.ts';
import { ensureDevPki } from '../../certs/index.ts';
import {
  clientCredentials,
  deleteIntent,
  type RegisteredTpp,
  type TppIdentity,
} from '../../examples/tpp-client.ts';
import { usageCounter, type UsageCounter } from '../../metering/index.ts';
import { createKnex } from '../../platform/database.ts';
import { createHostApp } from '../../platform/http/host-app.ts';
import { startListener, type Listener } from '../../platform/http/listener.ts';
import { createLogger } from '../../platform/logging.ts';
import { databaseCheck } from '../../platform/readiness.ts';
import { accessTokenHash } from '../../resource-server/guard/dpop-proof.ts';
import { createResourceServer } from '../../resource-server/index.ts';
import { ALICE, authorizeIntent, type CodeTokens } from '../support/customer-consent.ts';
import { tlsFetch } from '../support/http.ts';
import { inDays } from '../support/intent-requests.ts';
import { obResponseBody } from '../support/ob-spec.ts';
import { freePort, startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { createdIntentId, onboardTpp } from '../support/tpp.ts';
import { loadSecrets } from '../../platform/secrets.ts';

/**
 * The resource guard, failure by failure, through real TLS against the whole platform: each
 * refusal has its status, its `WWW-Authenticate` challenge (401) or OB error code (403), and a
 * body exactly as the OB document gives it. Also: a DPoP proof spent on one resource-server
 * instance is refused by a second one on the same database, and a consent revoked or expired
 * kills its token on the next request.
 */

const REDIRECT = 'https://tpp.example/cb';
const ACCOUNTS = '/open-banking/v3.1/aisp/accounts';

let platform: TestPlatform;
let dpopTpp: RegisteredTpp;
let dpopIdentity: TppIdentity;
let mtlsTpp: RegisteredTpp;
let mtlsIdentity: TppIdentity;

before(async () => {
  platform = await startTestPlatform();
  ({ tpp: dpopTpp, identity: dpopIdentity } = await onboardTpp(platform, {
    name: 'Budget Buddy',
    roles: ['AISP'],
    redirectUri: REDIRECT,
  }));
  ({ tpp: mtlsTpp, identity: mtlsIdentity } = await onboardTpp(platform, {
    name: 'Ledger Lens',
    roles: ['AISP'],
    redirectUri: REDIRECT,
    register: { authMethod: 'tls_client_auth', binding: 'mtls' },
  }));
});
after(() => platform?.stop());

const intent = (tpp: RegisteredTpp, permissions: string[]) =>
  createdIntentId(tpp, 'account-access', {
    Data: { Permissions: permissions, ExpirationDateTime: inDays(30) },
    Risk: {},
  });

/** A consent Alice authorised (her first account only), and its token. */
async function authorised(
  tpp: RegisteredTpp,
  permissions = ['ReadAccountsDetail', 'ReadBalances'],
): Promise<{ consentId: string; tokens: CodeTokens }> {
  const consentId = await intent(tpp, permissions);
  return {
    consentId,
    tokens: await authorizeIntent(platform, tpp, consentId, {
      redirectUri: REDIRECT,
      accounts: 'first',
    }),
  };
}

interface ProofOptions {
  method?: string;
  url?: string;
  accessToken: string;
  keys?: CryptoKeyPair;
  jti?: string;
}

/** An RFC 9449 proof built by hand, so each claim can be got wrong on purpose. */
async function proof(options: ProofOptions): Promise<string> {
  const keys = options.keys ?? dpopTpp.dpopKeys!;
  return new SignJWT({
    jti: options.jti ?? randomUUID(),
    htm: options.method ?? 'GET',
    htu: options.url ?? `${platform.urls.tpp}${ACCOUNTS}`,
    iat: Math.floor(Date.now() / 1000),
    ath: accessTokenHash(options.accessToken),
  })
    .setProtectedHeader({ typ: 'dpop+jwt', alg: 'ES256', jwk: await exportJWK(keys.publicKey) })
    .sign(keys.privateKey);
}

interface Call {
  path?: string;
  headers?: Record<string, string>;
  /** Whose transport certificate the connection shows; none: no client certificate. */
  identity?: TppIdentity | null;
  base?: string;
  ca?: string[];
}

/**
 * A raw request over TLS, and its body checked against the OB document's response for GET
 * /accounts.
 */
async function call(options: Call) {
  const identity = options.identity === undefined ? dpopIdentity : options.identity;
  const response = await tlsFetch(
    `${options.base ?? platform.urls.tpp}${options.path ?? ACCOUNTS}`,
    {
      ca: options.ca ?? platform.serverTrustAnchorPem,
      ...(identity && { cert: identity.transportCertPem, key: identity.transportKeyPem }),
    },
    { headers: { accept: 'application/json', ...options.headers } },
  );
  const body = await obResponseBody('account-info', 'GET', '/accounts', response);
  return {
    status: response.status,
    challenge: response.headers.get('www-authenticate') ?? '',
    body,
  };
}

async function withDpop(accessToken: string, extra: Partial<ProofOptions> = {}, call_: Call = {}) {
  return call({
    ...call_,
    headers: {
      authorization: `DPoP ${accessToken}`,
      dpop: await proof({ accessToken, ...extra }),
      ...call_.headers,
    },
  });
}

describe('token problems: 401 with a challenge and no body', () => {
  let tokens: CodeTokens;
  before(async () => {
    ({ tokens } = await authorised(dpopTpp));
  });

  test('the control: the same token with a good proof reads the accounts', async () => {
    const { status, body } = await withDpop(tokens.access_token);
    assert.equal(status, 200);
    assert.equal(body.Data.Account.length, 1);
  });

  test('no token: both schemes are challenged, without an error code', async () => {
    const { status, challenge, body } = await call({});
    assert.equal(status, 401);
    assert.equal(body, null);
    assert.match(challenge, /^DPoP algs="ES256 PS256", Bearer$/);
  });

  test('a token in the query is refused outright (400 Field.Unexpected)', async () => {
    const { status, body } = await call({
      path: `${ACCOUNTS}?access_token=${tokens.access_token}`,
    });
    assert.equal(status, 400);
    assert.equal(body.Errors[0].ErrorCode, 'UK.OBIE.Field.Unexpected');
    assert.equal(body.Errors[0].Path, 'access_token');
  });

  test('an unknown token: invalid_token', async () => {
    const unknown = randomBytes(32).toString('base64url');
    const { status, challenge } = await withDpop(unknown);
    assert.equal(status, 401);
    assert.match(challenge, /^DPoP error="invalid_token"/);
  });

  test('a DPoP-bound token with the Bearer scheme, or another scheme: refused', async () => {
    const bearer = await call({ headers: { authorization: `Bearer ${tokens.access_token}` } });
    assert.equal(bearer.status, 401);
    assert.match(bearer.challenge, /^DPoP error="invalid_token"/);
    const basic = await call({ headers: { authorization: `Basic ${tokens.access_token}` } });
    assert.equal(basic.status, 401);
    assert.doesNotMatch(basic.challenge, /error=/);
  });

  test('a missing or bad DPoP proof: invalid_dpop_proof', async () => {
    const missing = await call({ headers: { authorization: `DPoP ${tokens.access_token}` } });
    assert.equal(missing.status, 401);
    assert.match(missing.challenge, /^DPoP error="invalid_dpop_proof"/);
    const otherKey = await generateKeyPair('ES256');
    for (const bad of [
      { url: `${platform.urls.tpp}/open-banking/v3.1/aisp/balances` },
      { method: 'POST' },
      { accessToken: 'another-token' },
      { keys: otherKey },
    ]) {
      const { status, challenge } = await withDpop(tokens.access_token, bad);
      assert.equal(status, 401, JSON.stringify(Object.keys(bad)));
      assert.match(challenge, /^DPoP error="invalid_dpop_proof"/);
    }
  });

  test('a certificate-bound token on a connection with another certificate, or none: invalid_token', async () => {
    const { tokens: mtlsTokens } = await authorised(mtlsTpp);
    const own = await call({
      identity: mtlsIdentity,
      headers: { authorization: `Bearer ${mtlsTokens.access_token}` },
    });
    assert.equal(own.status, 200);
    const other = await call({
      identity: dpopIdentity,
      headers: { authorization: `Bearer ${mtlsTokens.access_token}` },
    });
    assert.equal(other.status, 401);
    assert.match(
      other.challenge,
      /^Bearer error="invalid_token", error_description="[^"]*another client certificate/,
    );
    const none = await call({
      identity: null,
      headers: { authorization: `Bearer ${mtlsTokens.access_token}` },
    });
    assert.equal(none.status, 401);
    assert.match(none.challenge, /mutual TLS is required/);
  });
});

describe('consent problems', () => {
  test('a client-credentials token: 403 (wrong grant)', async () => {
    const token = await clientCredentials(mtlsTpp, 'accounts');
    const { status, body } = await call({
      identity: mtlsIdentity,
      headers: { authorization: `Bearer ${token.access_token}` },
    });
    assert.equal(status, 403);
    assert.equal(body.Errors[0].ErrorCode, 'UK.SandboxBank.WrongGrantType');
  });

  test('a permission the consent lacks: 403 PermissionMissing', async () => {
    const { tokens } = await authorised(dpopTpp, ['ReadAccountsBasic']);
    const url = `${platform.urls.tpp}/open-banking/v3.1/aisp/balances`;
    const { status, body } = await withDpop(
      tokens.access_token,
      { url },
      { path: '/open-banking/v3.1/aisp/balances' },
    );
    assert.equal(status, 403);
    assert.equal(body.Errors[0].ErrorCode, 'UK.SandboxBank.PermissionMissing');
    assert.match(body.Errors[0].Message, /ReadBalances/);
  });

  test('an account not in the consent, known or not: 403 AccountNotInConsent', async () => {
    const { tokens } = await authorised(dpopTpp);
    const shared = (await withDpop(tokens.access_token)).body.Data.Account[0].AccountId;
    const notShared = [ALICE.current.id, ALICE.savings.id].find((id) => id !== shared)!;
    for (const accountId of [notShared, randomUUID(), 'x']) {
      const path = `${ACCOUNTS}/${accountId}`;
      const { status, body } = await withDpop(
        tokens.access_token,
        { url: `${platform.urls.tpp}${path}` },
        { path },
      );
      assert.equal(status, 403, accountId);
      assert.equal(body.Errors[0].ErrorCode, 'UK.SandboxBank.AccountNotInConsent');
    }
    const path = `${ACCOUNTS}/${shared}`;
    assert.equal(
      (await withDpop(tokens.access_token, { url: `${platform.urls.tpp}${path}` }, { path }))
        .status,
      200,
    );
  });

  const killedOnNextRequest = async (
    kill: (consentId: string) => Promise<unknown>,
    reason: RegExp,
  ) => {
    const { consentId, tokens } = await authorised(dpopTpp);
    assert.equal((await withDpop(tokens.access_token)).status, 200);
    await kill(consentId);
    const { status, challenge, body } = await withDpop(tokens.access_token);
    assert.equal(status, 401);
    assert.equal(body, null);
    assert.match(challenge, /^DPoP error="invalid_token"/);
    assert.match(challenge, reason);
  };

  // Revocation by the customer or the TPP also deletes the grant's tokens, in the same transaction.
  test('revoked by the customer: 401 invalid_token on the next request', async () => {
    await killedOnNextRequest(
      async (consentId) =>
        assert.ok(await revokeConsent(platform.knex, consentId, ALICE.id, revokeGrantTokens)),
      /not active/,
    );
  });

  test('deleted by the TPP: 401 invalid_token on the next request', async () => {
    await killedOnNextRequest(async (consentId) => {
      const response = await deleteIntent(
        dpopTpp,
        await clientCredentials(dpopTpp, 'accounts'),
        'account-access',
        consentId,
      );
      assert.equal(response.status, 204);
    }, /not active/);
  });

  test('expired: 401 invalid_token', async () => {
    await killedOnNextRequest(
      (consentId) =>
        platform
          .knex('openbanking.consents')
          .where({ id: consentId })
          .update({ expires_at: new Date(Date.now() - 1000) }),
      /expired/,
    );
  });

  test('any status but Authorised: 401 invalid_token', async () => {
    await killedOnNextRequest(
      (consentId) =>
        platform
          .knex('openbanking.consents')
          .where({ id: consentId })
          .update({ status: 'Rejected' }),
      /Rejected/,
    );
  });
});

describe('two resource-server instances on one database', () => {
  let knex: Knex;
  let listener: Listener;
  let secondBase: string;
  let ca: string[];
  let usage: UsageCounter;

  before(async () => {
    // A second instance as a bank would scale it: its own process state and pool, the same database
    // and public URL.
    knex = createKnex(platform.config.databaseUrl!);
    const logger = createLogger({ level: 'silent' });
    const certificates = {
      trustedProxies: platform.config.trustedProxies,
      header: platform.config.clientCertHeader,
    };
    const pki = await ensureDevPki({
      dir: join(platform.dataDir, 'pki'),
      keys: platform.keys,
      hostnames: ['localhost'],
    });
    const { dataEncryptionKey } = await loadSecrets(platform.dataDir);
    usage = usageCounter(knex, logger);
    const resourceServer = createResourceServer({
      config: platform.config,
      knex,
      logger,
      keys: platform.keys,
      dataEncryptionKey,
      certificates,
      findAccessToken: accessTokenFinder(knex),
      usage,
    });
    const app = createHostApp({
      host: 'tpp',
      logger,
      knex,
      certificates,
      readiness: [databaseCheck(knex)],
      parts: [resourceServer],
    });
    listener = await startListener({
      name: 'tpp-2',
      host: 'tpp',
      portVariable: 'TPP_PORT',
      port: await freePort(),
      bindAddress: '127.0.0.1',
      tls: {
        cert: pki.serverCertPem,
        key: pki.serverKeyPem,
        ca: [platform.directory.caCertPem, pki.caCertPem],
      },
      requestClientCertificate: true,
      handler: app.callback(),
      logger,
      limits: platform.config.connections,
      hstsMaxAgeSeconds: platform.config.hstsMaxAgeSeconds,
    });
    secondBase = `https://localhost:${listener.port}`;
    ca = [platform.serverTrustAnchorPem, pki.caCertPem];
  });
  after(async () => {
    await listener?.close();
    await usage?.stop();
    await knex?.destroy();
  });

  test('a DPoP proof used on one instance is refused by the other', async () => {
    const { tokens } = await authorised(dpopTpp);
    const headers = {
      authorization: `DPoP ${tokens.access_token}`,
      dpop: await proof({ accessToken: tokens.access_token }),
    };
    assert.equal((await call({ headers })).status, 200);
    const replayed = await call({ headers, base: secondBase, ca });
    assert.equal(replayed.status, 401);
    assert.match(
      replayed.challenge,
      /^DPoP error="invalid_dpop_proof", error_description="the DPoP proof has been used before"/,
    );
    // The second instance is a working one: a fresh proof passes there.
    const fresh = await call({
      headers: { ...headers, dpop: await proof({ accessToken: tokens.access_token }) },
      base: secondBase,
      ca,
    });
    assert.equal(fresh.status, 200);
  });
});
