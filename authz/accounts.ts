import type { Knex } from 'knex';
import type { Account, FindAccount } from 'oidc-provider';

interface CustomerRow {
  id: string;
}

/**
 * oidc-provider's account lookup: the customer is the subject. `openbanking_intent_id` is the
 * intent of the request being answered: the authorization endpoint has already checked that the
 * intent exists, is the client's and awaited this authorisation (UK OB Security Profile).
 */
export function accountFinder(knex: Knex): FindAccount {
  return async (_ctx, sub) => {
    const customer = await knex('authz.customers').select<CustomerRow[]>('id').where({ id: sub }).first();
    if (!customer) return undefined;
    const account: Account = {
      accountId: customer.id,
      claims: (_use, _scope, claims) => {
        const requested = (claims as { openbanking_intent_id?: { value?: unknown } } | undefined)?.openbanking_intent_id?.value;
        return { sub: customer.id, ...(typeof requested === 'string' && { openbanking_intent_id: requested }) };
      },
    };
    return account;
  };
}
