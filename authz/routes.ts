/**
 * The routes, fixed here because the hosts split them (authz/hosts.ts) and the README names them.
 */
export const ROUTES = {
  authorization: '/auth',
  pushed_authorization_request: '/par',
  token: '/token',
  introspection: '/token/introspection',
  revocation: '/token/revocation',
  registration: '/reg',
  userinfo: '/me',
  jwks: '/jwks',
  end_session: '/session/end',
} as const;

/** The discovery members whose endpoints a TPP calls, each on the TPP host. */
const TPP_ENDPOINTS = {
  token_endpoint: ROUTES.token,
  pushed_authorization_request_endpoint: ROUTES.pushed_authorization_request,
  registration_endpoint: ROUTES.registration,
  introspection_endpoint: ROUTES.introspection,
  revocation_endpoint: ROUTES.revocation,
  userinfo_endpoint: ROUTES.userinfo,
} as const;

export type TppEndpoint = keyof typeof TPP_ENDPOINTS;

/** The TPP host's URL of each endpoint a TPP calls. */
export function tppEndpoints(tppBaseUrl: string): Record<TppEndpoint, string> {
  return Object.fromEntries(
    Object.entries(TPP_ENDPOINTS).map(([member, path]) => [member, `${tppBaseUrl}${path}`]),
  ) as Record<TppEndpoint, string>;
}

/** The discovery members a browser or a key lookup uses, on the browser host (the issuer). */
export function browserEndpoints(issuer: string): {
  authorization_endpoint: string;
  jwks_uri: string;
} {
  return {
    authorization_endpoint: `${issuer}${ROUTES.authorization}`,
    jwks_uri: `${issuer}${ROUTES.jwks}`,
  };
}
