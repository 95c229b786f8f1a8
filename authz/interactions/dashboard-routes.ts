import type { Context } from 'koa';
import type { Knex } from 'knex';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';
import type { ConsentUi } from '../../consent-ui/index.ts';
import { listCustomerAccounts, type LedgerAccount } from '../../ledger/index.ts';
import { consentOffer } from './consent-offer.ts';
import {
  cancelCustomerPaymentOrder,
  cancelRefusal,
  findConsent,
  findCustomerPaymentOrder,
  listCustomerConsents,
  listCustomerPaymentOrders,
  type PaymentOrderRecord,
  revokeConsent,
  type ConsentRecord,
} from '../../openbanking/index.ts';
import { revokeGrantTokens } from '../grant-revocation.ts';
import type { CsrfTokens } from './csrf.ts';
import type { CustomerSessions } from './customer-session.ts';
import { findCustomerById } from './customers.ts';
import { readForm } from './form.ts';
import { seeOther, sendPage } from './page.ts';
import { accountView, formatDateTime } from './presentation.ts';
import { ORDER_NOT_CANCELLABLE, FORM_EXPIRED } from './problems.ts';
import { paymentOrderView, type PaymentOrderView } from './payment-order-view.ts';
import type { SignIn, SignInScreen } from './sign-in.ts';
import { tppView, type TppView } from './tpp.ts';

/**
 * "Connected apps": the customer's consents, each revocable, and the scheduled payments and
 * standing orders apps set up, each cancellable. Routes:
 *   GET  /consents                     the list, or sign-in when signed out
 *   POST /consents/sign-in | /code     password, then one-time code (the same SCA as authorization)
 *   POST /consents/sign-in/cancel      abandon a half-finished sign-in
 *   POST /consents/<id>/revoke         asks "are you sure?"; with confirm=yes, Revoked and the
 *                                      grant's tokens revoked at once
 *   POST /consents/payment-orders/<id>/cancel
 *                                      the same for a scheduled payment or standing order that
 *                                      will still pay: Cancelled, and the app is told (an event)
 *   POST /consents/sign-out
 */

export interface DashboardDeps {
  readonly provider: Provider;
  readonly knex: Knex;
  readonly logger: Logger;
  readonly ui: ConsentUi;
  readonly csrf: CsrfTokens;
  readonly signIn: SignIn;
  readonly sessions: CustomerSessions;
}

type Route =
  | { readonly name: 'list' | 'sign-in' | 'code' | 'cancel' | 'sign-out' }
  | { readonly name: ConfirmedActionName; readonly id: string };

/** CSRF and pending-login scope of every dashboard form. */
const SCOPE = 'dashboard';
const PATH = '/consents';
const REVOKE = /^\/consents\/([A-Za-z0-9][A-Za-z0-9._:-]{0,127})\/revoke$/;
/** An order's id as openbanking.payment_orders allows it. */
const CANCEL_ORDER = /^\/consents\/payment-orders\/([A-Za-z0-9][A-Za-z0-9._:-]{0,39})\/cancel$/;
const POSTS: Record<string, Route['name']> = {
  '/consents/sign-in': 'sign-in',
  '/consents/code': 'code',
  '/consents/sign-in/cancel': 'cancel',
  '/consents/sign-out': 'sign-out',
};

export function matchDashboardRoute(ctx: Context): Route | undefined {
  if (ctx.path === PATH)
    return ctx.method === 'GET' || ctx.method === 'HEAD' ? { name: 'list' } : undefined;
  if (ctx.method !== 'POST') return undefined;
  const fixed = POSTS[ctx.path];
  if (fixed) return { name: fixed } as Route;
  const revoke = REVOKE.exec(ctx.path);
  if (revoke) return { name: 'revoke', id: revoke[1]! };
  const cancelOrder = CANCEL_ORDER.exec(ctx.path);
  return cancelOrder ? { name: 'cancel-order', id: cancelOrder[1]! } : undefined;
}

const SCREEN: SignInScreen = {
  scope: SCOPE,
  pageUrl: PATH,
  passwordAction: `${PATH}/sign-in`,
  codeAction: `${PATH}/code`,
  cancelAction: `${PATH}/sign-in/cancel`,
  cancelLabel: 'Start again',
  heading: 'Sign in to manage connected apps',
  intro: 'See the apps you have given access to your accounts, and cancel any of them.',
  tpp: undefined,
  formTargets: [],
};

export async function handleDashboard(
  deps: DashboardDeps,
  ctx: Context,
  route: Route,
): Promise<void> {
  if (route.name === 'list') {
    const customerId = deps.sessions.current(ctx);
    return customerId ? dashboardPage(deps, ctx, customerId) : deps.signIn.show(ctx, SCREEN);
  }
  const form = await readForm(ctx);
  switch (route.name) {
    case 'sign-in':
      return deps.signIn.submitPassword(ctx, SCREEN, form);
    case 'code': {
      const customerId = await deps.signIn.submitCode(ctx, SCREEN, form);
      if (!customerId) return;
      deps.sessions.start(ctx, customerId);
      return seeOther(ctx, PATH);
    }
    case 'cancel':
      requireCsrf(deps, ctx, form);
      deps.signIn.forget(ctx);
      return seeOther(ctx, PATH);
    case 'sign-out':
      requireCsrf(deps, ctx, form);
      deps.sessions.end(ctx);
      return seeOther(ctx, PATH);
    case 'revoke':
    case 'cancel-order': {
      requireCsrf(deps, ctx, form);
      const customerId = deps.sessions.current(ctx);
      if (!customerId) return seeOther(ctx, PATH);
      const action = CONFIRMED_ACTIONS[route.name];
      if (form.get('confirm') !== 'yes') return action.confirmPage(deps, ctx, customerId, route.id);
      await action.run(deps, customerId, route.id);
      return seeOther(ctx, `${PATH}?${action.done}=${encodeURIComponent(route.id)}`);
    }
  }
}

type ConfirmedActionName = 'revoke' | 'cancel-order';

/**
 * What cannot be undone (a consent revoked, an order cancelled): asked on a page of its own first,
 * done on the confirmation, then the dashboard says so (the query parameter `done` names it).
 */
const CONFIRMED_ACTIONS: Record<
  ConfirmedActionName,
  {
    confirmPage(deps: DashboardDeps, ctx: Context, customerId: string, id: string): Promise<void>;
    run(deps: DashboardDeps, customerId: string, id: string): Promise<void>;
    done: string;
  }
> = {
  revoke: { confirmPage: confirmRevokePage, run: revoke, done: 'revoked' },
  'cancel-order': { confirmPage: confirmCancelOrderPage, run: cancelOrder, done: 'cancelled' },
};

/**
 * Cancels the customer's order, or shows why it cannot be: not theirs (not found either), already
 * cancelled, or paid and done. Nothing changes in those cases.
 */
async function cancelOrder(
  deps: DashboardDeps,
  customerId: string,
  orderId: string,
): Promise<void> {
  const outcome = await cancelCustomerPaymentOrder(deps.knex, orderId, customerId);
  if ('refused' in outcome) throw ORDER_NOT_CANCELLABLE(outcome.refused);
  deps.logger.info(
    { event: 'payment-order.cancelled', orderId, kind: outcome.cancelled.kind, customerId },
    'payment order cancelled by the customer',
  );
}

async function confirmCancelOrderPage(
  deps: DashboardDeps,
  ctx: Context,
  customerId: string,
  orderId: string,
): Promise<void> {
  const [customer, order, accounts] = await Promise.all([
    findCustomerById(deps.knex, customerId),
    findCustomerPaymentOrder(deps.knex, orderId, customerId),
    listCustomerAccounts(deps.knex, customerId),
  ]);
  if (!customer) return seeOther(ctx, PATH);
  const refusal = cancelRefusal(order);
  if (refusal || !order) throw ORDER_NOT_CANCELLABLE(refusal ?? 'not-found');
  const tpp = await tppView(deps.provider, order.clientId);
  const view = paymentOrderView(order, accounts);
  const standingOrder = order.kind === 'domestic-standing-order';
  sendPage(ctx, deps.ui, 'confirm-cancel', {
    title: `Cancel ${view.what.toLowerCase()}`,
    signedInAs: customer.displayName,
    csrf: deps.csrf.issue(ctx, SCOPE),
    tpp,
    heading: `Cancel this ${view.what.toLowerCase()}?`,
    consequence: standingOrder
      ? `No more payments will be made to ${view.payee} by this standing order. Payments already made stay made.`
      : `The payment to ${view.payee} will not be made.`,
    rows: view.rows,
    note: `${tpp.name} set it up, and will be told that you cancelled it.`,
    confirmLabel: `Yes, cancel the ${view.what.toLowerCase()}`,
    keepLabel: 'No, keep it',
    action: orderCancelAction(order.id),
    back: PATH,
  });
}

function orderCancelAction(orderId: string): string {
  return `${PATH}/payment-orders/${encodeURIComponent(orderId)}/cancel`;
}

async function revoke(deps: DashboardDeps, customerId: string, consentId: string): Promise<void> {
  if (!(await revokeConsent(deps.knex, consentId, customerId, revokeGrantTokens))) return;
  deps.logger.info(
    { event: 'consent.revoked', consentId, customerId },
    'consent revoked by the customer',
  );
}

/**
 * Cancelling cannot be undone: the customer confirms on a page of its own (no script on these
 * pages).
 */
async function confirmRevokePage(
  deps: DashboardDeps,
  ctx: Context,
  customerId: string,
  consentId: string,
): Promise<void> {
  const [customer, consent, accounts] = await Promise.all([
    findCustomerById(deps.knex, customerId),
    findConsent(deps.knex, consentId),
    listCustomerAccounts(deps.knex, customerId),
  ]);
  // Another customer's consent is not found either.
  if (!customer || !consent || consent.customerId !== customerId) return seeOther(ctx, PATH);
  const tpp = await tppView(deps.provider, consent.clientId);
  const item = consentItem(consent, accounts);
  if (!item.revokeAction) return seeOther(ctx, PATH);
  sendPage(ctx, deps.ui, 'confirm-cancel', {
    title: 'Cancel access',
    signedInAs: customer.displayName,
    csrf: deps.csrf.issue(ctx, SCOPE),
    tpp,
    heading: `Cancel ${tpp.name}’s access?`,
    rows: [{ term: 'Access', detail: item.what }],
    accounts: item.accounts,
    consequence:
      consent.kind === 'funds-confirmation'
        ? `${tpp.name} will no longer be able to check whether your account has enough money. This happens at once.`
        : `${tpp.name} will no longer be able to see your account information. This happens at once, and the app is signed out of this access.`,
    note: `To connect ${tpp.name} again later, start from the app: it will ask you to approve access here again.`,
    confirmLabel: 'Yes, cancel access',
    keepLabel: 'No, keep access',
    action: item.revokeAction,
    back: PATH,
  });
}

async function dashboardPage(deps: DashboardDeps, ctx: Context, customerId: string): Promise<void> {
  const cancelledId = typeof ctx.query.cancelled === 'string' ? ctx.query.cancelled : undefined;
  const [customer, consents, orders, accounts, cancelled] = await Promise.all([
    findCustomerById(deps.knex, customerId),
    listCustomerConsents(deps.knex, customerId),
    listCustomerPaymentOrders(deps.knex, customerId),
    listCustomerAccounts(deps.knex, customerId),
    cancelledId ? findCustomerPaymentOrder(deps.knex, cancelledId, customerId) : undefined,
  ]);
  if (!customer) {
    deps.sessions.end(ctx);
    return seeOther(ctx, PATH);
  }
  // One group per app, in the order of its latest consent (the list is newest first); an app
  // whose consents are past the list's end still shows the orders it set up.
  const byApp = new Map<string, { consents: ConsentRecord[]; orders: PaymentOrderRecord[] }>();
  const ofApp = (clientId: string) => {
    const group = byApp.get(clientId) ?? { consents: [], orders: [] };
    byApp.set(clientId, group);
    return group;
  };
  for (const consent of consents) ofApp(consent.clientId).consents.push(consent);
  for (const order of orders) ofApp(order.clientId).orders.push(order);
  const tpps = new Map<string, TppView>();
  for (const clientId of byApp.keys()) tpps.set(clientId, await tppView(deps.provider, clientId));
  const revokedId = typeof ctx.query.revoked === 'string' ? ctx.query.revoked : undefined;
  const revoked = consents.find(
    (consent) => consent.id === revokedId && consent.status === 'Revoked',
  );
  sendPage(ctx, deps.ui, 'dashboard', {
    title: 'Connected apps',
    wide: true,
    signedInAs: customer.displayName,
    csrf: deps.csrf.issue(ctx, SCOPE),
    notice: revoked
      ? `${tpps.get(revoked.clientId)!.name} can no longer use this access. Any app signed in with it has been signed out.`
      : cancelled?.status === 'Cancelled'
        ? cancelledNotice(cancelled, await tppView(deps.provider, cancelled.clientId), accounts)
        : undefined,
    apps: [...byApp].map(([clientId, group]) => {
      const items = group.consents.map((consent) => consentItem(consent, accounts));
      return {
        tpp: tpps.get(clientId)!,
        summary: appSummary(items),
        consents: items,
        orders: group.orders.map((order) => orderItem(order, accounts)),
      };
    }),
  });
}

function orderItem(
  order: PaymentOrderRecord,
  accounts: readonly LedgerAccount[],
): PaymentOrderView & { readonly cancelAction: string } {
  return { ...paymentOrderView(order, accounts), cancelAction: orderCancelAction(order.id) };
}

function cancelledNotice(
  order: PaymentOrderRecord,
  tpp: TppView,
  accounts: readonly LedgerAccount[],
): string {
  const { what, payee } = paymentOrderView(order, accounts);
  return order.kind === 'domestic-standing-order'
    ? `Your ${what.toLowerCase()} to ${payee} is cancelled: no more payments will be made. ${tpp.name} has been told.`
    : `Your ${what.toLowerCase()} to ${payee} is cancelled: it will not be made. ${tpp.name} has been told.`;
}

/**
 * An app's connections in use are the ones the customer can cancel; its payments, the ones paid.
 */
function appSummary(items: readonly ConsentItem[]): string {
  const active = items.filter((item) => item.revokeAction !== undefined).length;
  const payments = items.filter((item) => item.statusLabel === 'Paid').length;
  const parts = [
    active === 0 ? 'No active connection' : `${active} active connection${active === 1 ? '' : 's'}`,
  ];
  if (payments > 0) parts.push(`${payments} payment${payments === 1 ? '' : 's'} made`);
  return parts.join(' · ');
}

interface ConsentItem {
  readonly what: string;
  readonly statusLabel: string;
  readonly accounts: readonly ReturnType<typeof accountView>[];
  readonly revokeAction: string | undefined;
  readonly [field: string]: unknown;
}

function consentItem(consent: ConsentRecord, accounts: readonly LedgerAccount[]): ConsentItem {
  const offer = consentOffer(consent, accounts);
  const byId = new Map(accounts.map((account) => [account.id, account]));
  const shared = [
    ...consent.accountIds,
    ...(consent.debtorAccountId ? [consent.debtorAccountId] : []),
  ]
    .map((id) => byId.get(id))
    .filter((account): account is LedgerAccount => account !== undefined)
    .map(accountView);
  const expired = consent.expiresAt !== undefined && consent.expiresAt <= new Date();
  const [statusLabel, statusTone] = status(consent, expired);
  const what = {
    'account-access': 'Can see information about your accounts',
    'domestic-payment': 'One payment from your account',
    'domestic-scheduled-payment': 'One payment from your account on a date you approved',
    'domestic-standing-order': 'Regular payments from your account (a standing order)',
    'domestic-vrp':
      'Payments from your account within limits you approved (variable recurring payments)',
    'funds-confirmation': 'Can check whether your account has enough money for a purchase',
  }[consent.kind];
  return {
    statusLabel,
    statusTone,
    what,
    permissionGroups: offer.permissionGroups,
    accounts: shared,
    payment: offer.payment,
    transactionRange: offer.transactionRange,
    createdAt: formatDateTime(consent.createdAt),
    authorisedAt: consent.authorisedAt && formatDateTime(consent.authorisedAt),
    expiry: spentByOnePayment(consent) ? undefined : offer.expiry,
    statusUpdatedAt: formatDateTime(consent.statusUpdatedAt),
    revokeAction:
      consent.status === 'Authorised' && !expired && !spentByOnePayment(consent)
        ? `${PATH}/${encodeURIComponent(consent.id)}/revoke`
        : undefined,
  };
}

/** A payment consent its one submission spends: no expiry shown, nothing to cancel. */
function spentByOnePayment(consent: ConsentRecord): boolean {
  return (
    consent.kind === 'domestic-payment' ||
    consent.kind === 'domestic-scheduled-payment' ||
    consent.kind === 'domestic-standing-order'
  );
}

function status(
  consent: ConsentRecord,
  expired: boolean,
): [string, 'active' | 'ended' | 'refused' | 'waiting'] {
  switch (consent.status) {
    case 'Authorised':
      if (expired) return ['Expired', 'ended'];
      return spentByOnePayment(consent)
        ? ['Approved, not yet paid', 'waiting']
        : ['Active', 'active'];
    case 'Consumed':
      // A scheduled payment or standing order is paid by the bank on its dates.
      return consent.kind === 'domestic-payment'
        ? ['Paid', 'ended']
        : ['Set up with the bank', 'ended'];
    case 'Revoked':
      return ['Cancelled by you', 'ended'];
    case 'Rejected':
      return ['Refused by you', 'refused'];
    case 'AwaitingAuthorisation':
      return ['Waiting for you', 'waiting'];
  }
}

function requireCsrf(deps: DashboardDeps, ctx: Context, form: URLSearchParams): void {
  if (!deps.csrf.verify(ctx, SCOPE, form.get('csrf') ?? undefined)) throw FORM_EXPIRED();
}
