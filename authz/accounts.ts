import type { Knex } from 'knex';
import type { Account, FindAccount } from 'oidc-provider';
import { findConsentIdOfGrant } from '../openbanking/index.ts';
import { INTENT_ID_CLAIM } from './interactions/intent.ts';

interface CustomerRow {
  id: string;
}

/**
 * oidc-provider's account lookup: the customer is the subject. `openbanking_intent_id` (id token
 * only, UK OB Security Profile) is the consent the customer approved in the grant the code or
 * refresh token belongs to, however the request named or described it.
 */
export function accountFinder(knex: Knex): FindAccount {
  return async (_ctx, sub, token) => {
    const customer = await knex('authz.customers')
      .select<CustomerRow[]>('id')
      .where({ id: sub })
      .first();
    if (!customer) return undefined;
    const grantId = token?.grantId;
    const account: Account = {
      accountId: customer.id,
      claims: async (use) => {
        const intentId =
          use === 'id_token' && grantId ? await findConsentIdOfGrant(knex, grantId) : undefined;
        return { sub: customer.id, ...(intentId && { [INTENT_ID_CLAIM]: intentId }) };
      },
    };
    return account;
  };
}
