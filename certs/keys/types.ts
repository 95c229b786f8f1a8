import type { JWK } from 'jose';

/** FAPI 2.0 section 5.4 permits only these for signatures. */
export type SigningAlg = 'ES256' | 'PS256';

/** A private key the platform never sees: it can only ask for signatures. */
export interface SigningKey {
  readonly label: string;
  readonly alg: SigningAlg;
  /** RFC 7638 thumbprint of the public JWK, used as `kid`. */
  readonly kid: string;
  /** Public JWK with `kid`, `alg` and `use: 'sig'`. */
  readonly publicJwk: JWK;
  /**
   * JWS signature bytes over `data`: raw r||s for ES256, RSASSA-PSS (SHA-256, salt 32) for PS256.
   */
  sign(data: Uint8Array): Promise<Uint8Array>;
}

export interface KeyProvider {
  readonly kind: 'pkcs11' | 'software';
  /**
   * Where the private keys live, for an operator: the HSM token, or the software keystore's
   * directory.
   */
  readonly location: string;
  /** Finds the key with this label or generates it (never two keys under one label). */
  getOrCreate(label: string, alg: SigningAlg): Promise<SigningKey>;
  close(): Promise<void>;
}
