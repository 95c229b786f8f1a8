import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { describe, test } from 'node:test';
import { calculateJwkThumbprint, exportJWK, generateKeyPair, SignJWT, type JWK } from 'jose';
import { InvalidDpopProof } from '../../errors.ts';
import { accessTokenHash, jwkThumbprint, verifyDpopProof } from '../../guard/dpop-proof.ts';

const URL_ = 'https://bank.example/open-banking/v3.1/aisp/accounts';
const TOKEN = 'an-access-token';

async function proof(signingKey: CryptoKey, jwk: JWK, claims: Record<string, unknown> = {}): Promise<string> {
  return new SignJWT({ htm: 'GET', htu: URL_, ath: accessTokenHash(TOKEN), jti: randomUUID(), ...claims })
    .setProtectedHeader({ alg: 'ES256', typ: 'dpop+jwt', jwk })
    .setIssuedAt()
    .sign(signingKey);
}

const expectation = () => ({ method: 'GET', url: URL_, accessToken: TOKEN, now: Math.floor(Date.now() / 1000) });
const refused = (error: unknown) => error instanceof InvalidDpopProof;

describe('verifyDpopProof with imported keys kept', () => {
  test('the same key verifies proof after proof; each is still checked on its own', async () => {
    const { privateKey, publicKey } = await generateKeyPair('ES256');
    const jwk = await exportJWK(publicKey);
    const first = await verifyDpopProof(await proof(privateKey, jwk), expectation());
    const second = await verifyDpopProof(await proof(privateKey, jwk), expectation());
    assert.equal(first.jkt, second.jkt);
    assert.notEqual(first.jti, second.jti);
    await assert.rejects(verifyDpopProof(await proof(privateKey, jwk, { htm: 'POST' }), expectation()), refused);
  });

  test('a kept key does not vouch for a proof signed by another key that names it', async () => {
    const owner = await generateKeyPair('ES256');
    const jwk = await exportJWK(owner.publicKey);
    await verifyDpopProof(await proof(owner.privateKey, jwk), expectation());
    const intruder = await generateKeyPair('ES256');
    await assert.rejects(verifyDpopProof(await proof(intruder.privateKey, jwk), expectation()), refused);
  });

  test('a private key in the header is refused every time, never kept', async () => {
    const { privateKey } = await generateKeyPair('ES256', { extractable: true });
    const privateJwk = await exportJWK(privateKey);
    for (let attempt = 0; attempt < 2; attempt += 1) {
      await assert.rejects(verifyDpopProof(await proof(privateKey, privateJwk), expectation()), refused);
    }
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
    const verified = await verifyDpopProof(await proof(privateKey, jwk), expectation());
    assert.equal(verified.jkt, await calculateJwkThumbprint(jwk, 'sha256'));
  });
});
