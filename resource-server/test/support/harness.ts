import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type Router from '@koa/router';
import type { Knex } from 'knex';
import Koa from 'koa';
import type { AccessTokenInfo } from '../../../authz/index.ts';
import { openAccount, type LedgerAccount } from '../../../ledger/index.ts';
import { createLogger } from '../../../platform/logging.ts';
import { API_PREFIX } from '../../api.ts';
import { errorHandler } from '../../error-handler.ts';
import type { ResourceMiddleware, ResourceState } from '../../state.ts';

/**
 * In the guard's place on a route under test: leaves the state as the guard leaves it for a
 * client-credentials token of the client `clientId()` names at the time of the request (the guard
 * on its own is test/guard, with real tokens test/e2e/resource-guard).
 */
export function asTheGuardLeavesIt(clientId: () => string): ResourceMiddleware {
  return async (ctx, next) => {
    const token: AccessTokenInfo = {
      kind: 'client_credentials',
      clientId: clientId(),
      orgId: undefined,
      scopes: ['accounts'],
      cnf: { jkt: 'thumbprint' },
      expiresAt: new Date(Date.now() + 60_000),
      consentId: undefined,
      grantId: undefined,
      consent: undefined,
      charge: undefined,
    };
    ctx.state.credentials = { scheme: 'DPoP', token: 'opaque' };
    ctx.state.token = token;
    await next();
  };
}

/**
 * The router's routes behind the one error handler, as the resource server mounts them, on
 * loopback HTTP: the base URL (API_PREFIX included) and how to close it.
 */
export async function serveRoutes(
  router: Router<ResourceState>,
): Promise<{ base: string; close(): Promise<void> }> {
  const logger = createLogger({ level: 'silent' });
  const app = new Koa<ResourceState>();
  app.use(errorHandler({ logger, errorDocs: 'https://bank.example/docs/errors' }));
  app.use(router.routes());
  const server = createServer(app.callback());
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}${API_PREFIX}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A customer's GBP current account with an overdraft: it may go below zero. */
export function overdraftAccount(
  knex: Knex,
  customerId: string,
  accountNumber: string,
): Promise<LedgerAccount> {
  return openAccount(knex, {
    kind: 'customer',
    customerId,
    currency: 'GBP',
    name: 'Test Customer',
    accountType: 'Personal',
    accountSubtype: 'CurrentAccount',
    sortCode: '123456',
    accountNumber,
    allowNegativeBalance: true,
  });
}
