import { aliceAccountAccess, ACCOUNTS_PATH } from './account-access.ts';
import { compareResourceLoad } from './resource-load.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;

/**
 * The read path of issue 11: GET /aisp/accounts with the DPoP-bound authorization-code token of
 * alice's account-access consent. Every request passes the whole resource guard (token and consent,
 * DPoP proof with a fresh `jti` recorded once, permission) and reads her accounts.
 */
export const accounts: Workload = {
  name: 'accounts',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const { accessToken } = await aliceAccountAccess(context);
    const comparison = await compareResourceLoad(context, {
      method: 'GET',
      path: ACCOUNTS_PATH,
      accessToken,
      scope: 'accounts',
      connections,
      expectStatus: 200,
    });
    return [
      {
        name: `GET /aisp/accounts, DPoP, ${connections} conns`,
        comparison,
        goal: { ratioMin: 0.6, p99MsMax: 20 },
      },
    ];
  },
};
