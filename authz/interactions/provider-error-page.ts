import type { KoaContextWithOIDC } from 'oidc-provider';
import type { ConsentUi } from '../../consent-ui/index.ts';
import { sendPage } from './page.ts';

interface ErrorOut {
  readonly error: string;
  readonly error_description?: string | undefined;
}

/**
 * oidc-provider's `renderError`: what the browser sees when an authorization request fails in a
 * way that cannot be sent back to the app (no valid redirect URI, unknown client, expired
 * request_uri). A page in the bank's look that says what happened, never JSON.
 */
export function authorizationErrorPage(ui: ConsentUi) {
  return (ctx: KoaContextWithOIDC, out: ErrorOut, _error: unknown): void => {
    const reference =
      typeof ctx.state.interactionId === 'string' ? ctx.state.interactionId : undefined;
    sendPage(
      ctx,
      ui,
      'error',
      {
        title: 'We can’t continue',
        heading: 'We can’t continue with this request',
        message: `The app that sent you here made a request ${ui.bankName} cannot accept, so nothing has been shared or paid.`,
        next: `Go back to the app and try again. If it keeps happening, tell the app’s support team: ${out.error}${out.error_description ? ` (${out.error_description})` : ''}.`,
        reference,
      },
      { status: Math.max(ctx.status, 400) },
    );
  };
}
