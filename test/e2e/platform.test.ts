import assert from 'node:assert/strict';
import { createHash, X509Certificate } from 'node:crypto';
import { spawnSync } from 'node:child_process';
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
  kit = await platform.directory.onboard({ name: 'Health Check Ltd', redirectUris: ['https://tpp.example/cb'], roles: ['AISP'] });
});
after(() => platform?.stop());

describe('both hosts over real TLS', () => {
  test('the browser host answers /health with the database up', async () => {
    const response = await tlsFetch(`${platform.urls.browser}/health`, { ca: platform.serverTrustAnchorPem });
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
    const body = (await response.json()) as { clientCertificate: { x5tS256: string; subject: string } };
    const expected = createHash('sha256').update(new X509Certificate(kit.transportCertPem).raw).digest('base64url');
    assert.equal(body.clientCertificate.x5tS256, expected);
    assert.match(body.clientCertificate.subject, /OU=/);
  });

  test('the TPP host answers without a certificate, reporting none', async () => {
    const response = await tlsFetch(`${platform.urls.tpp}/health`, { ca: platform.serverTrustAnchorPem });
    assert.equal(response.status, 200);
    assert.equal(((await response.json()) as { clientCertificate: unknown }).clientCertificate, null);
  });

  test('the browser host never asks for a client certificate; the TPP host does', () => {
    // openssl reports the CertificateRequest (and the CA names in it) that Node gives no API for.
    const handshake = (url: string) => {
      const { hostname, port } = new URL(url);
      return spawnSync('openssl', ['s_client', '-connect', `${hostname}:${port}`, '-servername', 'localhost'], { input: '', encoding: 'utf8', timeout: 10_000 }).stdout;
    };
    assert.match(handshake(platform.urls.browser), /No client certificate CA names sent/);
    assert.match(handshake(platform.urls.tpp), /Acceptable client certificate CA names[\s\S]*Sandbox Directory/);
  });

  test('TLS below 1.2 is refused', async () => {
    const { hostname, port } = new URL(platform.urls.tpp);
    await assert.rejects(
      new Promise((resolve, reject) => {
        const socket = connect({ host: hostname, port: Number(port), ca: platform.serverTrustAnchorPem, servername: 'localhost', maxVersion: 'TLSv1.1', minVersion: 'TLSv1' });
        socket.once('secureConnect', () => {
          socket.end();
          resolve(undefined);
        });
        socket.once('error', reject);
      }),
    );
  });
});

describe('data and logs', () => {
  test('the seed ran once and running it again changes nothing', async () => {
    const count = async () => {
      const [transfers] = await platform.knex('ledger.transfers').count<{ count: string }[]>('* as count');
      const [customers] = await platform.knex('authz.customers').count<{ count: string }[]>('* as count');
      return { transfers: Number(transfers.count), customers: Number(customers.count) };
    };
    const before = await count();
    assert.ok(before.customers >= 2 && before.transfers > 0);
    const secrets = await loadSecrets(platform.dataDir);
    await seedSandboxBank(platform.knex, { encryptionKey: secrets.dataEncryptionKey });
    assert.deepEqual(await count(), before);
  });

  test('no log line contains a sandbox password', async () => {
    await tlsFetch(`${platform.urls.browser}/health`, { ca: platform.serverTrustAnchorPem }, { headers: { authorization: `Basic ${Buffer.from(`alice:${SANDBOX_CUSTOMERS[0].password}`).toString('base64')}` } });
    const lines = platform.logLines();
    assert.ok(lines.length > 0);
    for (const line of lines) {
      JSON.parse(line);
      for (const customer of SANDBOX_CUSTOMERS) assert.ok(!line.includes(customer.password), `log line leaks a password: ${line}`);
    }
  });
});
