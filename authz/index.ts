export { createAuthorizationServer, SIGNING_KEYS } from './provider.ts';
export type { AuthorizationServer, AuthorizationServerOptions } from './provider.ts';
export { accessTokenFinder } from './access-tokens.ts';
export type { AccessTokenInfo, FindAccessToken, TokenConsent } from './access-tokens.ts';
export { recordFirstUse } from './replay.ts';
export { batchedFirstUse } from './first-use-batches.ts';
export { sweepExpired } from './sweep.ts';
export type { SweepOptions, SweepResult } from './sweep.ts';
export { revokeGrantTokens } from './grant-revocation.ts';
