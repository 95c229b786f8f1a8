export {
  createKeyProvider,
  signCompactJws,
  signDetachedJws,
  toExternalSigningKey,
  toOidcJwks,
} from './keys/index.ts';
export type {
  JwsPayload,
  KeyProvider,
  KeyProviderOptions,
  Pkcs11Options,
  SigningAlg,
  SigningKey,
} from './keys/index.ts';
export { createCertificateAuthority, ensureDevPki, issueCertificate, x5tS256 } from './pki.ts';
export type {
  CertificateAuthorityOptions,
  CertificateUsage,
  DevPki,
  DevPkiOptions,
  DistinguishedName,
  IssueCertificateOptions,
} from './pki.ts';
export { SandboxDirectory } from './directory.ts';
export type {
  BankEndpoints,
  SandboxDirectoryOptions,
  SoftwareStatementClaims,
  TppKit,
} from './directory.ts';
