import type { Context } from 'koa';
import type { Knex } from 'knex';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';
import type { ConsentUi } from '../../consent-ui/index.ts';
import { listCustomerAccounts, type LedgerAccount } from '../../ledger/index.ts';
import { consentOffer } from './consent-offer.ts';
import {
  findConsent,
  listCustomerConsents,
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
import { FORM_EXPIRED } from './problems.ts';
import type { SignIn, SignInScreen } from './sign-in.ts';
import { tppView, type TppView } from './tpp.ts';

/**
 * "Connected apps": the customer's consents, each revocable. Routes:
 *   GET  /consents                     the list, or sign-in when signed out
 *   POST /consents/sign-in | /code     password, then one-time code (the same SCA as authorization)
 *   POST /consents/sign-in/cancel      abandon a half-finished sign-in
 *   POST /consents/<id>/revoke         asks "are you sure?"; with confirm=yes, Revoked and the
 *                                      grant's tokens revoked at once
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
  | { readonly name: 'revoke'; readonly consentId: string };

/** CSRF and pending-login scope of every dashboard form. */
const SCOPE = 'dashboard';
const PATH = '/consents';
const REVOKE = /^\/consents\/([A-Za-z0-9][A-Za-z0-9._:-]{0,127})\/revoke$/;
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
  return revoke ? { name: 'revoke', consentId: revoke[1]! } : undefined;
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
    case 'revoke': {
      requireCsrf(deps, ctx, form);
      const customerId = deps.sessions.current(ctx);
      if (!customerId) return seeOther(ctx, PATH);
      if (form.get('confirm') !== 'yes')
        return confirmRevokePage(deps, ctx, customerId, route.consentId);
      await revoke(deps, customerId, route.consentId);
      return seeOther(ctx, `${PATH}?revoked=${encodeURIComponent(route.consentId)}`);
    }
  }
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
  sendPage(ctx, deps.ui, 'confirm-revoke', {
    title: 'Cancel access',
    signedInAs: customer.displayName,
    csrf: deps.csrf.issue(ctx, SCOPE),
    tpp,
    what: item.what,
    accounts: item.accounts,
    consequence:
      consent.kind === 'funds-confirmation'
        ? `${tpp.name} will no longer be able to check whether your account has enough money. This happens at once.`
        : `${tpp.name} will no longer be able to see your account information. This happens at once, and the app is signed out of this access.`,
    action: item.revokeAction,
    back: PATH,
  });
}

async function dashboardPage(deps: DashboardDeps, ctx: Context, customerId: string): Promise<void> {
  const [customer, consents, accounts] = await Promise.all([
    findCustomerById(deps.knex, customerId),
    listCustomerConsents(deps.knex, customerId),
    listCustomerAccounts(deps.knex, customerId),
  ]);
  if (!customer) {
    deps.sessions.end(ctx);
    return seeOther(ctx, PATH);
  }
  // One group per app, in the order of its latest consent (the list is newest first).
  const byApp = new Map<string, ConsentRecord[]>();
  for (const consent of consents)
    byApp.set(consent.clientId, [...(byApp.get(consent.clientId) ?? []), consent]);
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
    notice:
      revoked &&
      `${tpps.get(revoked.clientId)!.name} can no longer use this access. Any app signed in with it has been signed out.`,
    apps: [...byApp].map(([clientId, ofApp]) => {
      const items = ofApp.map((consent) => consentItem(consent, accounts));
      return { tpp: tpps.get(clientId)!, summary: appSummary(items), consents: items };
    }),
  });
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
