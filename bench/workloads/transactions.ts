import { aliceAccountAccess, ACCOUNTS_PATH } from './account-access.ts';
import { compareResourceLoad } from './resource-load.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;

/**
 * GET /accounts/{AccountId}/transactions of alice's current account: the guard as for accounts,
 * plus the account check, and a page of ledger entries.
 */
export const transactions: Workload = {
  name: 'transactions',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const { accessToken, accountId } = await aliceAccountAccess(context);
    const path = `${ACCOUNTS_PATH}/${encodeURIComponent(accountId)}/transactions`;
    const comparison = await compareResourceLoad(context, {
      method: 'GET',
      path,
      accessToken,
      scope: 'accounts',
      connections,
      expectStatus: 200,
    });
    return [{ name: `GET accounts/{id}/transactions, DPoP, ${connections} conns`, comparison }];
  },
};
