export { createKeyProvider } from './create.ts';
export type { KeyProviderOptions } from './create.ts';
export { signCompactJws, signDetachedJws } from './jws.ts';
export type { JwsPayload } from './jws.ts';
export { toExternalSigningKey, toOidcJwks } from './oidc-signing-key.ts';
export type { Pkcs11Options } from './pkcs11.ts';
export type { KeyProvider, SigningAlg, SigningKey } from './types.ts';
