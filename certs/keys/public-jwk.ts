import { calculateJwkThumbprint, type JWK } from 'jose';

import type { SigningAlg } from './types.ts';

/** FAPI 2.0 section 5.4.1: RSA keys shall have a length of at least 2048 bits. */
export const RSA_MODULUS_BITS_MIN = 2048;

export interface PublicKeyIdentity {
  readonly kid: string;
  readonly publicJwk: JWK;
}

/**
 * Checks that a public JWK (from a keystore file or exported by a token) is a key the algorithm
 * may use, and returns its published form: only the public members, `kid` = RFC 7638 thumbprint.
 * Anything else (private members, `key_ops`, `ext`) is dropped so it can never reach a JWKS.
 */
export async function describePublicKey(jwk: JWK, alg: SigningAlg): Promise<PublicKeyIdentity> {
  const members = publicMembers(jwk, alg);
  const kid = await calculateJwkThumbprint(members, 'sha256');
  const publicJwk: JWK = Object.freeze({ ...members, kid, alg, use: 'sig' });
  return { kid, publicJwk };
}

function publicMembers(jwk: JWK, alg: SigningAlg): JWK {
  switch (alg) {
    case 'ES256': {
      if (jwk.kty !== 'EC' || jwk.crv !== 'P-256' || !jwk.x || !jwk.y) {
        throw new Error(`ES256 needs an EC P-256 key, found kty=${jwk.kty} crv=${jwk.crv}`);
      }
      return { kty: 'EC', crv: 'P-256', x: jwk.x, y: jwk.y };
    }
    case 'PS256': {
      if (jwk.kty !== 'RSA' || !jwk.n || !jwk.e) {
        throw new Error(`PS256 needs an RSA key, found kty=${jwk.kty}`);
      }
      const bits = modulusBits(jwk.n);
      if (bits < RSA_MODULUS_BITS_MIN) {
        throw new Error(
          `PS256 needs an RSA key of at least ${RSA_MODULUS_BITS_MIN} bits, found ${bits}`,
        );
      }
      return { kty: 'RSA', n: jwk.n, e: jwk.e };
    }
  }
}

function modulusBits(n: string): number {
  const bytes = Buffer.from(n, 'base64url');
  const first = bytes.findIndex((byte) => byte !== 0);
  if (first === -1) return 0;
  return (bytes.length - first - 1) * 8 + (32 - Math.clz32(bytes[first]!));
}
