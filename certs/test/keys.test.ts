import assert from 'node:assert/strict';
import {
  constants,
  createPublicKey,
  generateKeyPairSync,
  sign as nodeSign,
  verify,
} from 'node:crypto';
import { once } from 'node:events';
import { chmod, mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';

import { calculateJwkThumbprint, flattenedVerify, importJWK, jwtVerify, type JWK } from 'jose';
import { Crypto, CryptoKey as P11CryptoKey, type Pkcs11EcKeyGenParams } from 'node-webcrypto-p11';
import { Provider } from 'oidc-provider';

import { ecdsaRawToDer } from '../keys/ecdsa-signature.ts';
import {
  createKeyProvider,
  signCompactJws,
  signDetachedJws,
  toOidcJwks,
  type KeyProvider,
  type SigningAlg,
  type SigningKey,
} from '../keys/index.ts';
import {
  addSoftHsmToken,
  initSoftHsmToken,
  softHsmSlotIndex,
  type SoftHsmToken,
} from './softhsm.ts';

const ALGS: readonly SigningAlg[] = ['ES256', 'PS256'];
/** PKCS#11 object classes, for inspecting the token directly. */
const CKO_PUBLIC_KEY = 2;
const CKO_PRIVATE_KEY = 3;

/** Verifies with node:crypto alone, sharing no code with the providers' signing paths. */
function nodeVerifies(key: SigningKey, data: Uint8Array, signature: Uint8Array): boolean {
  const publicKey = createPublicKey({ key: key.publicJwk, format: 'jwk' });
  return key.alg === 'ES256'
    ? verify('sha256', data, { key: publicKey, dsaEncoding: 'ieee-p1363' }, signature)
    : verify(
        'sha256',
        data,
        { key: publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 },
        signature,
      );
}

async function withProvider<T>(
  open: () => KeyProvider,
  use: (keys: KeyProvider) => Promise<T>,
): Promise<T> {
  const keys = open();
  try {
    return await use(keys);
  } finally {
    await keys.close();
  }
}

/**
 * The behaviour both providers promise; `open` gives a provider over the same storage each time.
 */
function keyProviderContract(open: () => KeyProvider): void {
  for (const alg of ALGS) {
    test(`${alg}: signatures verify with node:crypto and jose, kid is the RFC 7638 thumbprint`, async () => {
      await withProvider(open, async (keys) => {
        const key = await keys.getOrCreate(`contract-${alg}`, alg);
        assert.equal(key.alg, alg);
        assert.equal(key.publicJwk.alg, alg);
        assert.equal(key.publicJwk.use, 'sig');
        assert.equal(key.publicJwk.kid, key.kid);
        assert.equal(key.publicJwk.d, undefined);
        assert.equal(key.kid, await calculateJwkThumbprint(key.publicJwk, 'sha256'));

        const data = new TextEncoder().encode('signed by the key provider');
        const signature = await key.sign(data);
        assert.ok(nodeVerifies(key, data, signature));
        assert.ok(!nodeVerifies(key, new TextEncoder().encode('something else'), signature));

        const jws = await signCompactJws(
          key,
          { typ: 'JWT', alg: 'none', kid: 'spoofed' },
          { sub: 'psu-1', iss: 'https://as.example' },
        );
        const { payload, protectedHeader } = await jwtVerify(
          jws,
          await importJWK(key.publicJwk, alg),
        );
        assert.deepEqual(protectedHeader, { typ: 'JWT', alg, kid: key.kid });
        assert.equal(payload.sub, 'psu-1');
      });
    });
  }

  test('a detached JWS verifies once the payload is put back', async () => {
    await withProvider(open, async (keys) => {
      const key = await keys.getOrCreate('contract-detached', 'PS256');
      const body = new TextEncoder().encode('{"Data":{"Status":"AcceptedSettlementInProcess"}}');
      const detached = await signDetachedJws(
        key,
        { 'http://openbanking.org.uk/iat': 1700000000 },
        body,
      );
      const [protectedHeader, payload, signature] = detached.split('.');
      assert.equal(payload, '');
      const result = await flattenedVerify(
        {
          protected: protectedHeader!,
          payload: Buffer.from(body).toString('base64url'),
          signature: signature!,
        },
        await importJWK(key.publicJwk, 'PS256'),
      );
      assert.deepEqual(result.payload, body);
      await assert.rejects(signDetachedJws(key, { b64: false, crit: ['b64'] }, body), /b64/);
    });
  });

  test('one label is one key: repeated and concurrent calls get the same key', async () => {
    await withProvider(open, async (keys) => {
      const concurrent = await Promise.all(
        Array.from({ length: 5 }, () => keys.getOrCreate('contract-same', 'ES256')),
      );
      const again = await keys.getOrCreate('contract-same', 'ES256');
      assert.deepEqual(new Set([...concurrent, again].map((key) => key.kid)).size, 1);
    });
  });

  test('a key survives a restart of the provider', async () => {
    const first = await withProvider(
      open,
      async (keys) => (await keys.getOrCreate('contract-restart', 'PS256')).publicJwk,
    );
    await withProvider(open, async (keys) => {
      const reopened = await keys.getOrCreate('contract-restart', 'PS256');
      assert.deepEqual(reopened.publicJwk, first);
      const data = new TextEncoder().encode('after restart');
      assert.ok(nodeVerifies(reopened, data, await reopened.sign(data)));
    });
  });

  test('concurrent signatures all verify', async () => {
    await withProvider(open, async (keys) => {
      const [ec, rsa] = await Promise.all([
        keys.getOrCreate('contract-busy-ec', 'ES256'),
        keys.getOrCreate('contract-busy-rsa', 'PS256'),
      ]);
      const messages = Array.from({ length: 24 }, (_, i) =>
        new TextEncoder().encode(`message ${i}`),
      );
      const signatures = await Promise.all(
        messages.map((data, i) => (i % 2 ? ec : rsa).sign(data)),
      );
      for (const [i, data] of messages.entries()) {
        assert.ok(nodeVerifies(i % 2 ? ec : rsa, data, signatures[i]!), `message ${i}`);
      }
    });
  });

  test('a label asked for under another algorithm, or an unsafe label, is refused', async () => {
    await withProvider(open, async (keys) => {
      await keys.getOrCreate('contract-alg', 'ES256');
      await assert.rejects(keys.getOrCreate('contract-alg', 'PS256'), /is an ES256 key, not PS256/);
      for (const label of ['', '../escape', 'a/b', '.hidden', 'x'.repeat(65)]) {
        await assert.rejects(keys.getOrCreate(label, 'ES256'), /invalid key label/);
      }
    });
  });

  test('a closed provider neither hands out keys nor signs', async () => {
    const keys = open();
    const key = await keys.getOrCreate('contract-closed', 'ES256');
    await keys.close();
    await assert.rejects(key.sign(new Uint8Array([1])), /closed/);
    await assert.rejects(keys.getOrCreate('contract-closed', 'ES256'), /closed/);
  });

  test('oidc-provider publishes the keys and signs and verifies ID tokens through the ExternalSigningKey adapter', async () => {
    await withProvider(open, async (keys) => {
      const [ec, rsa] = await Promise.all([
        keys.getOrCreate('contract-oidc-ec', 'ES256'),
        keys.getOrCreate('contract-oidc-rsa', 'PS256'),
      ]);
      const provider = new Provider('https://as.example', {
        jwks: toOidcJwks([ec, rsa]),
        features: {
          externalSigningSupport: { enabled: true, ack: 'experimental-01' },
          devInteractions: { enabled: false },
        },
        ttl: { IdToken: 60 },
        clients: ALGS.map((alg) => ({
          client_id: `client-${alg}`,
          client_secret: 'not-used-by-this-test',
          redirect_uris: ['https://tpp.example/cb'],
          id_token_signed_response_alg: alg,
        })),
      });

      const server = createServer(provider.callback()).listen(0, '127.0.0.1');
      try {
        await once(server, 'listening');
        const { port } = server.address() as AddressInfo;
        const jwks = await (await fetch(`http://127.0.0.1:${port}/jwks`)).json();
        assert.deepEqual(jwks, { keys: [ec.publicJwk, rsa.publicJwk] });
      } finally {
        server.close();
      }

      for (const key of [ec, rsa]) {
        const client = await provider.Client.find(`client-${key.alg}`);
        assert.ok(client);
        const token = new provider.IdToken({}, { client });
        token.set('sub', 'psu-1');
        const idToken = await token.issue({ use: 'idtoken' });
        const { payload, protectedHeader } = await jwtVerify(
          idToken,
          await importJWK(key.publicJwk, key.alg),
          {
            issuer: 'https://as.example',
            audience: `client-${key.alg}`,
          },
        );
        assert.deepEqual(
          [protectedHeader.alg, protectedHeader.kid, payload.sub],
          [key.alg, key.kid, 'psu-1'],
        );
        // oidc-provider's own verification goes through the adapter's keyObject().
        assert.equal((await provider.IdToken.validate(idToken, client)).payload.sub, 'psu-1');
      }
    });
  });
}

describe('software key provider', () => {
  let keystoreDir: string;
  before(async () => {
    keystoreDir = join(await mkdtemp(join(tmpdir(), 'keys-test-')), 'keystore');
  });
  after(async () => {
    await rm(join(keystoreDir, '..'), { recursive: true, force: true });
  });
  const open = () => createKeyProvider({ keystoreDir });

  keyProviderContract(open);

  test('keeps each key as a private JWK in a 0600 file inside a 0700 directory, and says where', async () => {
    const key = await withProvider(open, (keys) => {
      assert.equal(keys.location, `software keystore ${keystoreDir}`);
      return keys.getOrCreate('software-file', 'ES256');
    });
    assert.equal((await stat(keystoreDir)).mode & 0o777, 0o700);
    const path = join(keystoreDir, 'software-file.json');
    assert.equal((await stat(path)).mode & 0o777, 0o600);
    const stored = JSON.parse(await readFile(path, 'utf8')) as JWK;
    assert.equal(stored.alg, 'ES256');
    assert.equal(typeof stored.d, 'string');
    assert.equal(stored.x, key.publicJwk.x);
  });

  test('refuses a key file that group or others can read', async () => {
    await withProvider(open, (keys) => keys.getOrCreate('software-exposed', 'ES256'));
    await chmod(join(keystoreDir, 'software-exposed.json'), 0o644);
    await withProvider(open, (keys) =>
      assert.rejects(keys.getOrCreate('software-exposed', 'ES256'), /chmod 600/),
    );
  });

  test('two providers on one keystore (two processes) racing for a label end with one key', async () => {
    const [a, b] = [open(), open()];
    try {
      const [fromA, fromB] = await Promise.all([
        a.getOrCreate('software-race', 'ES256'),
        b.getOrCreate('software-race', 'ES256'),
      ]);
      assert.equal(fromA.kid, fromB.kid);
    } finally {
      await Promise.all([a.close(), b.close()]);
    }
  });
});

describe('PKCS#11 key provider (SoftHSM)', () => {
  let token: SoftHsmToken;
  before(async () => {
    token = await initSoftHsmToken();
  });
  after(async () => {
    await token.cleanup();
  });
  const options = () => ({
    module: token.module,
    pin: token.pin,
    slot: token.slot,
    tokenLabel: token.tokenLabel,
  });
  const open = () =>
    createKeyProvider({ pkcs11: options(), keystoreDir: '/nonexistent/never-used' });

  /**
   * A separate session on the token, opened after the provider closed (closing finalizes the
   * module).
   */
  function inspectToken<T>(use: (crypto: Crypto) => Promise<T>): Promise<T> {
    const crypto = new Crypto({
      library: token.module,
      slot: token.slot,
      pin: token.pin,
      readWrite: true,
    });
    return use(crypto).finally(() => crypto.close());
  }

  keyProviderContract(open);

  test('the token holds exactly one key pair per label, after concurrent calls and restarts', async () => {
    await withProvider(open, (keys) =>
      Promise.all(
        ALGS.flatMap((alg) => [
          keys.getOrCreate(`hsm-one-${alg}`, alg),
          keys.getOrCreate(`hsm-one-${alg}`, alg),
        ]),
      ),
    );
    await withProvider(open, (keys) =>
      Promise.all(ALGS.map((alg) => keys.getOrCreate(`hsm-one-${alg}`, alg))),
    );
    await inspectToken(async (crypto) => {
      for (const alg of ALGS) {
        assert.equal(
          crypto.session.find({ class: CKO_PRIVATE_KEY, token: true, label: `hsm-one-${alg}` })
            .length,
          1,
          `${alg} private keys`,
        );
        assert.equal(
          crypto.session.find({ class: CKO_PUBLIC_KEY, token: true, label: `hsm-one-${alg}` })
            .length,
          1,
          `${alg} public keys`,
        );
      }
    });
  });

  test('private keys are sensitive and non-extractable inside the token', async () => {
    await withProvider(open, (keys) =>
      Promise.all(ALGS.map((alg) => keys.getOrCreate(`hsm-sealed-${alg}`, alg))),
    );
    await inspectToken(async (crypto) => {
      for (const alg of ALGS) {
        const found = crypto.session.find({
          class: CKO_PRIVATE_KEY,
          token: true,
          label: `hsm-sealed-${alg}`,
        });
        assert.equal(found.length, 1, `${alg} private key present`);
        const privateId = P11CryptoKey.getID(found.items(0).toType());
        const privateKey = await crypto.keyStorage.getItem(privateId);
        assert.deepEqual(privateKey.key.getAttribute({ extractable: null, sensitive: null }), {
          extractable: false,
          sensitive: true,
        });
        // Even when the JavaScript wrapper claims extractable, the token refuses to reveal the key.
        const claimed = await crypto.keyStorage.getItem(
          privateId,
          alg === 'ES256'
            ? { name: 'ECDSA', namedCurve: 'P-256' }
            : { name: 'RSA-PSS', hash: 'SHA-256' },
          true,
          ['sign'],
        );
        await assert.rejects(crypto.subtle.exportKey('jwk', claimed));
      }
    });
  });

  test('refuses a key under its label that the token would let out', async () => {
    await inspectToken(async (crypto) => {
      const planted: Pkcs11EcKeyGenParams = {
        name: 'ECDSA',
        namedCurve: 'P-256',
        label: 'hsm-planted',
        token: true,
        sensitive: false,
      };
      await crypto.subtle.generateKey(planted, true, ['sign', 'verify']);
    });
    await withProvider(open, (keys) =>
      assert.rejects(keys.getOrCreate('hsm-planted', 'ES256'), /extractable or not sensitive/),
    );
  });

  test('a wrong PIN or token label fails clearly and leaves the token usable', async () => {
    assert.throws(
      () => createKeyProvider({ pkcs11: { ...options(), pin: '0000' }, keystoreDir: '' }),
      /login to token "test" failed/,
    );
    assert.throws(
      () =>
        createKeyProvider({
          pkcs11: { ...options(), tokenLabel: undefined, pin: '0000' },
          keystoreDir: '',
        }),
      /login to slot index \d+ failed/,
    );
    assert.throws(
      () => createKeyProvider({ pkcs11: { ...options(), tokenLabel: 'other' }, keystoreDir: '' }),
      /has no token labelled "other" \(token labels: "test"\)/,
    );
    await withProvider(open, (keys) => keys.getOrCreate('hsm-after-failures', 'ES256'));
  });

  // Last in this group: a second token renumbers the slot list the tests above index into.
  test('the token label selects the token in whichever slot holds it; the provider says where its keys live', async () => {
    await addSoftHsmToken('spare');
    const [testIndex, spareIndex] = [
      await softHsmSlotIndex('test'),
      await softHsmSlotIndex('spare'),
    ];
    assert.notEqual(testIndex, spareIndex);
    // The slot index names the other token: the label wins.
    const byLabel = () =>
      createKeyProvider({
        pkcs11: { ...options(), slot: spareIndex, tokenLabel: 'test' },
        keystoreDir: '',
      });
    const kid = await withProvider(byLabel, async (keys) => {
      assert.equal(keys.location, `PKCS#11 token "test" (${token.module})`);
      return (await keys.getOrCreate('hsm-by-label', 'ES256')).kid;
    });
    const bySlot = (slot: number) => () =>
      createKeyProvider({ pkcs11: { ...options(), slot, tokenLabel: undefined }, keystoreDir: '' });
    await withProvider(bySlot(testIndex), async (keys) =>
      assert.equal(
        (await keys.getOrCreate('hsm-by-label', 'ES256')).kid,
        kid,
        'the key is in token "test"',
      ),
    );
    await withProvider(bySlot(spareIndex), (keys) => {
      assert.equal(keys.location, `PKCS#11 token "spare" (${token.module})`);
      return Promise.resolve();
    });
    await addSoftHsmToken('test');
    assert.throws(byLabel, /has 2 tokens labelled "test"/);
  });
});

test('ecdsaRawToDer gives the DER node:crypto produces and verifies', () => {
  const { privateKey, publicKey } = generateKeyPairSync('ec', { namedCurve: 'P-256' });
  // Random signatures cover the common shapes; the fixed vector below covers the edges: r = 1
  // (all leading zeros stripped) and s with its high bit set (a 0x00 prepended).
  for (let i = 0; i < 400; i++) {
    const data = Buffer.from(`message ${i}`);
    const raw = nodeSign('sha256', data, { key: privateKey, dsaEncoding: 'ieee-p1363' });
    assert.ok(verify('sha256', data, publicKey, ecdsaRawToDer(raw)), `signature ${i}`);
  }
  const r = Buffer.alloc(32);
  r[31] = 1;
  const s = Buffer.alloc(32, 0xff);
  const expected = Buffer.concat([
    Buffer.from([0x30, 3 + 35, 0x02, 0x01, 0x01, 0x02, 0x21, 0x00]),
    s,
  ]);
  assert.deepEqual(Buffer.from(ecdsaRawToDer(Buffer.concat([r, s]))), expected);
  assert.throws(() => ecdsaRawToDer(new Uint8Array(63)), /even/);
});
