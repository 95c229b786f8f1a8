import { createHash } from 'node:crypto';
import type { Knex } from 'knex';

/**
 * What the resource server needs to know about an access token, read straight from the
 * authorization server's table: both run against the same database, so a token lookup is one
 * indexed query and needs no introspection call (RFC 7662 stays available for TPPs and gateways).
 */
export interface AccessTokenInfo {
  /** Client-credentials tokens create intents; authorization-code tokens act on a consent. */
  kind: 'client_credentials' | 'authorization_code';
  clientId: string;
  scopes: string[];
  /** RFC 9449 `jkt` and/or RFC 8705 `x5t#S256`: every token this server issues has one. */
  cnf: { jkt?: string; 'x5t#S256'?: string };
  expiresAt: Date;
  /** The OB intent the customer authorised (authorization-code tokens only). */
  consentId: string | undefined;
  /** oidc-provider's grant: revoking a consent revokes every token of its grant. */
  grantId: string | undefined;
}

export type FindAccessToken = (token: string) => Promise<AccessTokenInfo | undefined>;

interface TokenRow {
  kind: 'AccessToken' | 'ClientCredentials';
  payload: {
    clientId: string;
    scope?: string;
    jkt?: string;
    'x5t#S256'?: string;
    grantId?: string;
    extra?: { consent_id?: string };
    exp: number;
  };
}

/** Token values are opaque, at most this long; anything longer is not one of ours. */
const TOKEN_CHARS_MAX = 512;

/**
 * Looks an access token up by the SHA-256 key the adapter stores it under (authz/adapter.ts).
 * Expired and consumed rows are not active. Consent state is checked by the resource guard.
 */
export function accessTokenFinder(knex: Knex): FindAccessToken {
  return async (token) => {
    if (token.length === 0 || token.length > TOKEN_CHARS_MAX) return undefined;
    const key = createHash('sha256').update(token).digest('base64url');
    const row = await knex('authz.oidc_payloads')
      .select<TokenRow[]>('kind', 'payload')
      .whereIn('kind', ['AccessToken', 'ClientCredentials'])
      .andWhere('id', key)
      .andWhere('expires_at', '>', knex.fn.now())
      .whereNull('consumed_at')
      .first();
    if (!row) return undefined;
    const { payload } = row;
    return {
      kind: row.kind === 'ClientCredentials' ? 'client_credentials' : 'authorization_code',
      clientId: payload.clientId,
      scopes: (payload.scope ?? '').split(' ').filter(Boolean),
      cnf: {
        ...(payload.jkt && { jkt: payload.jkt }),
        ...(payload['x5t#S256'] && { 'x5t#S256': payload['x5t#S256'] }),
      },
      expiresAt: new Date(payload.exp * 1000),
      consentId: payload.extra?.consent_id,
      grantId: payload.grantId,
    };
  };
}
