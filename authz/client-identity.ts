import type { JWK } from 'jose';
import type { Knex } from 'knex';

/** Who a registered TPP is, as its software statement said at registration. */
export interface ClientIdentity {
  orgId: string;
  softwareId: string;
  /** The inline JWKS from the software statement (empty for a client registered with `jwks_uri`). */
  keys: JWK[];
}

interface ClientRow {
  payload: { org_id?: string; software_id?: string; jwks?: { keys?: JWK[] } };
}

/**
 * A client's registered identity and keys, read from the authorization server's store in the
 * same database (the resource server verifies OB message signatures with them). Undefined for an
 * unknown or deleted client.
 */
export async function findClientIdentity(knex: Knex, clientId: string): Promise<ClientIdentity | undefined> {
  const row = await knex('authz.oidc_payloads')
    .select<ClientRow[]>('payload')
    .where({ kind: 'Client', id: clientId })
    .andWhere((q) => q.whereNull('expires_at').orWhere('expires_at', '>', knex.fn.now()))
    .first();
  if (!row?.payload.org_id || !row.payload.software_id) return undefined;
  return { orgId: row.payload.org_id, softwareId: row.payload.software_id, keys: row.payload.jwks?.keys ?? [] };
}
