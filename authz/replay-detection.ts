import { createHash } from 'node:crypto';
import type { Knex } from 'knex';
import type { Provider } from 'oidc-provider';
import { batchedFirstUse } from './first-use-batches.ts';

/**
 * oidc-provider's one-time checks (client assertion `jti`, DPoP proof `jti` at the token and PAR
 * endpoints) call `ReplayDetection.unique(iss, jti, exp)`, which by default finds, then saves: two
 * database round trips per check, two checks per `private_key_jwt` + DPoP token request. This
 * answers the same question with an INSERT into authz.replay, shared by the checks of concurrent
 * requests (first-use-batches.ts: atomic per key, and an expired leftover counts as unused, as
 * oidc-provider's find-then-save would treat it), and the callers keep their own errors
 * (`invalid_client` for a reused assertion, DPoP replay refusals).
 */
export function recordReplaysInOneRoundTrip(provider: Provider, knex: Knex): void {
  const recordFirstUse = batchedFirstUse(knex);
  provider.ReplayDetection.unique = (iss, jti, exp) =>
    recordFirstUse(replayKey(iss, jti), new Date(exp * 1000));
}

/** Namespaced apart from the resource server's DPoP keys; hashed to bound its length. */
function replayKey(iss: string, jti: string): string {
  return `oidc:${createHash('sha256').update(`${iss}\u0000${jti}`).digest('base64url')}`;
}
