import { randomUUID } from 'node:crypto';
import type { Context } from 'koa';
import type { Knex } from 'knex';
import type Provider from 'oidc-provider';
import type { Logger } from 'pino';
import type { ConsentUi } from '../../consent-ui/index.ts';
import { findAccountByIdentification, listCustomerAccounts } from '../../ledger/index.ts';
import { type JsonRecord, paymentsBefore, type PaymentLimits } from '../../openbanking/index.ts';
import { ACR_SCA } from '../configuration.ts';
import { describedConsent, type DescribedConsents } from '../described-consent.ts';
import {
  consentOffer,
  decideAccounts,
  isSweepingOnly,
  sortCodeAccount,
  type ConsentOffer,
} from './consent-offer.ts';
import {
  authoriseConsent,
  findConsent,
  rejectConsent,
  type ConsentRecord,
} from '../../openbanking/index.ts';
import type { CsrfTokens } from './csrf.ts';
import { findCustomerById } from './customers.ts';
import { readForm } from './form.ts';
import { revokeGrantTokens } from '../grant-revocation.ts';
import { saveGrant } from './grants.ts';
import { intentFromParams } from './intent.ts';
import { httpsOrigin, sendPage } from './page.ts';
import { EXPIRED_INTERACTION, FORM_EXPIRED, PageProblem } from './problems.ts';
import type { SignIn, SignInScreen } from './sign-in.ts';
import { tppView, type TppView } from './tpp.ts';

/**
 * The authorization interaction: oidc-provider sends the browser to /interaction/<uid> whenever it
 * needs the customer (login, then consent). Routes:
 *   GET  /interaction/<uid>          the step the interaction is at
 *   POST /interaction/<uid>/login    username + password
 *   POST /interaction/<uid>/code     the one-time code; completes login (SCA)
 *   POST /interaction/<uid>/approve  the consent, with the chosen accounts
 *   POST /interaction/<uid>/refuse   cancel at any step: the intent is Rejected, the TPP gets access_denied
 */

/**
 * How the customer's strong authentication was done (RFC 8176); its acr is the UK profile's
 * ACR_SCA.
 */
export const SCA_AMR = ['pwd', 'otp'];

export interface InteractionHandlerDeps {
  readonly provider: Provider;
  readonly knex: Knex;
  readonly logger: Logger;
  readonly ui: ConsentUi;
  readonly csrf: CsrfTokens;
  readonly signIn: SignIn;
  readonly describedConsents: DescribedConsents;
  readonly paymentLimits: PaymentLimits;
}

type Interaction = Awaited<ReturnType<Provider['interactionDetails']>>;
type Action = 'login' | 'code' | 'approve' | 'refuse';

const ROUTE = /^\/interaction\/([A-Za-z0-9_-]{1,64})(?:\/(login|code|approve|refuse))?$/;

export function matchInteractionRoute(
  ctx: Context,
): { uid: string; action: Action | undefined } | undefined {
  const match = ROUTE.exec(ctx.path);
  if (!match) return undefined;
  const action = match[2] as Action | undefined;
  if (action ? ctx.method !== 'POST' : ctx.method !== 'GET' && ctx.method !== 'HEAD')
    return undefined;
  return { uid: match[1]!, action };
}

export async function handleInteraction(
  deps: InteractionHandlerDeps,
  ctx: Context,
  uid: string,
  action: Action | undefined,
): Promise<void> {
  const interaction = await deps.provider.interactionDetails(ctx.req, ctx.res);
  // The cookie names the interaction; the URL must name the same one.
  if (interaction.uid !== uid) throw EXPIRED_INTERACTION();
  const clientId = String(interaction.params.client_id);
  const tpp = await tppView(deps.provider, clientId);
  const screen = signInScreen(interaction, tpp, deps.ui.bankName);
  const step = interaction.prompt.name;

  if (action === 'refuse') return refuse(deps, ctx, interaction, await readForm(ctx));
  if (step === 'login') {
    if (action === undefined) return deps.signIn.show(ctx, screen);
    if (action === 'login') return deps.signIn.submitPassword(ctx, screen, await readForm(ctx));
    if (action === 'code') {
      const customerId = await deps.signIn.submitCode(ctx, screen, await readForm(ctx));
      if (customerId)
        await finish(
          deps,
          ctx,
          { login: { accountId: customerId, acr: ACR_SCA, amr: SCA_AMR, remember: false } },
          false,
        );
      return;
    }
  }
  if (step === 'consent') {
    const customerId = interaction.session?.accountId;
    if (!customerId) throw EXPIRED_INTERACTION();
    const consent = await awaitingConsent(deps, interaction, clientId);
    if (action === undefined) return consentPage(deps, ctx, interaction, tpp, consent, customerId);
    if (action === 'approve')
      return approve(deps, ctx, interaction, tpp, consent, customerId, await readForm(ctx));
  }
  // A form of a step the interaction has already passed (e.g. resubmitted from the history).
  throw EXPIRED_INTERACTION();
}

function signInScreen(interaction: Interaction, tpp: TppView, bankName: string): SignInScreen {
  const base = `/interaction/${interaction.uid}`;
  return {
    scope: interaction.uid,
    pageUrl: base,
    passwordAction: `${base}/login`,
    codeAction: `${base}/code`,
    cancelAction: `${base}/refuse`,
    cancelLabel: `Cancel and go back to ${tpp.name}`,
    heading: `Sign in to ${bankName}`,
    intro: `${tpp.name} wants to connect to your ${bankName} account. Sign in to see what it is asking for. We never share your sign-in details with ${tpp.name}.`,
    tpp,
    formTargets: formTargets(interaction),
  };
}

/**
 * The id of the consent the interaction is about: the intent the request names, or (plain FAPI
 * 2.0) the consent made from the request's description, made on the first call.
 */
async function consentIdOf(
  deps: InteractionHandlerDeps,
  interaction: Interaction,
  clientId: string,
): Promise<string | undefined> {
  const intent = intentFromParams(interaction.params);
  if (intent) return intent.intentId;
  const authorizationRequestId = (interaction as { parJti?: string }).parJti;
  const described = authorizationRequestId
    ? describedConsent(interaction.params, randomUUID().replaceAll('-', ''))
    : undefined;
  return described && deps.describedConsents.create(described, clientId, authorizationRequestId!);
}

/** The consent the interaction is about, still waiting for this customer's decision. */
async function awaitingConsent(
  deps: InteractionHandlerDeps,
  interaction: Interaction,
  clientId: string,
): Promise<ConsentRecord> {
  const consentId = await consentIdOf(deps, interaction, clientId);
  const consent = consentId && (await findConsent(deps.knex, consentId));
  // The provider refused unknown, foreign and decided intents before the interaction began; the
  // intent may have been decided since (another tab, expiry), or this is a misconfiguration.
  if (!consent || consent.clientId !== clientId) {
    throw new PageProblem(
      400,
      'We can’t show this request',
      'The app’s request does not name a consent we can show you.',
      'Go back to the app and try again.',
    );
  }
  if (consent.status !== 'AwaitingAuthorisation') {
    throw new PageProblem(
      409,
      'This request has already been dealt with',
      'This request is no longer waiting for your decision.',
      'Go back to the app that sent you here.',
    );
  }
  return consent;
}

/** The consent as offered to this customer, a payment's with the limits its accounts are at now. */
async function offerTo(
  deps: InteractionHandlerDeps,
  consent: ConsentRecord,
  customerId: string,
): Promise<ConsentOffer> {
  const accounts = await listCustomerAccounts(deps.knex, customerId);
  if (consent.kind === 'domestic-vrp')
    return consentOffer(consent, accounts, new Date(), {
      creditorOfAnother: await sweepingCreditorOfAnother(deps.knex, consent, customerId),
    });
  if (consent.kind !== 'domestic-payment') return consentOffer(consent, accounts);
  const paidBefore = await paymentsBefore(
    deps.knex,
    deps.paymentLimits,
    accounts.map((account) => account.id),
  );
  return consentOffer(consent, accounts, new Date(), {
    paymentLimits: { limits: deps.paymentLimits, paidBefore },
  });
}

/**
 * A sweeping VRP pays the customer's own accounts: a creditor account held at this bank by someone
 * else cannot be swept to. One at another bank the bank cannot see, and is taken as the TPP's.
 */
async function sweepingCreditorOfAnother(
  knex: Knex,
  consent: ConsentRecord,
  customerId: string,
): Promise<boolean> {
  const types = (consent.controlParameters?.VRPType ?? []) as readonly string[];
  const creditor = sortCodeAccount(consent.initiation?.CreditorAccount as JsonRecord | undefined);
  if (!isSweepingOnly(types) || !creditor) return false;
  const held = await findAccountByIdentification(knex, creditor.sortCode, creditor.accountNumber);
  return held !== undefined && held.customerId !== customerId;
}

async function consentPage(
  deps: InteractionHandlerDeps,
  ctx: Context,
  interaction: Interaction,
  tpp: TppView,
  consent: ConsentRecord,
  customerId: string,
  problem?: { message: string },
): Promise<void> {
  const [customer, offer] = await Promise.all([
    findCustomerById(deps.knex, customerId),
    offerTo(deps, consent, customerId),
  ]);
  sendPage(
    ctx,
    deps.ui,
    'consent',
    consentModel(ctx, deps, interaction, tpp, offer, customer?.displayName ?? 'Hello', problem),
    {
      status: problem ? 400 : 200,
      formTargets: formTargets(interaction),
    },
  );
}

function consentModel(
  ctx: Context,
  deps: InteractionHandlerDeps,
  interaction: Interaction,
  tpp: TppView,
  offer: ConsentOffer,
  customerName: string,
  problem: { message: string } | undefined,
): Record<string, unknown> {
  const base = `/interaction/${interaction.uid}`;
  const headings: Record<ConsentOffer['kind'], [string, string, string]> = {
    'account-access': [
      'Share your account information',
      `Share with ${tpp.name}`,
      'Share account information',
    ],
    'domestic-payment': ['Approve a payment', 'Approve payment', 'Approve payment'],
    'domestic-scheduled-payment': [
      'Approve a future payment',
      'Approve payment',
      'Approve scheduled payment',
    ],
    'domestic-standing-order': [
      'Set up a standing order',
      'Approve standing order',
      'Approve standing order',
    ],
    'domestic-vrp': [
      'Approve variable recurring payments',
      'Approve payments',
      'Approve variable recurring payments',
    ],
    'funds-confirmation': ['Allow funds checks', `Allow ${tpp.name}`, 'Allow funds checks'],
  };
  const [heading, approveLabel, title] = headings[offer.kind];
  return {
    title,
    wide: true,
    heading,
    approveLabel,
    customerName,
    tpp,
    offer,
    multiple: offer.kind === 'account-access',
    approveAction: `${base}/approve`,
    cancelAction: `${base}/refuse`,
    cancelLabel: `Refuse and go back to ${tpp.name}`,
    redirectHost: httpsOrigin(interaction.params.redirect_uri)?.replace(/^https:\/\//, ''),
    csrf: deps.csrf.issue(ctx, interaction.uid),
    problem,
  };
}

async function approve(
  deps: InteractionHandlerDeps,
  ctx: Context,
  interaction: Interaction,
  tpp: TppView,
  consent: ConsentRecord,
  customerId: string,
  form: URLSearchParams,
): Promise<void> {
  if (!deps.csrf.verify(ctx, interaction.uid, form.get('csrf') ?? undefined)) throw FORM_EXPIRED();
  const offer = await offerTo(deps, consent, customerId);
  const decision = decideAccounts(offer, form.getAll('account'));
  if (!decision.ok)
    return consentPage(deps, ctx, interaction, tpp, consent, customerId, {
      message: decision.problem,
    });

  const grantId = await saveGrant(
    deps.provider,
    customerId,
    consent.clientId,
    interaction.prompt.details,
    consent.id,
  );
  const authorised = await authoriseConsent(deps.knex, {
    consentId: consent.id,
    clientId: consent.clientId,
    customerId,
    grantId,
    ...('accountIds' in decision
      ? { accountIds: decision.accountIds }
      : { debtorAccountId: decision.debtorAccountId }),
  });
  if (!authorised) {
    await revokeGrantTokens(deps.knex, grantId);
    throw new PageProblem(
      409,
      'This request has already been dealt with',
      'This request changed while you were looking at it, so nothing was approved.',
      'Go back to the app that sent you here.',
    );
  }
  deps.logger.info(
    {
      event: 'consent.authorised',
      consentId: consent.id,
      kind: consent.kind,
      clientId: consent.clientId,
      customerId,
      grantId,
    },
    'consent authorised',
  );
  // Merged with the login result, so the final resume still shows how the customer authenticated.
  await finish(deps, ctx, { consent: { grantId } }, true);
}

async function refuse(
  deps: InteractionHandlerDeps,
  ctx: Context,
  interaction: Interaction,
  form: URLSearchParams,
): Promise<void> {
  if (!deps.csrf.verify(ctx, interaction.uid, form.get('csrf') ?? undefined)) throw FORM_EXPIRED();
  const clientId = String(interaction.params.client_id);
  const atConsent = interaction.prompt.name === 'consent';
  const customerId = atConsent ? interaction.session?.accountId : undefined;
  // A described consent exists once the customer has seen it; before that there is nothing to
  // reject.
  const consentId =
    intentFromParams(interaction.params)?.intentId ??
    (atConsent ? await consentIdOf(deps, interaction, clientId) : undefined);
  if (consentId && (await rejectConsent(deps.knex, consentId, clientId, customerId))) {
    deps.logger.info(
      { event: 'consent.rejected', consentId, clientId, customerId },
      'consent rejected by the customer',
    );
  }
  deps.signIn.forget(ctx);
  await finish(
    deps,
    ctx,
    { error: 'access_denied', error_description: 'The customer refused the request' },
    false,
  );
}

/** Hands the browser back to oidc-provider, which answers the response itself. */
async function finish(
  deps: InteractionHandlerDeps,
  ctx: Context,
  result: Parameters<Provider['interactionFinished']>[2],
  merge: boolean,
): Promise<void> {
  await deps.provider.interactionFinished(ctx.req, ctx.res, result, {
    mergeWithLastSubmission: merge,
  });
  ctx.respond = false;
}

function formTargets(interaction: Interaction): string[] {
  const origin = httpsOrigin(interaction.params.redirect_uri);
  return origin ? [origin] : [];
}
