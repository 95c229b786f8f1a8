// The two oidc-provider 9 internals authz/client-credentials.ts builds on (no "exports" map, so
// these paths are importable); checked at boot by assertSeams and in
// authz/test/client-credentials.test.ts.
declare module 'oidc-provider/lib/helpers/grants.js' {
  const helpers: Record<string, unknown>;
  export = helpers;
}
declare module 'oidc-provider/lib/actions/grants/client_credentials.js' {
  import type { KoaContextWithOIDC, Provider } from 'oidc-provider';
  export function handler(
    provider: Provider,
    helpers: Record<string, unknown>,
    ctx: KoaContextWithOIDC,
  ): Promise<void>;
  export const parameters: Set<string>;
}
