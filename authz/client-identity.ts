import type { JWK } from 'jose';
import type { Knex } from 'knex';
import { PostgresAdapter } from './adapter.ts';

/** Who a registered TPP is, as its software statement said at registration. */
export interface ClientIdentity {
  orgId: string;
  softwareId: string;
  /**
   * The inline JWKS from the software statement (empty for a client registered with `jwks_uri`).
   */
  keys: JWK[];
}

/**
 * A client's registered identity and keys, read through the authorization server's own store
 * (the resource server verifies OB message signatures with them). Undefined for an unknown or
 * deleted client.
 */
export async function findClientIdentity(
  knex: Knex,
  clientId: string,
): Promise<ClientIdentity | undefined> {
  const client = (await new PostgresAdapter(knex, 'Client').find(clientId)) as
    | { org_id?: string; software_id?: string; jwks?: { keys?: JWK[] } }
    | undefined;
  if (!client?.org_id || !client.software_id) return undefined;
  return { orgId: client.org_id, softwareId: client.software_id, keys: client.jwks?.keys ?? [] };
}
