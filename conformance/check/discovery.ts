import type { CheckContext, VariantRun } from './context.ts';
import { expect } from './expect.ts';

const MODULE = 'fapi2-security-profile-final-discovery-end-point-verification';
const FAPI_ALGS = ['PS256', 'ES256'];
const TPP_ENDPOINTS = [
  'token_endpoint',
  'pushed_authorization_request_endpoint',
  'registration_endpoint',
  'introspection_endpoint',
  'revocation_endpoint',
  'userinfo_endpoint',
] as const;

function list(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function onlyFapiAlgs(value: unknown, member: string): void {
  const algs = list(value);
  expect(
    algs.length > 0 && algs.every((alg) => FAPI_ALGS.includes(alg)),
    `${member} is ${JSON.stringify(value)}, expected PS256/ES256 only`,
  );
}

/**
 * What the suite's discovery checks ask of the bank for this variant (CheckServerConfiguration,
 * FAPI2 discovery checks, the UK profile's DiscoveryEndpointChecks), and the deployment's promise
 * that every endpoint a TPP calls is advertised on the TPP host, aliases included.
 */
export async function checkDiscovery(context: CheckContext, run: VariantRun): Promise<void> {
  const { server, deployment } = context;
  const { variant } = run;
  await context.report.check(
    run.slug,
    "discovery: endpoints on the TPP host, PAR required, PKCE S256, iss, the variant's methods",
    MODULE,
    async () => {
      expect(
        server.issuer === deployment.issuer,
        `issuer ${server.issuer}, expected ${deployment.issuer}`,
      );
      expect(
        new URL(server.authorization_endpoint ?? '').origin === new URL(deployment.issuer).origin,
        "authorization_endpoint is not on the issuer's host",
      );
      const tppOrigin = new URL(deployment.tppBaseUrl).origin;
      for (const member of TPP_ENDPOINTS) {
        const url = server[member];
        expect(
          typeof url === 'string' && new URL(url).origin === tppOrigin,
          `${member} ${String(url)} is not on the TPP host ${tppOrigin}`,
        );
        const alias = server.mtls_endpoint_aliases?.[member];
        expect(
          alias === undefined || alias === url,
          `mtls_endpoint_aliases.${member} ${String(alias)} differs from ${member}`,
        );
      }
      expect(
        server.require_pushed_authorization_requests === true,
        'require_pushed_authorization_requests is not true',
      );
      const challenges = list(server.code_challenge_methods_supported);
      expect(
        challenges.includes('S256') && !challenges.includes('plain'),
        `code_challenge_methods_supported ${JSON.stringify(challenges)}`,
      );
      expect(
        JSON.stringify(list(server.response_types_supported)) === '["code"]',
        `response_types_supported ${JSON.stringify(server.response_types_supported)}`,
      );
      expect(
        server.authorization_response_iss_parameter_supported === true,
        'authorization_response_iss_parameter_supported is not true',
      );
      expect(
        list(server.grant_types_supported).includes('authorization_code'),
        'grant_types_supported lacks authorization_code',
      );
      const method =
        variant.clientAuthType === 'private_key_jwt' ? 'private_key_jwt' : 'tls_client_auth';
      expect(
        list(server.token_endpoint_auth_methods_supported).includes(method),
        `token_endpoint_auth_methods_supported lacks ${method}`,
      );
      if (variant.clientAuthType === 'private_key_jwt')
        onlyFapiAlgs(
          server.token_endpoint_auth_signing_alg_values_supported,
          'token_endpoint_auth_signing_alg_values_supported',
        );
      if (variant.senderConstrain === 'dpop')
        onlyFapiAlgs(server.dpop_signing_alg_values_supported, 'dpop_signing_alg_values_supported');
      else
        expect(
          server.tls_client_certificate_bound_access_tokens === true,
          'tls_client_certificate_bound_access_tokens is not true',
        );
      if (variant.openid === 'openid_connect') {
        expect(list(server.scopes_supported).includes('openid'), 'scopes_supported lacks openid');
        onlyFapiAlgs(
          server.id_token_signing_alg_values_supported,
          'id_token_signing_alg_values_supported',
        );
      }
      if (variant.requestMethod === 'signed_non_repudiation')
        onlyFapiAlgs(
          server.request_object_signing_alg_values_supported,
          'request_object_signing_alg_values_supported',
        );
      if (variant.responseMode === 'jarm') {
        expect(
          list(server.response_modes_supported).includes('jwt'),
          'response_modes_supported lacks jwt',
        );
        onlyFapiAlgs(
          server.authorization_signing_alg_values_supported,
          'authorization_signing_alg_values_supported',
        );
      }
      if (variant.authorizationRequestType === 'rar') {
        expect(
          list(server.authorization_details_types_supported).includes('account_information'),
          'authorization_details_types_supported lacks account_information',
        );
      }
      if (variant.profile === 'openbanking_uk') {
        expect(
          server.claims_parameter_supported === true,
          'claims_parameter_supported is not true (the UK profile names the intent in the claims)',
        );
        const claims = list(server.claims_supported);
        expect(
          claims.includes('acr') && claims.includes('openbanking_intent_id'),
          `claims_supported ${JSON.stringify(claims)} lacks acr or openbanking_intent_id`,
        );
        expect(
          list(server.acr_values_supported).includes('urn:openbanking:psd2:sca'),
          'acr_values_supported lacks urn:openbanking:psd2:sca',
        );
        expect(
          list(server.grant_types_supported).includes('client_credentials'),
          'grant_types_supported lacks client_credentials',
        );
        expect(
          list(server.scopes_supported).includes('accounts'),
          'scopes_supported lacks accounts',
        );
      }
    },
  );
}
