import type { Knex } from 'knex';
import type { Account, FindAccount } from 'oidc-provider';
import { INTENT_ID_CLAIM, intentFromParams } from './interactions/intent.ts';

interface CustomerRow {
  id: string;
}

/**
 * oidc-provider's account lookup: the customer is the subject. `openbanking_intent_id` (id token
 * only) is the intent of the authorization being answered, named in the claims request or, for a
 * RAR request, in the authorization details the code or refresh token carries. The authorization
 * endpoint has already checked that the intent exists, is the client's and awaited this
 * authorisation (UK OB Security Profile).
 */
export function accountFinder(knex: Knex): FindAccount {
  return async (_ctx, sub, token) => {
    const customer = await knex('authz.customers').select<CustomerRow[]>('id').where({ id: sub }).first();
    if (!customer) return undefined;
    const details = token && 'rar' in token ? token.rar : undefined;
    const account: Account = {
      accountId: customer.id,
      claims: (use, _scope, claims) => {
        const intent = use === 'id_token' ? intentFromParams({ claims: { id_token: claims }, authorization_details: details }) : undefined;
        return { sub: customer.id, ...(intent && { [INTENT_ID_CLAIM]: intent.intentId }) };
      },
    };
    return account;
  };
}
