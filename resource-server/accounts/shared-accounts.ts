import type { Knex } from 'knex';
import type { TokenConsent } from '../../authz/index.ts';
import { listCustomerAccounts, type LedgerAccount } from '../../ledger/index.ts';

/**
 * The accounts the consent shares, as the ledger holds them now, in id order (the order bulk
 * transaction pages walk them in). An account the customer no longer holds is not shared.
 */
export async function sharedAccounts(knex: Knex, consent: TokenConsent): Promise<LedgerAccount[]> {
  if (!consent.customerId) return [];
  const shared = new Set(consent.accountIds);
  const held = await listCustomerAccounts(knex, consent.customerId);
  return held
    .filter((account) => shared.has(account.id))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
