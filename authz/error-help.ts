/**
 * The OAuth errors a TPP can meet at this authorization server, what each means here and what to
 * do: the entries of the error reference page (`/docs/errors`, portal/), which each error answer's
 * `error_uri` (RFC 6749 section 5.2) points at.
 */
export const OAUTH_ERROR_HELP = {
  invalid_request:
    'The request is missing a parameter, repeats one, has one the endpoint does not take, or breaks a FAPI 2.0 rule (PKCE S256, PAR required, a form body over 56 KiB). error_description says which.',
  invalid_client:
    'Client authentication failed: the private_key_jwt assertion (aud must be the issuer, a fresh jti, exp within a minute, PS256 or ES256 with a registered key) or the mTLS certificate does not match the registration, or the client_id is unknown.',
  invalid_grant:
    'The code, refresh token or PKCE verifier is not valid: expired, already used (a second use also revokes what the first issued), issued to another client, or redirect_uri differs from the authorization request.',
  unauthorized_client: 'The client is not registered for this grant type or response type.',
  unsupported_grant_type:
    'The grant type is not one this bank supports (authorization_code, refresh_token, client_credentials).',
  invalid_scope:
    "A scope is unknown to this bank, or not allowed for the client: the registration's software roles decide (AISP: accounts, PISP: payments, CBPII: fundsconfirmations). error_description names it.",
  invalid_target:
    "The resource indicator (RFC 8707) is not this bank's resource server, or more than one was sent.",
  invalid_authorization_details:
    'The authorization_details (RFC 9396) are not valid: an unknown type, a missing required field, or values the bank does not accept. error_description says which.',
  invalid_dpop_proof:
    "The DPoP proof (RFC 9449) is not valid: wrong htm or htu, iat outside the allowed window, a jti already used, an unsupported alg, a proof key that differs from the token's, or a missing ath.",
  use_dpop_nonce:
    "The server wants a nonce in the DPoP proof: send the request again with the DPoP-Nonce header's value in the proof's nonce claim.",
  invalid_request_object:
    "The signed request object (JAR, RFC 9101) does not verify with the client's registered keys, is not PS256/ES256, lacks aud, iss, exp or nbf, or lives longer than 60 minutes.",
  invalid_request_uri:
    'The request_uri is unknown, expired (PAR request URIs live 60 seconds) or used already, or belongs to another client.',
  request_not_supported:
    'The request parameter is only accepted through PAR (FAPI 2.0): push the request object to the PAR endpoint.',
  request_uri_not_supported: "Only request URIs from this bank's PAR endpoint are accepted.",
  unsupported_response_type: 'FAPI 2.0 allows only response_type=code.',
  unsupported_response_mode:
    'The response_mode is not one this bank offers (query, jwt and its variants for JARM clients).',
  invalid_redirect_uri: "The redirect_uri is not one of the client's registered, exact https URIs.",
  invalid_client_metadata:
    'A registration metadata value is not allowed: auth method, signing algorithms, redirect URIs or grant types outside the FAPI 2.0 profile or the software statement.',
  invalid_software_statement:
    "The software statement is not valid: it does not verify with the directory's keys, has expired, was used for a registration already (ask the directory for a new one), or does not match the transport certificate.",
  unapproved_software_statement:
    'The software statement is from a directory this bank does not trust.',
  access_denied:
    'The customer declined, cancelled sign-in, or the bank refused the authorization (for example an intent that is not awaiting authorisation).',
  login_required: 'prompt=none was sent but the customer has no session at the bank.',
  consent_required: "prompt=none was sent but the request needs the customer's approval.",
  interaction_required: 'prompt=none was sent but the request needs the customer.',
  invalid_token:
    'The access token is expired, revoked, unknown, or not bound to the key or certificate presented with it.',
  insufficient_scope: 'The access token lacks the scope the endpoint requires.',
  too_many_requests:
    'Too many requests from this client or address in a short time (HTTP 429). Wait the seconds Retry-After gives; the RateLimit header says how many remain.',
  temporarily_unavailable: 'The bank is briefly unable to answer. Wait and retry.',
  server_error:
    "The bank could not complete the request. Retry later; the bank's log has the reason.",
} as const satisfies Record<string, string>;

export type DocumentedOAuthError = keyof typeof OAUTH_ERROR_HELP;

export function isDocumentedOAuthError(code: unknown): code is DocumentedOAuthError {
  return typeof code === 'string' && Object.hasOwn(OAUTH_ERROR_HELP, code);
}
