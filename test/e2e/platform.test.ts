import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { connect } from 'node:tls';
import { after, before, describe, test } from 'node:test';
import { startTestPlatform, type TestPlatform } from '../support/platform.ts';
import { tlsFetch } from '../support/http.ts';
import { SANDBOX_CUSTOMERS, seedSandboxBank } from '../../db/seeds/sandbox-bank.ts';
import { loadSecrets } from '../../platform/secrets.ts';

let platform: TestPlatform;
let kit: { transportCertPem: string; transportKeyPem: string };

before(async () => {
  platform = await startTestPlatform();
  kit = await platform.directory.onboard({
    name: 'Health Check Ltd',
    redirectUris: ['https://tpp.example/cb'],
    roles: ['AISP'],
  });
});
after(() => platform?.stop());

describe('both hosts over real TLS', () => {
  test('the browser host answers /health with the database up', async () => {
    const response = await tlsFetch(`${platform.urls.browser}/health`, {
      ca: platform.serverTrustAnchorPem,
    });
    assert.equal(response.status, 200);
    assert.deepEqual(await response.json(), { status: 'ok', host: 'browser', database: 'up' });
    assert.equal(response.headers.get('cache-control'), 'no-store');
    assert.match(response.headers.get('x-fapi-interaction-id') ?? '', /^[0-9a-f-]{36}$/);
  });

  test('the TPP host sees the transport certificate and its x5t#S256', async () => {
    const response = await tlsFetch(`${platform.urls.tpp}/health`, {
      ca: platform.serverTrustAnchorPem,
      cert: kit.transportCertPem,
      key: kit.transportKeyPem,
    });
    assert.equal(response.status, 200);
    const body = (await response.json()) as {
      clientCertificate: { x5tS256: string; subject: string };
    };
    const expected = createHash('sha256')
      .update(new X509Certificate(kit.transportCertPem).raw)
      .digest('base64url');
    assert.equal(body.clientCertificate.x5tS256, expected);
    assert.match(body.clientCertificate.subject, /OU=/);
  });

  test('the TPP host answers without a certificate, reporting none', async () => {
    const response = await tlsFetch(`${platform.urls.tpp}/health`, {
      ca: platform.serverTrustAnchorPem,
    });
    assert.equal(response.status, 200);
    assert.equal(
      ((await response.json()) as { clientCertificate: unknown }).clientCertificate,
      null,
    );
  });

  test('the browser host never asks for a client certificate; the TPP host does', async () => {
    assert.match(
      await opensslHandshake(platform.urls.browser),
      /No client certificate CA names sent/,
    );
    assert.match(
      await opensslHandshake(platform.urls.tpp),
      /Acceptable client certificate CA names[\s\S]*Sandbox Directory/,
    );
  });

  test('TLS below 1.2 is refused', async () => {
    const { hostname, port } = new URL(platform.urls.tpp);
    await assert.rejects(
      new Promise((resolve, reject) => {
        const socket = connect({
          host: hostname,
          port: Number(port),
          ca: platform.serverTrustAnchorPem,
          servername: 'localhost',
          maxVersion: 'TLSv1.1',
          minVersion: 'TLSv1',
        });
        socket.once('secureConnect', () => {
          socket.end();
          resolve(undefined);
        });
        socket.once('error', reject);
      }),
    );
  });
});

describe('x-fapi-interaction-id', () => {
  const health = (headers: Record<string, string>) =>
    tlsFetch(
      `${platform.urls.tpp}/health`,
      { ca: platform.serverTrustAnchorPem, cert: kit.transportCertPem, key: kit.transportKeyPem },
      { headers },
    );
  const loggedFor = (id: string) => platform.logLines().filter((line) => line.includes(id));

  test('a valid one sent by the client is echoed and logged', async () => {
    const sent = randomUUID();
    const response = await health({ 'x-fapi-interaction-id': sent });
    assert.equal(response.headers.get('x-fapi-interaction-id'), sent);
    const [logged] = loggedFor(sent);
    assert.ok(logged, 'the access log line carries the interaction id');
    assert.equal((JSON.parse(logged) as { interactionId: string }).interactionId, sent);
  });

  test('an invalid one is replaced by a generated UUID, which is logged', async () => {
    const response = await health({ 'x-fapi-interaction-id': 'not-a-uuid' });
    const issued = response.headers.get('x-fapi-interaction-id') ?? '';
    assert.match(issued, /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    assert.equal(loggedFor(issued).length, 1);
    assert.equal(loggedFor('not-a-uuid').length, 0);
  });

  test('none sent: one is generated per response', async () => {
    const [first, second] = await Promise.all([health({}), health({})]);
    const ids = [first, second].map((response) => response.headers.get('x-fapi-interaction-id'));
    assert.ok(ids[0] && ids[1] && ids[0] !== ids[1]);
  });
});

describe('data and logs', () => {
  test('the seed ran once and running it again changes nothing', async () => {
    const count = async () => {
      const [transfers] = await platform
        .knex('ledger.transfers')
        .count<{ count: string }[]>('* as count');
      const [customers] = await platform
        .knex('authz.customers')
        .count<{ count: string }[]>('* as count');
      return { transfers: Number(transfers.count), customers: Number(customers.count) };
    };
    const before = await count();
    assert.ok(before.customers >= 2 && before.transfers > 0);
    const secrets = await loadSecrets(platform.dataDir);
    await seedSandboxBank(platform.knex, { encryptionKey: secrets.dataEncryptionKey });
    assert.deepEqual(await count(), before);
  });

  test('boot reports every sandbox customer for the banner', () => {
    assert.deepEqual(
      platform.sandbox?.customers.map((customer) => customer.username),
      SANDBOX_CUSTOMERS.map((customer) => customer.username),
    );
  });

  test('no log line contains a sandbox password', async () => {
    await tlsFetch(
      `${platform.urls.browser}/health`,
      { ca: platform.serverTrustAnchorPem },
      {
        headers: {
          authorization: `Basic ${Buffer.from(`alice:${SANDBOX_CUSTOMERS[0].password}`).toString('base64')}`,
        },
      },
    );
    const lines = platform.logLines();
    assert.ok(lines.length > 0);
    for (const line of lines) {
      JSON.parse(line);
      for (const customer of SANDBOX_CUSTOMERS) {
        assert.ok(!line.includes(customer.password), `log line leaks a password: ${line}`);
        assert.ok(!line.includes(customer.totpSecret), `log line leaks a TOTP secret: ${line}`);
      }
    }
  });
});

/**
 * openssl reports the CertificateRequest (and the CA names in it) that Node gives no API for. It
 * runs asynchronously: the server under test lives in this process and must keep answering.
 */
function opensslHandshake(url: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const child = spawn(
      'openssl',
      ['s_client', '-connect', `${hostname}:${port}`, '-servername', 'localhost'],
      {
        stdio: ['ignore', 'pipe', 'ignore'],
        timeout: 10_000,
      },
    );
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('error', reject);
    child.once('close', () => resolve(output));
  });
}
