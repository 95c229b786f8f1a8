import { Pkcs11KeyProvider, type Pkcs11Options } from './pkcs11.ts';
import { SoftwareKeyProvider } from './software.ts';
import type { KeyProvider } from './types.ts';

export interface KeyProviderOptions {
  /** When set, keys live in this PKCS#11 token; the keystore directory is then not used. */
  readonly pkcs11?: Pkcs11Options | undefined;
  /** Software keystore (one 0600 file per key), used when there is no PKCS#11 token. */
  readonly keystoreDir: string;
}

export function createKeyProvider(options: KeyProviderOptions): KeyProvider {
  return options.pkcs11
    ? new Pkcs11KeyProvider(options.pkcs11)
    : new SoftwareKeyProvider(options.keystoreDir);
}
