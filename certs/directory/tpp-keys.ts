import { generateKeyPair, type KeyObject } from 'node:crypto';
import { promisify } from 'node:util';

import type { JWK } from 'jose';

import { describePublicKey, RSA_MODULUS_BITS_MIN } from '../keys/public-jwk.ts';
import type { SigningAlg } from '../keys/types.ts';

const generateKeyPairAsync = promisify(generateKeyPair);

/**
 * The TPP's own keys. They belong to the TPP, not to the bank, so they are software keys handed
 * over in the kit rather than keys behind the platform's key provider.
 */
export interface TppSigningKeyPair {
  /** Private JWK with `kid`, `alg` and `use: 'sig'`, ready for a JOSE library. */
  readonly privateJwk: JWK;
  /** Public JWK with the same `kid`, `alg` and `use`. */
  readonly publicJwk: JWK;
}

export async function generateSigningKeyPair(alg: SigningAlg): Promise<TppSigningKeyPair> {
  // FAPI 2.0 section 5.4.1's floor is enough for a sandbox key and keeps onboarding quick.
  const { privateKey } =
    alg === 'ES256'
      ? await generateKeyPairAsync('ec', { namedCurve: 'P-256' })
      : await generateKeyPairAsync('rsa', { modulusLength: RSA_MODULUS_BITS_MIN });
  const { kid, publicJwk } = await describePublicKey(
    privateKey.export({ format: 'jwk' }) as JWK,
    alg,
  );
  const privateJwk: JWK = {
    ...(privateKey.export({ format: 'jwk' }) as JWK),
    kid,
    alg,
    use: 'sig',
  };
  return { privateJwk, publicJwk: { ...publicJwk } };
}

/** The key behind the TPP's transport (mTLS) certificate: P-256, as TLS 1.3 handles it cheaply. */
export async function generateTransportKey(): Promise<{
  privateKey: KeyObject;
  publicKey: KeyObject;
}> {
  return generateKeyPairAsync('ec', { namedCurve: 'P-256' });
}
