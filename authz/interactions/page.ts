import type { Context } from 'koa';
import type { ConsentUi, ViewName } from '../../consent-ui/index.ts';

/**
 * How every consent-UI response leaves: HTML with strict headers. No script runs on these pages,
 * so the CSP allows none; forms may post only to this origin and, where given, to the origins the
 * browser is then redirected to (a browser applies form-action along the redirect chain, and an
 * approved authorization ends at the TPP's redirect URI).
 */

export interface PageOptions {
  readonly status?: number;
  /** Origins the form submissions on this page may redirect to, beyond 'self'. */
  readonly formTargets?: readonly string[];
}

export function securityHeaders(ctx: Context, formTargets: readonly string[] = []): void {
  const formAction = ["'self'", ...new Set(formTargets)].join(' ');
  ctx.set(
    'content-security-policy',
    `default-src 'none'; style-src 'self'; img-src 'self' https: data:; form-action ${formAction}; frame-ancestors 'none'; base-uri 'none'`,
  );
  ctx.set('cache-control', 'no-store');
  ctx.set('pragma', 'no-cache');
  ctx.set('x-content-type-options', 'nosniff');
  ctx.set('referrer-policy', 'no-referrer');
  ctx.set('x-frame-options', 'DENY');
  ctx.set('cross-origin-opener-policy', 'same-origin');
  ctx.set('cross-origin-resource-policy', 'same-origin');
}

export function sendPage(
  ctx: Context,
  ui: ConsentUi,
  view: ViewName,
  model: Record<string, unknown>,
  options: PageOptions = {},
): void {
  securityHeaders(ctx, options.formTargets);
  ctx.status = options.status ?? 200;
  ctx.type = 'text/html; charset=utf-8';
  ctx.body = ui.render(view, model);
}

/** POST-redirect-GET: a reload never resubmits a form. */
export function seeOther(ctx: Context, location: string): void {
  securityHeaders(ctx);
  ctx.status = 303;
  ctx.redirect(location);
}

/** An https origin a page may hand the browser on to, or nothing for anything else. */
export function httpsOrigin(url: unknown): string | undefined {
  if (typeof url !== 'string') return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' ? parsed.origin : undefined;
  } catch {
    return undefined;
  }
}
