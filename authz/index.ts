export { createAuthorizationServer, SIGNING_KEYS } from './provider.ts';
export type { AuthorizationServer, AuthorizationServerOptions } from './provider.ts';
export { accessTokenFinder } from './access-tokens.ts';
export type {
  AccessTokenInfo,
  FindAccessToken,
  TokenCharge,
  TokenConsent,
} from './access-tokens.ts';
export { recordFirstUse } from './replay.ts';
export { batchedFirstUse } from './first-use-batches.ts';
export { sweepExpired } from './sweep.ts';
export type { SweepOptions, SweepResult } from './sweep.ts';
export { revokeGrantTokens } from './grant-revocation.ts';
export { unlockCustomer } from './interactions/customers.ts';
export { SCOPE_OF_KIND } from './intent-check.ts';
export { findClientIdentity } from './client-identity.ts';
export type { ClientIdentity } from './client-identity.ts';
export {
  ACCOUNT_INFORMATION_TYPE,
  PAYMENT_INITIATION_TYPE,
  DEFAULT_ACCOUNT_PERMISSIONS,
} from './described-consent.ts';
export type {
  DescribedConsent,
  DescribedConsentKind,
  DescribedConsents,
} from './described-consent.ts';
export { describeAuthorizationServer } from './api-description.ts';
export { hashPassword, totpSecretAssociatedData } from './credentials.ts';
export type { BankBranding } from './interactions/consent-ui.ts';
export type { AuthorizationServerDescription } from './api-description.ts';
export { OAUTH_ERROR_HELP } from './error-help.ts';
