import { createPublicKey, type KeyObject } from 'node:crypto';

import { ExternalSigningKey, type JWKS } from 'oidc-provider';

import type { SigningAlg, SigningKey } from './types.ts';

/**
 * oidc-provider's seam for keys it cannot hold (features.externalSigningSupport, experimental-01
 * in 9.x). It reads `kid`, `alg` and `use` from the instance, derives the published JWK members
 * from `keyObject()` (called synchronously, so it must not return a promise), and for every JWS
 * it signs (id tokens, JARM, JWT introspection, logout tokens) builds the signing input itself and
 * calls `sign(input)`, expecting the JWS signature bytes: r||s for ES256.
 */
class ProviderSigningKey extends ExternalSigningKey {
  readonly #key: SigningKey;
  readonly #publicKey: KeyObject;

  constructor(key: SigningKey) {
    super();
    this.#key = key;
    this.#publicKey = createPublicKey({ key: key.publicJwk, format: 'jwk' });
  }

  // Fixed getters: oidc-provider would otherwise compute its own kid, and needs `alg` to know
  // which of an RSA key's algorithms (PS256, RS256, ...) it may use.
  override get kid(): string {
    return this.#key.kid;
  }

  override get alg(): SigningAlg {
    return this.#key.alg;
  }

  override keyObject(): KeyObject {
    return this.#publicKey;
  }

  override sign(data: Uint8Array): Promise<Uint8Array> {
    return this.#key.sign(data);
  }
}

export function toExternalSigningKey(key: SigningKey): ExternalSigningKey {
  return new ProviderSigningKey(key);
}

/**
 * The `jwks` configuration for oidc-provider: the ExternalSigningKey instances themselves go in
 * `jwks.keys`, in place of private JWKs. Put the key that should sign first; keys being rotated in
 * or out follow it and are published, so tokens signed with them still verify.
 */
export function toOidcJwks(keys: readonly SigningKey[]): JWKS {
  return { keys: keys.map(toExternalSigningKey) };
}
