import { randomUUID } from 'node:crypto';
import type { Context, Middleware } from 'koa';
import type { Knex } from 'knex';
import type Provider from 'oidc-provider';
import { errors } from 'oidc-provider';
import type { Logger } from 'pino';
import type { Asset, ConsentUi } from '../../consent-ui/index.ts';
import { noteRequest } from '../../observability/index.ts';
import type { AuthorizationServerSecrets, AuthorizationServerSettings } from '../settings.ts';
import type { DescribedConsents } from '../described-consent.ts';
import { CsrfTokens } from './csrf.ts';
import { CustomerSessions } from './customer-session.ts';
import { handleDashboard, matchDashboardRoute } from './dashboard-routes.ts';
import { handleInteraction, matchInteractionRoute } from './interaction-routes.ts';
import { securityHeaders, sendPage } from './page.ts';
import { EXPIRED_INTERACTION, PageProblem } from './problems.ts';
import { SignIn } from './sign-in.ts';

export interface InteractionDeps {
  readonly provider: Provider;
  readonly knex: Knex;
  readonly logger: Logger;
  readonly ui: ConsentUi;
  readonly secrets: AuthorizationServerSecrets;
  readonly config: AuthorizationServerSettings;
  readonly describedConsents: DescribedConsents;
}

/**
 * The browser host's customer-facing pages: the authorization interaction (/interaction/*), the
 * consent dashboard (/consents) and their stylesheet (/assets/*). Mounted before oidc-provider;
 * every other request passes through untouched.
 */
export function interactionRoutes(deps: InteractionDeps): Middleware {
  const { ui } = deps;
  const logger = deps.logger.child({ part: 'interactions' });
  const csrf = new CsrfTokens(deps.secrets.cookieKeys);
  const signIn = new SignIn({
    knex: deps.knex,
    dataEncryptionKey: deps.secrets.dataEncryptionKey,
    cookieKeys: deps.secrets.cookieKeys,
    ui,
    csrf,
    logger,
    rateLimits: {
      username: deps.config.rateLimits['sign-in-username'],
      address: deps.config.rateLimits['sign-in-address'],
    },
    ...(deps.config.fixedCodeCustomer && { fixedCodeCustomer: deps.config.fixedCodeCustomer }),
  });
  const common = {
    provider: deps.provider,
    knex: deps.knex,
    logger,
    ui,
    csrf,
    signIn,
    describedConsents: deps.describedConsents,
    paymentLimits: deps.config.paymentLimits,
  };
  const dashboard = { ...common, sessions: new CustomerSessions(deps.secrets.cookieKeys) };

  return async (ctx, next) => {
    const asset =
      ctx.method === 'GET' || ctx.method === 'HEAD'
        ? ui.assets.find((a) => a.path === ctx.path)
        : undefined;
    if (asset) {
      noteRequest(ctx.req, { route: '/assets/:asset' });
      return sendAsset(ctx, asset);
    }
    const interaction = matchInteractionRoute(ctx);
    const dashboardRoute = interaction ? undefined : matchDashboardRoute(ctx);
    if (!interaction && !dashboardRoute) return next();
    // Templates for the metrics: the interaction's uid and a consent's or order's id stay out of
    // labels.
    noteRequest(ctx.req, {
      route: interaction
        ? `/interaction/:uid${interaction.action ? `/${interaction.action}` : ''}`
        : dashboardRoute!.name === 'revoke'
          ? '/consents/:consentId/revoke'
          : dashboardRoute!.name === 'cancel-order'
            ? '/consents/payment-orders/:orderId/cancel'
            : ctx.path,
    });
    try {
      if (interaction) await handleInteraction(common, ctx, interaction.uid, interaction.action);
      else await handleDashboard(dashboard, ctx, dashboardRoute!);
    } catch (error) {
      // Once oidc-provider has answered on the raw response, there is no page left to write.
      if (ctx.respond === false) throw error;
      problemPage(ctx, ui, logger, error);
    }
  };
}

function sendAsset(ctx: Context, asset: Asset): void {
  // The URL changes with the content, so it may be cached for ever.
  ctx.set('cache-control', 'public, max-age=31536000, immutable');
  ctx.set('x-content-type-options', 'nosniff');
  ctx.set('cross-origin-resource-policy', 'same-origin');
  // An SVG opened on its own is a document: it runs nothing and loads nothing.
  ctx.set('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
  ctx.type = asset.type;
  ctx.body = asset.body;
}

function problemPage(ctx: Context, ui: ConsentUi, logger: Logger, error: unknown): void {
  ctx.res.removeHeader('location');
  const problem =
    error instanceof PageProblem
      ? error
      : error instanceof errors.SessionNotFound
        ? EXPIRED_INTERACTION()
        : undefined;
  if (problem) {
    logger.info(
      { event: 'page.problem', status: problem.status, heading: problem.heading },
      'customer shown a problem page',
    );
    sendPage(
      ctx,
      ui,
      'error',
      {
        title: problem.heading,
        heading: problem.heading,
        message: problem.message,
        next: problem.next,
      },
      { status: problem.status },
    );
    return;
  }
  const reference =
    typeof ctx.state.interactionId === 'string' ? ctx.state.interactionId : randomUUID();
  logger.error({ err: error, reference }, 'consent UI request failed');
  sendPage(
    ctx,
    ui,
    'error',
    {
      title: 'Something went wrong',
      heading: 'Sorry, something went wrong',
      message: 'We could not complete that just now. Nothing has been shared or paid.',
      next: 'Please try again in a few minutes.',
      reference,
    },
    { status: 500 },
  );
  securityHeaders(ctx);
}
