import type { KoaContextWithOIDC } from 'oidc-provider';
import { browserEndpoints, tppEndpoints } from './routes.ts';

/**
 * Every endpoint discovery advertises must answer every client (RFC 8414 section 2). The browser
 * host serves no TPP endpoint, and oidc-provider builds endpoint URLs from the host the discovery
 * request came to, so both hosts advertise the same document: the authorization endpoint and JWKS
 * on the browser host, and the TPP host's URLs for everything a TPP calls: it asks for a client
 * certificate without requiring one, so a `private_key_jwt` + DPoP client without a certificate
 * uses the same URLs as an mTLS client. The claims parameter is supported, read by the platform
 * itself (authz/claims-parameter.ts). A post-middleware on the discovery route is oidc-provider's
 * documented way to amend discovery.
 */
export function amendDiscovery(issuer: string, tppBaseUrl: string) {
  const endpoints = { ...browserEndpoints(issuer), ...tppEndpoints(tppBaseUrl) };
  return async (ctx: KoaContextWithOIDC, next: () => Promise<void>): Promise<void> => {
    await next();
    if (ctx.oidc?.route !== 'discovery' || typeof ctx.body !== 'object' || ctx.body === null)
      return;
    const body = ctx.body as Record<string, unknown>;
    for (const [member, url] of Object.entries(endpoints)) {
      if (body[member] !== undefined) body[member] = url;
    }
    body.claims_parameter_supported = true;
  };
}
