import assert from 'node:assert/strict';
import { constants, generateKeyPairSync, KeyObject, randomUUID, sign } from 'node:crypto';
import { describe, test } from 'node:test';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { InvalidDpopProof } from '../../errors.ts';
import { accessTokenHash, jwkThumbprint, verifyDpopProof } from '../../guard/dpop-proof.ts';

const URL_ = 'https://bank.example/open-banking/v3.1/aisp/accounts';
const TOKEN = 'an-access-token';

async function proof(
  signingKey: CryptoKey,
  jwk: JWK,
  claims: Record<string, unknown> = {},
  header: Record<string, unknown> = {},
): Promise<string> {
  return new SignJWT({
    htm: 'GET',
    htu: URL_,
    ath: accessTokenHash(TOKEN),
    jti: randomUUID(),
    ...claims,
  })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk, ...header })
    .setIssuedAt()
    .sign(signingKey);
}

/** A proof signed here, for what jose will not sign (an extension in crit, a small RSA key). */
function rawProof(header: Record<string, unknown>, privateKey: KeyObject): string {
  const claims = {
    htm: 'GET',
    htu: URL_,
    ath: accessTokenHash(TOKEN),
    jti: randomUUID(),
    iat: Math.floor(Date.now() / 1000),
  };
  const input = `${Buffer.from(JSON.stringify(header)).toString('base64url')}.${Buffer.from(JSON.stringify(claims)).toString('base64url')}`;
  const options =
    header.alg === 'ES256'
      ? { dsaEncoding: 'ieee-p1363' as const }
      : { padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 };
  return `${input}.${sign('sha256', Buffer.from(input), { key: privateKey, ...options }).toString('base64url')}`;
}

const expectation = () => ({
  method: 'GET',
  url: URL_,
  accessToken: TOKEN,
  now: Math.floor(Date.now() / 1000),
});
const refused = (error: unknown) => error instanceof InvalidDpopProof;

describe('verifyDpopProof with imported keys kept', () => {
  test('the same key verifies proof after proof; each is still checked on its own', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    const first = verifyDpopProof(await proof(privateKey, jwk), expectation());
    const second = verifyDpopProof(await proof(privateKey, jwk), expectation());
    assert.equal(first.jkt, second.jkt);
    assert.notEqual(first.jti, second.jti);
    const post = await proof(privateKey, jwk, { htm: 'POST' });
    assert.throws(() => verifyDpopProof(post, expectation()), refused);
  });

  test('a kept key does not vouch for a proof signed by another key that names it', async () => {
    const owner = await generateKeyPair('ES256');
    const jwk = await exportJWK(owner.publicKey);
    verifyDpopProof(await proof(owner.privateKey, jwk), expectation());
    const intruder = await generateKeyPair('ES256');
    const forged = await proof(intruder.privateKey, jwk);
    assert.throws(() => verifyDpopProof(forged, expectation()), refused);
  });

  test('a private key in the header is refused every time, never kept', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    const withPrivateKey = await proof(privateKey, privateJwk);
    for (let attempt = 0; attempt < 2; attempt += 1)
      assert.throws(() => verifyDpopProof(withPrivateKey, expectation()), refused);
  });
});

describe('verifyDpopProof refuses what jose refused', () => {
  test('a PS256 proof verifies; an RSA key under 2048 bits does not, even when the signature is good', async () => {
    const rsa = await generateKeyPair('PS256');
    const jwk = await exportJWK(rsa.publicKey);
    const verified = verifyDpopProof(
      await proof(rsa.privateKey, jwk, {}, { alg: 'PS256' }),
      expectation(),
    );
    assert.equal(verified.jkt, await calculateJwkThumbprint(jwk, 'sha256'));
    const small = generateKeyPairSync('rsa', { modulusLength: 1024 });
    const { n, e } = small.publicKey.export({ format: 'jwk' });
    assert.throws(
      () =>
        verifyDpopProof(
          rawProof({ alg: 'PS256', typ: 'dpop+jwt', jwk: { kty: 'RSA', n, e } }, small.privateKey),
          expectation(),
        ),
      refused,
    );
  });

  test('wrong typ, alg, key type or curve, crit, tampered signature or payload, exp in the past, not a JWS', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256', { extractable: true });
    const jwk = await exportJWK(publicKey);
    const nodePrivate = KeyObject.from(privateKey);
    const p384 = await generateKeyPair('ES384');
    const good = await proof(privateKey, jwk);
    const [header, payload, signature] = good.split('.') as [string, string, string];
    const otherPayload = Buffer.from(
      JSON.stringify({
        ...JSON.parse(Buffer.from(payload, 'base64url').toString()),
        htm: 'GET',
        extra: 1,
      }),
    ).toString('base64url');
    const bad: Record<string, string> = {
      'typ JWT': await proof(privateKey, jwk, {}, { typ: 'JWT' }),
      'alg none': `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'dpop+jwt', jwk })).toString('base64url')}.${payload}.`,
      'alg ES256 with a P-384 key': await new SignJWT({
        htm: 'GET',
        htu: URL_,
        ath: accessTokenHash(TOKEN),
        jti: randomUUID(),
      })
        .setProtectedHeader({ alg: 'ES384', typ: 'dpop+jwt', jwk: await exportJWK(p384.publicKey) })
        .setIssuedAt()
        .sign(p384.privateKey)
        .then(
          (jws) =>
            `${Buffer.from(JSON.stringify({ alg: 'ES256', typ: 'dpop+jwt', jwk: JSON.parse(Buffer.from(jws.split('.')[0]!, 'base64url').toString()).jwk })).toString('base64url')}.${jws.split('.').slice(1).join('.')}`,
        ),
      'jwk alg says another algorithm': await proof(privateKey, { ...jwk, alg: 'ES384' }),
      crit: rawProof({ alg: 'ES256', typ: 'dpop+jwt', jwk, crit: ['x'], x: 1 }, nodePrivate),
      'tampered payload': `${header}.${otherPayload}.${signature}`,
      'short signature': `${header}.${payload}.${signature.slice(0, 40)}`,
      'exp in the past': await proof(privateKey, jwk, { exp: Math.floor(Date.now() / 1000) - 1 }),
      'four parts': `${good}.x`,
      'not base64url': `${header}.${payload}.${signature}=`,
      'header not JSON': `${Buffer.from('{').toString('base64url')}.${payload}.${signature}`,
    };
    // The control: signed here the same way, without crit, it verifies.
    assert.equal(
      verifyDpopProof(rawProof({ alg: 'ES256', typ: 'dpop+jwt', jwk }, nodePrivate), expectation())
        .jkt,
      await calculateJwkThumbprint(jwk, 'sha256'),
    );
    for (const [name, value] of Object.entries(bad))
      assert.throws(() => verifyDpopProof(value, expectation()), refused, name);
  });
});

describe('jwkThumbprint', () => {
  test('equals RFC 7638 as jose computes it, for EC and RSA keys, whatever else the JWK carries', async () => {
    for (const alg of ['ES256', 'PS256'] as const) {
      const jwk = await exportJWK((await generateKeyPair(alg)).publicKey);
      const decorated = { ...jwk, kid: 'k1', use: 'sig', alg };
      assert.equal(jwkThumbprint(decorated), await calculateJwkThumbprint(jwk, 'sha256'), alg);
    }
  });

  test('the proof result names the thumbprint of the key that signed it', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    const verified = verifyDpopProof(await proof(privateKey, jwk), expectation());
    assert.equal(verified.jkt, await calculateJwkThumbprint(jwk, 'sha256'));
  });
});
