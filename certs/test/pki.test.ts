import assert from 'node:assert/strict';
import { createHash, createPrivateKey, generateKeyPairSync, X509Certificate } from 'node:crypto';
import { once } from 'node:events';
import { mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { connect, createServer, type TLSSocket } from 'node:tls';

import {
  createCertificateAuthority,
  createKeyProvider,
  ensureDevPki,
  issueCertificate,
  x5tS256,
  type KeyProvider,
} from '../index.ts';
import { initSoftHsmToken, type SoftHsmToken } from './softhsm.ts';

const CLIENT_AUTH = '1.3.6.1.5.5.7.3.2';
const SERVER_AUTH = '1.3.6.1.5.5.7.3.1';

let workDir: string;
let keys: KeyProvider;

before(async () => {
  workDir = await mkdtemp(join(tmpdir(), 'pki-test-'));
  keys = createKeyProvider({ keystoreDir: join(workDir, 'keys') });
});

after(async () => {
  await keys.close();
  await rm(workDir, { recursive: true, force: true });
});

/** A TPP-style client certificate from the given CA, with a fresh P-256 key. */
async function clientCertificate(caCertPem: string, caLabel: string) {
  const { privateKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  const certPem = await issueCertificate({
    issuerCertPem: caCertPem,
    issuerSigner: await keys.getOrCreate(caLabel, 'ES256'),
    subject: {
      commonName: 'software-1',
      organisation: 'OpenBanking',
      organisationalUnit: '0015800001041REAAY',
      organizationIdentifier: 'PSDGB-FCA-123456',
      country: 'GB',
    },
    publicKey: privateKey,
    usage: 'client',
    validityDays: 30,
  });
  return { certPem, keyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

describe('certificates', () => {
  test('a CA and the server certificate it issues verify with node:crypto, with the loopback names', async () => {
    const signer = await keys.getOrCreate('unit-ca', 'ES256');
    const caCertPem = await createCertificateAuthority({
      commonName: 'Unit Test Root',
      organisation: 'Tests',
      signer,
      validityDays: 30,
    });
    const ca = new X509Certificate(caCertPem);
    assert.ok(ca.ca);
    assert.equal(ca.subject, 'O=Tests\nCN=Unit Test Root');
    assert.ok(ca.checkIssued(ca));
    assert.ok(ca.verify(ca.publicKey));

    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const serverCertPem = await issueCertificate({
      issuerCertPem: caCertPem,
      issuerSigner: signer,
      subject: { commonName: 'localhost' },
      publicKey,
      dnsNames: ['localhost'],
      ipAddresses: ['127.0.0.1', '::1'],
      usage: 'server',
      validityDays: 10,
    });
    const server = new X509Certificate(serverCertPem);
    assert.ok(!server.ca);
    assert.ok(server.checkIssued(ca));
    assert.ok(server.verify(ca.publicKey));
    assert.equal(server.issuer, ca.subject);
    assert.equal(server.checkHost('localhost'), 'localhost');
    assert.equal(server.checkIP('127.0.0.1'), '127.0.0.1');
    assert.ok(server.checkIP('::1'));
    assert.deepEqual(server.keyUsage, [SERVER_AUTH]);
    assert.ok(server.publicKey.equals(publicKey));
    assert.match(server.serialNumber, /^[4-7][0-9A-F]{31}$/);
    const days = (Date.parse(server.validTo) - Date.parse(server.validFrom)) / 86_400_000;
    assert.ok(days > 9.9 && days < 10.1, `validity ${days} days`);
  });

  test('a client certificate carries the TPP subject attributes and clientAuth', async () => {
    const signer = await keys.getOrCreate('unit-ca', 'ES256');
    const caCertPem = await createCertificateAuthority({
      commonName: 'Unit Test Root',
      signer,
      validityDays: 30,
    });
    const { certPem } = await clientCertificate(caCertPem, 'unit-ca');
    const client = new X509Certificate(certPem);
    assert.equal(
      client.subject,
      'C=GB\nO=OpenBanking\nOU=0015800001041REAAY\norganizationIdentifier=PSDGB-FCA-123456\nCN=software-1',
    );
    assert.deepEqual(client.keyUsage, [CLIENT_AUTH]);
    assert.ok(client.verify(new X509Certificate(caCertPem).publicKey));
  });

  test('issuing refuses a signer that does not hold the issuer key, and a server certificate without names', async () => {
    const signer = await keys.getOrCreate('unit-ca', 'ES256');
    const caCertPem = await createCertificateAuthority({
      commonName: 'Unit Test Root',
      signer,
      validityDays: 30,
    });
    const { publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
    const base = {
      issuerCertPem: caCertPem,
      issuerSigner: signer,
      subject: { commonName: 'x' },
      publicKey,
      validityDays: 1,
    } as const;
    await assert.rejects(
      issueCertificate({
        ...base,
        issuerSigner: await keys.getOrCreate('unit-other', 'ES256'),
        usage: 'client',
      }),
      /is not the key of the issuer/,
    );
    await assert.rejects(
      issueCertificate({ ...base, usage: 'server' }),
      /at least one DNS name or IP address/,
    );
    await assert.rejects(
      issueCertificate({ ...base, usage: 'server', dnsNames: ['bad name'] }),
      /not a DNS name/,
    );
    await assert.rejects(
      createCertificateAuthority({
        commonName: 'RSA Root',
        signer: await keys.getOrCreate('unit-rsa', 'PS256'),
        validityDays: 1,
      }),
      /ES256 keys only/,
    );
  });

  test('x5tS256 is the base64url SHA-256 of the DER, from PEM or DER', async () => {
    const caCertPem = await createCertificateAuthority({
      commonName: 'Thumbprint Root',
      signer: await keys.getOrCreate('unit-ca', 'ES256'),
      validityDays: 1,
    });
    const der = Buffer.from(caCertPem.replace(/-----[A-Z ]+-----|\s/g, ''), 'base64');
    const expected = createHash('sha256').update(der).digest('base64url');
    assert.equal(x5tS256(caCertPem), expected);
    assert.equal(x5tS256(new Uint8Array(der)), expected);
  });
});

describe('TLS with the dev PKI', () => {
  test('a client trusting only the CA connects, and the server sees its client certificate', async () => {
    const pki = await ensureDevPki({ dir: join(workDir, 'tls-pki'), keys, hostnames: [] });
    const client = await clientCertificate(pki.caCertPem, 'dev-root-ca');

    // What the server saw, per connection: asserted below, outside the server's event handler.
    const seen: { authorized: boolean; x5tS256: string | undefined }[] = [];
    const server = createServer(
      {
        key: pki.serverKeyPem,
        cert: pki.serverCertPem,
        ca: [pki.caCertPem],
        requestCert: true,
        rejectUnauthorized: false,
      },
      (socket) => {
        const peer = socket.getPeerX509Certificate();
        seen.push({ authorized: socket.authorized, x5tS256: peer && x5tS256(peer.raw) });
        socket.end('ok');
      },
    ).listen(0, '127.0.0.1');
    try {
      await once(server, 'listening');
      const { port } = server.address() as AddressInfo;
      const handshake = async (options: { servername?: string; ca: string[] }) => {
        const socket: TLSSocket = connect({
          host: '127.0.0.1',
          port,
          key: client.keyPem,
          cert: client.certPem,
          ...options,
        });
        try {
          await once(socket, 'secureConnect');
          // Under TLS 1.3 the client finishes first; the server's reply shows it accepted us too.
          assert.equal(String((await once(socket, 'data'))[0]), 'ok');
          return socket.authorized;
        } finally {
          socket.destroy();
        }
      };
      // By host name (SNI) and by IP address: both must match the certificate's subjectAltName.
      assert.equal(await handshake({ servername: 'localhost', ca: [pki.caCertPem] }), true);
      assert.equal(await handshake({ ca: [pki.caCertPem] }), true);
      const stranger = await createCertificateAuthority({
        commonName: 'Stranger Root',
        signer: await keys.getOrCreate('unit-stranger', 'ES256'),
        validityDays: 1,
      });
      await assert.rejects(
        handshake({ servername: 'localhost', ca: [stranger] }),
        /unable to verify|self.signed|UNABLE_TO_GET_ISSUER/i,
      );
      assert.deepEqual(
        seen.slice(0, 2),
        Array(2).fill({ authorized: true, x5tS256: x5tS256(client.certPem) }),
      );
    } finally {
      server.close();
    }
  });
});

describe('ensureDevPki', () => {
  test('creates the CA and server certificate once and returns the same files afterwards', async () => {
    const dir = join(workDir, 'idempotent');
    const first = await ensureDevPki({ dir, keys, hostnames: ['localhost'] });
    const second = await ensureDevPki({ dir, keys, hostnames: ['localhost'] });
    assert.deepEqual(second, first);
    assert.equal(first.caCertPath, join(dir, 'ca.pem'));
    assert.equal(
      new X509Certificate(first.caCertPem).subject,
      'O=Open Banking Sandbox\nCN=Open Banking Sandbox Dev Root CA',
    );
    assert.equal((await stat(join(dir, 'server-key.pem'))).mode & 0o777, 0o600);
    assert.equal((await stat(dir)).mode & 0o777, 0o700);
  });

  test("issues the bank's TLS client certificate (events pushed to TPPs) from the CA, and keeps it", async () => {
    const dir = join(workDir, 'bank-client');
    const first = await ensureDevPki({ dir, keys, hostnames: [] });
    const client = new X509Certificate(first.clientCertPem);
    assert.ok(
      client.checkIssued(new X509Certificate(first.caCertPem)) &&
        client.verify(new X509Certificate(first.caCertPem).publicKey),
    );
    assert.deepEqual(client.keyUsage, [CLIENT_AUTH]);
    assert.ok(client.checkPrivateKey(createPrivateKey(first.clientKeyPem)));
    assert.equal((await stat(join(dir, 'client-key.pem'))).mode & 0o777, 0o600);
    const renamed = await ensureDevPki({ dir, keys, hostnames: ['bank.example'] });
    assert.equal(
      renamed.clientCertPem,
      first.clientCertPem,
      'new host names reissue the server certificate only',
    );
  });

  test('reissues the server certificate for new host names or near expiry, keeping the CA', async () => {
    const dir = join(workDir, 'renewal');
    const first = await ensureDevPki({ dir, keys, hostnames: [] });
    const renamed = await ensureDevPki({ dir, keys, hostnames: ['bank.example', '192.0.2.10'] });
    assert.equal(renamed.caCertPem, first.caCertPem);
    assert.notEqual(renamed.serverCertPem, first.serverCertPem);
    const server = new X509Certificate(renamed.serverCertPem);
    assert.equal(server.checkHost('bank.example'), 'bank.example');
    assert.equal(server.checkIP('192.0.2.10'), '192.0.2.10');
    assert.equal(server.checkHost('localhost'), 'localhost');

    const expiring = await issueCertificate({
      issuerCertPem: renamed.caCertPem,
      issuerSigner: await keys.getOrCreate('dev-root-ca', 'ES256'),
      subject: { commonName: 'localhost' },
      publicKey: server.publicKey,
      dnsNames: ['localhost', 'bank.example'],
      ipAddresses: ['127.0.0.1', '::1', '192.0.2.10'],
      usage: 'server',
      validityDays: 1,
    });
    await writeFile(join(dir, 'server.pem'), expiring);
    const renewed = await ensureDevPki({ dir, keys, hostnames: ['bank.example', '192.0.2.10'] });
    assert.notEqual(renewed.serverCertPem, expiring);
    assert.equal(renewed.caCertPem, first.caCertPem);
  });

  test('replaces the CA when the key provider holds a different CA key', async () => {
    const dir = join(workDir, 'new-keystore');
    const before = await ensureDevPki({ dir, keys, hostnames: [] });
    const otherKeys = createKeyProvider({ keystoreDir: join(workDir, 'other-keys') });
    try {
      const after = await ensureDevPki({ dir, keys: otherKeys, hostnames: [] });
      assert.notEqual(after.caCertPem, before.caCertPem);
      const ca = new X509Certificate(after.caCertPem);
      assert.ok(new X509Certificate(after.serverCertPem).verify(ca.publicKey));
    } finally {
      await otherKeys.close();
    }
  });

  describe('with the CA key in a PKCS#11 token', () => {
    let token: SoftHsmToken;
    before(async () => {
      token = await initSoftHsmToken();
    });
    after(async () => {
      await token.cleanup();
    });

    test('signs the CA and server certificates inside the token, and reuses them after a restart', async () => {
      const dir = join(workDir, 'hsm-pki');
      const open = () =>
        createKeyProvider({
          pkcs11: { module: token.module, pin: token.pin, slot: token.slot },
          keystoreDir: join(workDir, 'unused'),
        });
      const hsmKeys = open();
      let first: Awaited<ReturnType<typeof ensureDevPki>> | undefined;
      try {
        first = await ensureDevPki({ dir, keys: hsmKeys, hostnames: [] });
        const ca = new X509Certificate(first.caCertPem);
        const server = new X509Certificate(first.serverCertPem);
        assert.ok(ca.verify(ca.publicKey));
        assert.ok(server.checkIssued(ca));
        assert.ok(server.verify(ca.publicKey));
        assert.ok(ca.publicKey.equals(new X509Certificate(first.caCertPem).publicKey));
      } finally {
        await hsmKeys.close();
      }
      const restarted = open();
      try {
        assert.deepEqual(await ensureDevPki({ dir, keys: restarted, hostnames: [] }), first);
      } finally {
        await restarted.close();
      }
    });
  });
});
