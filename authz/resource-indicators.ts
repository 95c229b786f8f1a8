import { errors, type Configuration } from 'oidc-provider';
import { API_SCOPES, TTL_SECONDS } from './configuration.ts';

/** The resource server's identifier (RFC 8707): the OB API root on the TPP host. */
export function resourceServerIdentifier(tppBaseUrl: string): string {
  return `${tppBaseUrl}/open-banking`;
}

/**
 * Resource indicators (RFC 8707), which RAR needs (oidc-provider requires a resource for every
 * request with authorization_details). The one resource is the OB API: its tokens are opaque,
 * carry it as `aud` and only the API scopes. A request naming the intent in
 * `authorization_details` gets it by default; one naming it in the claims request keeps the
 * token oidc-provider issues without a resource (also opaque, same lifetime, same scopes).
 */
export function resourceIndicators(tppBaseUrl: string): NonNullable<Configuration['features']>['resourceIndicators'] {
  const identifier = resourceServerIdentifier(tppBaseUrl);
  return {
    enabled: true,
    defaultResource: (ctx, _client, oneOf) => oneOf ?? (ctx.oidc.params?.authorization_details !== undefined ? identifier : undefined),
    // The code, and the refresh token after it, are for the resource the customer authorised.
    useGrantedResource: () => true,
    getResourceServerInfo: (_ctx, resource) => {
      if (resource !== identifier) throw new errors.InvalidTarget(`the only resource is ${identifier}`);
      return { scope: API_SCOPES.join(' '), audience: identifier, accessTokenFormat: 'opaque', accessTokenTTL: TTL_SECONDS.AccessToken };
    },
  };
}
