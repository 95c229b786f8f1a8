import { errors, type Configuration } from 'oidc-provider';

export interface ResourceServerPolicy {
  /** RFC 8707 identifier of the OB API (absolute URI, no fragment). */
  readonly identifier: string;
  readonly scopes: readonly string[];
  readonly accessTokenTtlSeconds: number;
}

/** The OB API root on the TPP host is the one resource server. */
export function resourceServerIdentifier(tppBaseUrl: string): string {
  return `${tppBaseUrl}/open-banking`;
}

/**
 * Resource indicators (RFC 8707), which RAR needs: oidc-provider requires a resource for every
 * request with authorization_details. The one resource is the OB API: its tokens are opaque, carry
 * it as `aud` and only the API scopes. A request naming the intent in `authorization_details` gets
 * it by default; one naming it in the claims request keeps the token oidc-provider issues without
 * a resource (also opaque, same lifetime, same API scopes).
 */
export function resourceIndicators(
  policy: ResourceServerPolicy,
): NonNullable<Configuration['features']>['resourceIndicators'] {
  const { identifier } = policy;
  return {
    enabled: true,
    defaultResource: (ctx, _client, oneOf) =>
      oneOf ?? (ctx.oidc.params?.authorization_details !== undefined ? identifier : undefined),
    // The code, and the refresh token after it, are for the resource the customer authorised.
    useGrantedResource: () => true,
    getResourceServerInfo: (_ctx, resource) => {
      if (resource !== identifier)
        throw new errors.InvalidTarget(`the only resource is ${identifier}`);
      return {
        scope: policy.scopes.join(' '),
        audience: identifier,
        accessTokenFormat: 'opaque',
        accessTokenTTL: policy.accessTokenTtlSeconds,
      };
    },
  };
}
