import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import {
  calculateJwkThumbprint,
  exportJWK,
  flattenedVerify,
  generateKeyPair,
  importJWK,
  type JWK,
} from 'jose';
import { createKeyProvider, type KeyProvider } from '../../certs/index.ts';
import { ObError } from '../errors.ts';
import {
  OB_CRIT,
  OB_IAT,
  OB_ISS,
  OB_TAN,
  signMessage,
  verifyMessage,
  type TppSigningKeys,
} from '../signing.ts';

const NOW = 1_790_000_000;
const TPP_ISS = '0015800001041RHAAY/2Ho4rZ7gtgOZsDyMXfYMA3';
const TAN = 'localhost';
const BODY = Buffer.from(
  '{"Data":{"ConsentId":"pdc-1","Initiation":{"InstructedAmount":{"Amount":"10.00","Currency":"GBP"}}},"Risk":{}}',
);

const WEBCRYPTO_ALGS: Record<string, AlgorithmIdentifier | RsaPssParams | EcdsaParams> = {
  PS256: { name: 'RSA-PSS', saltLength: 32 },
  ES256: { name: 'ECDSA', hash: 'SHA-256' },
  RS256: { name: 'RSASSA-PKCS1-v1_5' },
};

interface TppKey {
  privateKey: CryptoKey;
  jwk: JWK;
}

async function tppKey(alg: 'PS256' | 'ES256' | 'RS256'): Promise<TppKey> {
  const { privateKey, publicKey } = await generateKeyPair(alg, { extractable: true });
  const jwk = await exportJWK(publicKey);
  return { privateKey, jwk: { ...jwk, kid: await calculateJwkThumbprint(jwk), alg, use: 'sig' } };
}

/** What a TPP sends: a detached JWS with the OB claims, or one with the given header changes. */
async function sign(
  key: TppKey,
  changes: Record<string, unknown> = {},
  body: Uint8Array = BODY,
): Promise<string> {
  const header: Record<string, unknown> = {
    alg: key.jwk.alg,
    kid: key.jwk.kid,
    typ: 'JOSE',
    cty: 'application/json',
    [OB_IAT]: NOW - 5,
    [OB_ISS]: TPP_ISS,
    [OB_TAN]: TAN,
    crit: [...OB_CRIT],
    ...changes,
  };
  for (const [name, value] of Object.entries(header)) if (value === undefined) delete header[name];
  // By hand, not with jose's signer: it refuses the very headers these tests need to send.
  const encoded = Buffer.from(JSON.stringify(header)).toString('base64url');
  const signingInput = Buffer.from(`${encoded}.${Buffer.from(body).toString('base64url')}`);
  const signature = await crypto.subtle.sign(
    WEBCRYPTO_ALGS[key.jwk.alg as string]!,
    key.privateKey,
    signingInput,
  );
  return `${encoded}..${Buffer.from(signature).toString('base64url')}`;
}

function refusedWith(code: string, path?: string) {
  return (error: unknown) => {
    assert.ok(error instanceof ObError, `expected an OB error, got ${String(error)}`);
    assert.equal(error.code, code);
    assert.equal(error.status, 400);
    if (path !== undefined) assert.equal(error.path, path);
    return true;
  };
}

let ps256: TppKey;
let es256: TppKey;
let registered: TppSigningKeys;

before(async () => {
  [ps256, es256] = await Promise.all([tppKey('PS256'), tppKey('ES256')]);
  registered = { iss: TPP_ISS, tan: TAN, keys: [ps256.jwk, es256.jwk] };
});

describe('verifyMessage', () => {
  test('accepts a PS256 or ES256 detached signature by a registered key over the exact body', async () => {
    await verifyMessage(await sign(ps256), BODY, registered, NOW);
    await verifyMessage(await sign(es256), BODY, registered, NOW);
    // typ and cty are optional; "json" is the other cty the profile allows.
    await verifyMessage(await sign(es256, { typ: undefined, cty: 'json' }), BODY, registered, NOW);
  });

  test('a missing header is Signature.Missing', async () => {
    await assert.rejects(
      verifyMessage(undefined, BODY, registered, NOW),
      refusedWith('UK.OBIE.Signature.Missing'),
    );
    await assert.rejects(
      verifyMessage('', BODY, registered, NOW),
      refusedWith('UK.OBIE.Signature.Missing'),
    );
  });

  test('anything but <header>..<signature> is Signature.Malformed', async () => {
    const attached = (await sign(ps256)).replace('..', `.${BODY.toString('base64url')}.`);
    for (const value of [
      'not a jws',
      attached,
      'a.b',
      `${Buffer.from('[1]').toString('base64url')}..c2ln`,
      `${Buffer.from('{').toString('base64url')}..c2ln`,
    ]) {
      await assert.rejects(
        verifyMessage(value, BODY, registered, NOW),
        refusedWith('UK.OBIE.Signature.Malformed'),
        value,
      );
    }
  });

  test('a changed body, another key or a key of another TPP is Signature.Invalid', async () => {
    const signature = await sign(ps256);
    await assert.rejects(
      verifyMessage(signature, Buffer.from(`${BODY.toString()} `), registered, NOW),
      refusedWith('UK.OBIE.Signature.Invalid'),
    );
    const stranger = await tppKey('ES256');
    await assert.rejects(
      verifyMessage(await sign(stranger), BODY, registered, NOW),
      refusedWith('UK.OBIE.Signature.Invalid'),
    );
    // The registered kid, signed by another key.
    await assert.rejects(
      verifyMessage(await sign({ ...stranger, jwk: es256.jwk }), BODY, registered, NOW),
      refusedWith('UK.OBIE.Signature.Invalid'),
    );
    await assert.rejects(
      verifyMessage(signature, BODY, { ...registered, keys: [] }, NOW),
      refusedWith('UK.OBIE.Signature.Invalid'),
    );
  });

  test('each missing claim is Signature.MissingClaim naming it', async () => {
    for (const claim of ['kid', 'crit', OB_IAT, OB_ISS, OB_TAN]) {
      await assert.rejects(
        verifyMessage(await sign(ps256, { [claim]: undefined }), BODY, registered, NOW),
        refusedWith('UK.OBIE.Signature.MissingClaim', claim),
      );
    }
  });

  test('wrong claim values are Signature.InvalidClaim naming the claim', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ b64: false, crit: [...OB_CRIT, 'b64'] }, 'b64'],
      [{ b64: true }, 'b64'],
      [{ crit: [OB_IAT, OB_ISS] }, 'crit'],
      [{ crit: [...OB_CRIT, 'exp'] }, 'crit'],
      [{ typ: 'JWT' }, 'typ'],
      [{ cty: 'text/plain' }, 'cty'],
      [{ [OB_IAT]: NOW + 3600 }, OB_IAT],
      [{ [OB_IAT]: String(NOW) }, OB_IAT],
      [{ [OB_ISS]: 'another-org/another-software' }, OB_ISS],
      [{ [OB_TAN]: 'openbanking.org.uk' }, OB_TAN],
    ];
    for (const [changes, claim] of cases) {
      await assert.rejects(
        verifyMessage(await sign(ps256, changes), BODY, registered, NOW),
        refusedWith('UK.OBIE.Signature.InvalidClaim', claim),
        JSON.stringify(changes),
      );
    }
  });

  test('only PS256 and ES256 are accepted, and only as the registered key says', async () => {
    const rs256 = await tppKey('RS256');
    await assert.rejects(
      verifyMessage(await sign(rs256), BODY, { ...registered, keys: [rs256.jwk] }, NOW),
      refusedWith('UK.OBIE.Signature.InvalidClaim', 'alg'),
    );
    // An ES256 signature under the kid of the key registered for PS256.
    const forged = await sign(es256, { kid: ps256.jwk.kid });
    await assert.rejects(
      verifyMessage(forged, BODY, registered, NOW),
      refusedWith('UK.OBIE.Signature.InvalidClaim', 'alg'),
    );
  });
});

describe('signMessage', () => {
  let dir: string;
  let keys: KeyProvider;
  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'signing-test-'));
    keys = createKeyProvider({ keystoreDir: dir });
  });
  after(async () => {
    await keys.close();
    await rm(dir, { recursive: true, force: true });
  });

  for (const alg of ['PS256', 'ES256'] as const) {
    test(`${alg}: the bank's signature carries the OB claims and verifies over the body with its public key`, async () => {
      const key = await keys.getOrCreate(`bank-${alg.toLowerCase()}`, alg);
      const signature = await signMessage(
        key,
        { iss: 'https://bank.example', tan: 'bank.example' },
        BODY,
        NOW,
      );
      const [protectedHeader, payload, sig] = signature.split('.') as [string, string, string];
      assert.equal(payload, '');
      const { protectedHeader: header } = await flattenedVerify(
        { protected: protectedHeader, payload: BODY.toString('base64url'), signature: sig },
        await importJWK(key.publicJwk, alg),
        { crit: Object.fromEntries(OB_CRIT.map((claim) => [claim, true])) },
      );
      assert.deepEqual(header, {
        typ: 'JOSE',
        cty: 'application/json',
        [OB_IAT]: NOW,
        [OB_ISS]: 'https://bank.example',
        [OB_TAN]: 'bank.example',
        crit: [...OB_CRIT],
        alg,
        kid: key.kid,
      });
      // What the bank signs, its own verifier accepts.
      await verifyMessage(
        signature,
        BODY,
        { iss: 'https://bank.example', tan: 'bank.example', keys: [key.publicJwk] },
        NOW,
      );
    });
  }
});
