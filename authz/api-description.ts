import { ACR_CA, ACR_SCA, API_SCOPES, TTL_SECONDS } from './configuration.ts';
import { AUTH_METHODS, GRANT_TYPES, SIGNING_ALGS } from './registration/client-policy.ts';
import { browserEndpoints, ROUTES, tppEndpoints } from './routes.ts';

type JsonObject = { [key: string]: unknown };

/** The authorization server's part of the platform's OpenAPI 3.1 document. */
export interface AuthorizationServerDescription {
  /** Path items: operations by method, and path-level `parameters`. */
  paths: Record<string, Record<string, unknown>>;
  schemas: Record<string, JsonObject>;
  securitySchemes: Record<string, JsonObject>;
}

const SCOPE_DESCRIPTIONS: Record<(typeof API_SCOPES)[number], string> = {
  accounts:
    'Account information (AISP role): account-access intents, then the accounts the customer shared',
  payments: 'Payment initiation (PISP role): domestic payment intents, payments and their status',
  fundsconfirmations:
    'Confirmation of funds (CBPII role): funds-confirmation intents and confirmations',
};

const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
const form = (schema: string) => ({
  required: true,
  content: { 'application/x-www-form-urlencoded': { schema: ref(schema) } },
});
const json = (schema: string, description: string) => ({
  description,
  content: { 'application/json': { schema: ref(schema) } },
});
const oauthError = (description: string) => json('OAuthError', description);

const DPOP_HEADER = {
  name: 'DPoP',
  in: 'header',
  required: false,
  description:
    'DPoP proof (RFC 9449) for a DPoP-bound token; without it a token is bound to the transport certificate.',
  schema: { type: 'string' },
};

/**
 * Client authentication: a private_key_jwt assertion in the body, or the transport certificate
 * (tls_client_auth).
 */
const CLIENT_AUTH = {
  client_id: {
    type: 'string',
    description:
      "Required with tls_client_auth; with private_key_jwt it is the assertion's iss and sub.",
  },
  client_assertion_type: { const: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer' },
  client_assertion: {
    type: 'string',
    description: `JWT signed ${SIGNING_ALGS.join(' or ')} with the key of the software statement; aud is the issuer.`,
  },
};
/**
 * tls_client_auth presents the transport certificate; private_key_jwt puts its assertion in the
 * form body, which no OpenAPI security scheme can name, hence the empty alternative.
 */
const CLIENT_SECURITY = [{ mutualTLS: [] }, {}];

/**
 * A form POST with client authentication, tagged as the authorization server's; 401 is
 * invalid_client.
 */
function clientPost(
  operationId: string,
  summary: string,
  body: string,
  responses: JsonObject,
  extra: JsonObject = {},
): { post: JsonObject } {
  return {
    post: {
      tags: ['Authorization server'],
      operationId,
      summary,
      ...extra,
      security: CLIENT_SECURITY,
      requestBody: form(body),
      responses: { ...responses, '401': oauthError('invalid_client') },
    },
  };
}

/**
 * The endpoints a TPP calls at the authorization server (PAR, token, introspection, revocation,
 * registration and its RFC 7592 management), built from the routes, scopes, grant types,
 * authentication methods and algorithms the provider is configured with (configuration.ts,
 * registration/client-policy.ts), so the description changes when they do. oidc-provider
 * validates these requests; this is what the platform accepts of them.
 */
export function describeAuthorizationServer(urls: {
  issuer: string;
  tppBaseUrl: string;
}): AuthorizationServerDescription {
  const tpp = tppEndpoints(urls.tppBaseUrl);
  const scopes = Object.fromEntries(API_SCOPES.map((scope) => [scope, SCOPE_DESCRIPTIONS[scope]]));
  const tags = (tag: string) => ({ tags: [tag] });
  return {
    paths: {
      [ROUTES.pushed_authorization_request]: clientPost(
        'PushAuthorizationRequest',
        'Push an authorization request (PAR, RFC 9126)',
        'PushedAuthorizationRequest',
        {
          '201': json('PushedAuthorizationResponse', 'Pushed'),
          '400': oauthError(
            'invalid_request, invalid_request_object, invalid_scope, invalid_authorization_details...',
          ),
        },
        {
          description: `FAPI 2.0: every authorization request is pushed here first, with PKCE S256. The answer's request_uri lives ${TTL_SECONDS.PushedAuthorizationRequest} s; send the customer's browser to ${browserEndpoints(urls.issuer).authorization_endpoint}?client_id=...&request_uri=...`,
          parameters: [DPOP_HEADER],
        },
      ),
      [ROUTES.token]: clientPost(
        'Token',
        'Token endpoint (client credentials, authorization code, refresh)',
        'TokenRequest',
        {
          '200': json('TokenResponse', 'Tokens'),
          '400': oauthError('invalid_grant, invalid_scope, invalid_dpop_proof, invalid_request...'),
        },
        { parameters: [DPOP_HEADER] },
      ),
      [ROUTES.introspection]: clientPost(
        'Introspect',
        'Token introspection (RFC 7662)',
        'TokenReference',
        {
          '200': json(
            'Introspection',
            "The token's state (a signed JWT with Accept: application/token-introspection+jwt)",
          ),
        },
      ),
      [ROUTES.revocation]: clientPost('Revoke', 'Token revocation (RFC 7009)', 'TokenReference', {
        '200': { description: 'Revoked (also for an unknown token)' },
      }),
      [ROUTES.registration]: {
        post: {
          ...tags('Dynamic client registration'),
          operationId: 'RegisterClient',
          summary: 'Register a TPP (RFC 7591) with a software statement from the directory',
          description:
            'Over mutual TLS with the transport certificate the directory issued for the software statement.',
          security: [{ mutualTLS: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ClientMetadata') } },
          },
          responses: {
            '201': json('RegisteredClient', 'Registered'),
            '400': oauthError(
              'invalid_software_statement, invalid_client_metadata, invalid_redirect_uri',
            ),
          },
        },
      },
      [`${ROUTES.registration}/{ClientId}`]: {
        parameters: [{ name: 'ClientId', in: 'path', required: true, schema: { type: 'string' } }],
        get: {
          ...tags('Dynamic client registration'),
          operationId: 'ReadClient',
          summary: 'Read a registration (RFC 7592)',
          security: [{ registrationAccessToken: [] }],
          responses: {
            '200': json('RegisteredClient', 'The registration'),
            '401': oauthError('invalid_token'),
          },
        },
        put: {
          ...tags('Dynamic client registration'),
          operationId: 'UpdateClient',
          summary: 'Update a registration (RFC 7592), sending the software statement again',
          security: [{ registrationAccessToken: [] }],
          requestBody: {
            required: true,
            content: { 'application/json': { schema: ref('ClientMetadata') } },
          },
          responses: {
            '200': json('RegisteredClient', 'Updated'),
            '400': oauthError('invalid_client_metadata...'),
            '401': oauthError('invalid_token'),
          },
        },
        delete: {
          ...tags('Dynamic client registration'),
          operationId: 'DeleteClient',
          summary: 'Delete a registration (RFC 7592)',
          security: [{ registrationAccessToken: [] }],
          responses: { '204': { description: 'Deleted' }, '401': oauthError('invalid_token') },
        },
      },
    },
    schemas: {
      OAuthError: {
        type: 'object',
        required: ['error'],
        properties: {
          error: { type: 'string' },
          error_description: { type: 'string' },
          error_uri: {
            type: 'string',
            format: 'uri',
            description: "The code's entry on the error reference page, /docs/errors.",
          },
        },
      },
      PushedAuthorizationRequest: {
        type: 'object',
        properties: {
          ...CLIENT_AUTH,
          request: {
            type: 'string',
            description: `A signed request object (JAR, RFC 9101, ${SIGNING_ALGS.join('/')}) carrying the parameters below; required when the client registered a request_object_signing_alg.`,
          },
          response_type: { const: 'code' },
          redirect_uri: { type: 'string', format: 'uri' },
          scope: {
            type: 'string',
            description: `Space-separated: openid, offline_access and one of ${API_SCOPES.join(', ')}`,
          },
          state: { type: 'string' },
          nonce: { type: 'string' },
          code_challenge: { type: 'string', description: 'BASE64URL(SHA-256(code_verifier))' },
          code_challenge_method: { const: 'S256' },
          claims: {
            type: 'string',
            description: `JSON: {"id_token":{"openbanking_intent_id":{"value":"<ConsentId>","essential":true},"acr":{"essential":true,"values":["${ACR_SCA}","${ACR_CA}"]}}}`,
          },
          authorization_details: {
            type: 'string',
            description:
              'JSON array (RAR, RFC 9396): an intent by type and consentId, or a plain FAPI 2.0 account_information / payment_initiation description',
          },
          response_mode: { enum: ['query', 'jwt'] },
          dpop_jkt: {
            type: 'string',
            description: 'Thumbprint of the DPoP key the code will be bound to',
          },
        },
      },
      PushedAuthorizationResponse: {
        type: 'object',
        required: ['request_uri', 'expires_in'],
        properties: { request_uri: { type: 'string' }, expires_in: { type: 'integer' } },
      },
      TokenRequest: {
        type: 'object',
        required: ['grant_type'],
        properties: {
          ...CLIENT_AUTH,
          grant_type: { enum: [...GRANT_TYPES] },
          scope: {
            type: 'string',
            description: `client_credentials: one of ${API_SCOPES.join(', ')}`,
          },
          code: { type: 'string' },
          redirect_uri: { type: 'string', format: 'uri' },
          code_verifier: { type: 'string' },
          refresh_token: { type: 'string' },
        },
      },
      TokenResponse: {
        type: 'object',
        required: ['access_token', 'token_type', 'expires_in'],
        properties: {
          access_token: { type: 'string' },
          token_type: {
            enum: ['DPoP', 'Bearer'],
            description:
              'DPoP when a proof was sent; Bearer for a token bound to the transport certificate',
          },
          expires_in: { type: 'integer' },
          scope: { type: 'string' },
          refresh_token: { type: 'string' },
          id_token: { type: 'string' },
          authorization_details: { type: 'array', items: { type: 'object' } },
        },
      },
      TokenReference: {
        type: 'object',
        required: ['token'],
        properties: {
          ...CLIENT_AUTH,
          token: { type: 'string' },
          token_type_hint: { enum: ['access_token', 'refresh_token'] },
        },
      },
      Introspection: {
        type: 'object',
        required: ['active'],
        properties: {
          active: { type: 'boolean' },
          client_id: { type: 'string' },
          scope: { type: 'string' },
          exp: { type: 'integer' },
          token_type: { type: 'string' },
          cnf: {
            type: 'object',
            properties: { jkt: { type: 'string' }, 'x5t#S256': { type: 'string' } },
          },
        },
      },
      ClientMetadata: {
        type: 'object',
        required: ['software_statement'],
        properties: {
          software_statement: {
            type: 'string',
            description: 'The SSA the directory signed (ssa.jwt in the kit)',
          },
          token_endpoint_auth_method: { enum: [...AUTH_METHODS] },
          redirect_uris: { type: 'array', items: { type: 'string', format: 'uri' } },
          grant_types: { type: 'array', items: { enum: [...GRANT_TYPES] } },
          scope: { type: 'string' },
          token_endpoint_auth_signing_alg: { enum: [...SIGNING_ALGS] },
          request_object_signing_alg: { enum: [...SIGNING_ALGS] },
          id_token_signed_response_alg: { enum: [...SIGNING_ALGS] },
          tls_client_certificate_bound_access_tokens: { type: 'boolean' },
          dpop_bound_access_tokens: { type: 'boolean' },
        },
      },
      RegisteredClient: {
        type: 'object',
        required: ['client_id'],
        properties: {
          client_id: { type: 'string' },
          registration_access_token: { type: 'string' },
          registration_client_uri: { type: 'string', format: 'uri' },
          token_endpoint_auth_method: { enum: [...AUTH_METHODS] },
          redirect_uris: { type: 'array', items: { type: 'string' } },
          scope: { type: 'string' },
        },
      },
    },
    securitySchemes: {
      TPPOAuth2Security: {
        type: 'oauth2',
        description:
          'A client-credentials token of the TPP, bound to its DPoP key or transport certificate',
        flows: { clientCredentials: { tokenUrl: tpp.token_endpoint, scopes } },
      },
      PSUOAuth2Security: {
        type: 'oauth2',
        description:
          'An authorization-code token: the customer approved the intent (FAPI 2.0: PAR, PKCE S256)',
        flows: {
          authorizationCode: {
            authorizationUrl: browserEndpoints(urls.issuer).authorization_endpoint,
            tokenUrl: tpp.token_endpoint,
            scopes,
          },
        },
      },
      mutualTLS: {
        type: 'mutualTLS',
        description:
          'The transport certificate the sandbox directory (or OB Directory) issued; tls_client_auth',
      },
      registrationAccessToken: {
        type: 'http',
        scheme: 'bearer',
        description: 'The registration_access_token from registration',
      },
    },
  };
}
