import { getAccount, type LedgerAccount } from '../../ledger/index.ts';
import type { AccountPaymentOrder, PaymentOrderKind } from '../../openbanking/index.ts';
import { respond, selfLink, type ApiDeps, type ApiRouter, type RouteGroup } from '../api.ts';
import { ResourceNotFound } from '../errors.ts';
import type { PermissionRule } from '../guard/index.ts';
import { guardedConsent, type ResourceContext } from '../state.ts';
import { accountResource, type AccountView } from './account-resource.ts';
import { balanceResources } from './balance-resource.ts';
import { orderPageCursor, paymentOrderPage } from './payment-order-pages.ts';
import {
  type OrderView,
  scheduledPaymentResource,
  standingOrderResource,
} from './payment-order-resource.ts';
import {
  ACCOUNTS_DETAIL,
  ACCOUNTS_RULE,
  READ_PAN,
  BALANCES_RULE,
  SCHEDULED_PAYMENTS_DETAIL,
  SCHEDULED_PAYMENTS_RULE,
  STANDING_ORDERS_DETAIL,
  STANDING_ORDERS_RULE,
  TRANSACTIONS_RULE,
  transactionView,
} from './permissions.ts';
import { sharedAccounts } from './shared-accounts.ts';
import { transactionPage } from './transaction-pages.ts';
import {
  bookingPeriod,
  cursorText,
  QUERY_PAGE,
  readTransactionQuery,
} from './transaction-query.ts';
import { transactionResource } from './transaction-resource.ts';

/**
 * OB v3.1 Account and Transaction API, the resources a customer's account-access consent covers:
 * accounts, balances, transactions, scheduled payments and standing orders, each for one account
 * or for all the consent shares. The
 * guard has proven an authorised, unexpired consent of this TPP with the endpoint's permissions
 * and, for /accounts/{AccountId}/..., that the account is one the customer shared.
 */
export const accountInformation: RouteGroup = (router: ApiRouter, deps: ApiDeps) => {
  const guard = (permissions: PermissionRule, oneAccount: boolean) =>
    deps.guard({
      scope: 'accounts',
      grant: 'authorization_code',
      consent: { permissions, ...(oneAccount && { accountParam: 'AccountId' }) },
    });

  const accountView = (permissions: readonly string[]): AccountView => ({
    detail: permissions.includes(ACCOUNTS_DETAIL),
    panKey: permissions.includes(READ_PAN) ? deps.dataEncryptionKey : undefined,
  });

  router.get('/aisp/accounts', ...guard(ACCOUNTS_RULE, false), async (ctx) => {
    const consent = guardedConsent(ctx);
    const view = accountView(consent.permissions);
    const accounts = await sharedAccounts(deps.knex, consent);
    respond(
      ctx,
      200,
      envelope(deps, ctx, { Account: accounts.map((account) => accountResource(account, view)) }),
    );
  });

  router.get('/aisp/accounts/:AccountId', ...guard(ACCOUNTS_RULE, true), async (ctx) => {
    const consent = guardedConsent(ctx);
    const account = await pathAccount(deps, ctx);
    respond(
      ctx,
      200,
      envelope(deps, ctx, {
        Account: [accountResource(account, accountView(consent.permissions))],
      }),
    );
  });

  router.get('/aisp/balances', ...guard(BALANCES_RULE, false), async (ctx) => {
    const accounts = await sharedAccounts(deps.knex, guardedConsent(ctx));
    const now = new Date();
    respond(
      ctx,
      200,
      envelope(deps, ctx, {
        Balance: accounts.flatMap((account) => balanceResources(account, now)),
      }),
    );
  });

  router.get('/aisp/accounts/:AccountId/balances', ...guard(BALANCES_RULE, true), async (ctx) => {
    respond(
      ctx,
      200,
      envelope(deps, ctx, { Balance: balanceResources(await pathAccount(deps, ctx), new Date()) }),
    );
  });

  router.get('/aisp/transactions', ...guard(TRANSACTIONS_RULE, false), async (ctx) => {
    await transactions(deps, ctx, await sharedAccounts(deps.knex, guardedConsent(ctx)));
  });

  router.get(
    '/aisp/accounts/:AccountId/transactions',
    ...guard(TRANSACTIONS_RULE, true),
    async (ctx) => {
      await transactions(deps, ctx, [await pathAccount(deps, ctx)]);
    },
  );

  for (const orders of ORDER_LISTS) {
    const list = (ctx: ResourceContext, accounts: LedgerAccount[]) =>
      paymentOrders(deps, ctx, accounts, orders);
    router.get(`/aisp/${orders.path}`, ...guard(orders.rule, false), async (ctx) => {
      await list(ctx, await sharedAccounts(deps.knex, guardedConsent(ctx)));
    });
    router.get(
      `/aisp/accounts/:AccountId/${orders.path}`,
      ...guard(orders.rule, true),
      async (ctx) => {
        await list(ctx, [await pathAccount(deps, ctx)]);
      },
    );
  }
};

/** The payment orders the API lists: which kind, under which path and Data member, by what rule. */
interface OrderList {
  kind: PaymentOrderKind;
  path: string;
  member: string;
  rule: PermissionRule;
  detail: string;
  resource: (order: AccountPaymentOrder, view: OrderView) => Record<string, unknown>;
}

const ORDER_LISTS: readonly OrderList[] = [
  {
    kind: 'domestic-scheduled-payment',
    path: 'scheduled-payments',
    member: 'ScheduledPayment',
    rule: SCHEDULED_PAYMENTS_RULE,
    detail: SCHEDULED_PAYMENTS_DETAIL,
    resource: scheduledPaymentResource,
  },
  {
    kind: 'domestic-standing-order',
    path: 'standing-orders',
    member: 'StandingOrder',
    rule: STANDING_ORDERS_RULE,
    detail: STANDING_ORDERS_DETAIL,
    resource: standingOrderResource,
  },
];

/** The shared account the path names; the guard has checked it is in the consent. */
async function pathAccount(deps: ApiDeps, ctx: ResourceContext): Promise<LedgerAccount> {
  const accountId = (ctx.params as { AccountId: string }).AccountId;
  const { customerId } = guardedConsent(ctx);
  const account = await getAccount(deps.knex, accountId);
  // Shared, but no longer held by the customer (e.g. closed and transferred).
  if (!account || customerId === undefined || account.customerId !== customerId)
    throw new ResourceNotFound('account', 'AccountId');
  return account;
}

async function transactions(
  deps: ApiDeps,
  ctx: ResourceContext,
  accounts: LedgerAccount[],
): Promise<void> {
  const consent = guardedConsent(ctx);
  const query = readTransactionQuery(ctx.query);
  const view = transactionView(consent.permissions);
  const page = await transactionPage(
    deps.knex,
    accounts,
    bookingPeriod(query, consent),
    query.cursor,
    view,
  );
  const link = (cursor: string | undefined) => {
    const params = new URLSearchParams({
      ...query.filters,
      ...(cursor !== undefined && { [QUERY_PAGE]: cursor }),
    });
    return `${selfLink(deps, ctx.path)}${params.size > 0 ? `?${params}` : ''}`;
  };
  respond(ctx, 200, {
    Data: { Transaction: page.entries.map((entry) => transactionResource(entry, view)) },
    Links: {
      Self: link(query.cursor && cursorText(query.cursor)),
      ...(page.next && { Next: link(cursorText(page.next)) }),
    },
    // The period the consent lets the TPP see, so it knows why older entries are missing.
    Meta: {
      ...(consent.transactionFrom && {
        FirstAvailableDateTime: consent.transactionFrom.toISOString(),
      }),
      ...(consent.transactionTo && { LastAvailableDateTime: consent.transactionTo.toISOString() }),
    },
  });
}

/** A page of the customer's orders paying from these accounts, with Links.Next for more. */
async function paymentOrders(
  deps: ApiDeps,
  ctx: ResourceContext,
  accounts: LedgerAccount[],
  list: OrderList,
): Promise<void> {
  const consent = guardedConsent(ctx);
  const cursor = orderPageCursor(ctx.query);
  const page =
    consent.customerId === undefined
      ? { orders: [], next: undefined }
      : await paymentOrderPage(
          deps.knex,
          list.kind,
          consent.customerId,
          accounts.map((account) => account.id),
          cursor,
        );
  const view = { detail: consent.permissions.includes(list.detail) };
  const link = (at: string | undefined) =>
    `${selfLink(deps, ctx.path)}${at === undefined ? '' : `?${new URLSearchParams({ [QUERY_PAGE]: at })}`}`;
  respond(ctx, 200, {
    Data: { [list.member]: page.orders.map((order) => list.resource(order, view)) },
    Links: { Self: link(cursor), ...(page.next && { Next: link(page.next) }) },
    Meta: {},
  });
}

function envelope(deps: ApiDeps, ctx: ResourceContext, data: Record<string, unknown>) {
  return { Data: data, Links: { Self: selfLink(deps, ctx.path) }, Meta: { TotalPages: 1 } };
}
