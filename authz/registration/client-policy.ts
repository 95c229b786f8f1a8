import type { X509Certificate } from 'node:crypto';
import { errors } from 'oidc-provider';
import type { SoftwareStatementClaims } from '../../certs/index.ts';
import { ACCOUNT_INFORMATION_TYPE, PAYMENT_INITIATION_TYPE } from '../described-consent.ts';
import {
  ACCOUNT_ACCESS_CONSENT_TYPE,
  DOMESTIC_PAYMENT_CONSENT_TYPE,
} from '../interactions/intent.ts';
import { directoryIdentity, subjectDn, subjectMatches } from './certificate-subject.ts';
import { InvalidSoftwareStatement } from './software-statement.ts';

/** The scope each directory role entitles a TPP to (UK OB: AISP, PISP, CBPII). */
export const ROLE_SCOPES: Record<string, string> = {
  AISP: 'accounts',
  PISP: 'payments',
  CBPII: 'fundsconfirmations',
};

/**
 * The RAR types (RFC 9396) each directory role may ask for: its UK intents, or the plain FAPI 2.0
 * descriptions.
 */
const ROLE_AUTHORIZATION_DETAILS_TYPES: Record<string, readonly string[]> = {
  AISP: [ACCOUNT_ACCESS_CONSENT_TYPE, ACCOUNT_INFORMATION_TYPE],
  PISP: [DOMESTIC_PAYMENT_CONSENT_TYPE, PAYMENT_INITIATION_TYPE],
};

export const AUTH_METHODS = ['private_key_jwt', 'tls_client_auth'] as const;
export const GRANT_TYPES = ['authorization_code', 'refresh_token', 'client_credentials'] as const;
/** FAPI 2.0 section 5.4. */
export const SIGNING_ALGS = ['PS256', 'ES256'] as const;

const ALG_FIELDS = [
  'token_endpoint_auth_signing_alg',
  'id_token_signed_response_alg',
  'request_object_signing_alg',
  'authorization_signed_response_alg',
  'introspection_signed_response_alg',
  'userinfo_signed_response_alg',
] as const;

/** Only the software statement says these; a request that sends them is refused. */
const FROM_SSA_ONLY = ['org_id', 'software_roles', 'jwks', 'jwks_uri'] as const;

type Metadata = Record<string, unknown>;

/** What the customer pages show of the directory's description of the software. */
const DESCRIPTION_CHARS_MAX = 500;

function invalidMetadata(description: string): Error {
  return new errors.InvalidClientMetadata(description);
}

/** oidc-provider's InvalidRedirectUri has a fixed description; this one names the URI. */
function invalidRedirectUri(description: string): Error {
  return new errors.CustomOIDCProviderError('invalid_redirect_uri', description);
}

function stringList(value: unknown, field: string): string[] {
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
    throw invalidMetadata(`${field} must be an array of strings`);
  return value;
}

/**
 * The registration the platform accepts for this software statement and transport certificate:
 * RFC 7591 metadata the TPP asked for, checked against the SSA (redirect URIs, roles) and the UK
 * OB / FAPI 2.0 profile (authentication methods, algorithms, sender constraint), completed with
 * what the directory asserts (name, keys, identifiers). Throws the RFC 7591 error that says what
 * is wrong.
 */
export function registrationMetadata(
  request: Metadata,
  ssa: SoftwareStatementClaims,
  certificate: X509Certificate,
): Metadata {
  const identity = directoryIdentity(certificate);
  if (identity.orgId !== ssa.org_id || identity.softwareId !== ssa.software_id) {
    throw new InvalidSoftwareStatement(
      `the transport certificate (OU=${identity.orgId ?? '-'}, CN=${identity.softwareId ?? '-'}) does not belong to the software statement's organisation ${ssa.org_id} and software ${ssa.software_id}`,
    );
  }
  const asserted: Metadata = {
    org_id: ssa.org_id,
    software_roles: [...ssa.software_roles],
    ...(ssa.software_jwks !== undefined
      ? { jwks: ssa.software_jwks }
      : { jwks_uri: ssa.software_jwks_endpoint }),
  };
  // An RFC 7592 update echoes what a read returned; anything else is a claim only the SSA makes.
  for (const field of FROM_SSA_ONLY) {
    if (
      request[field] !== undefined &&
      JSON.stringify(request[field]) !== JSON.stringify(asserted[field])
    ) {
      throw invalidMetadata(
        `${field} comes from the software statement and must not be sent with another value`,
      );
    }
  }
  if (request.software_id !== undefined && request.software_id !== ssa.software_id) {
    throw invalidMetadata('software_id does not match the software statement');
  }

  const redirectUris =
    request.redirect_uris === undefined
      ? [...ssa.software_redirect_uris]
      : stringList(request.redirect_uris, 'redirect_uris');
  if (redirectUris.length === 0) throw invalidRedirectUri('at least one redirect_uri is required');
  const foreign = redirectUris.find((uri) => !ssa.software_redirect_uris.includes(uri));
  if (foreign !== undefined)
    throw invalidRedirectUri(
      `redirect_uri ${foreign} is not among the software statement's software_redirect_uris`,
    );

  const authMethod = request.token_endpoint_auth_method ?? 'private_key_jwt';
  if (!(AUTH_METHODS as readonly unknown[]).includes(authMethod)) {
    throw invalidMetadata(`token_endpoint_auth_method must be ${AUTH_METHODS.join(' or ')}`);
  }
  for (const field of ALG_FIELDS) {
    const alg = request[field];
    if (alg !== undefined && !(SIGNING_ALGS as readonly unknown[]).includes(alg)) {
      throw invalidMetadata(
        `${field} must be ${SIGNING_ALGS.join(' or ')} (FAPI 2.0), not ${String(alg)}`,
      );
    }
  }

  const grantTypes =
    request.grant_types === undefined
      ? [...GRANT_TYPES]
      : stringList(request.grant_types, 'grant_types');
  const badGrant = grantTypes.find((g) => !(GRANT_TYPES as readonly string[]).includes(g));
  if (badGrant !== undefined)
    throw invalidMetadata(
      `grant_type ${badGrant} is not supported (use ${GRANT_TYPES.join(', ')})`,
    );
  const responseTypes =
    request.response_types === undefined
      ? ['code']
      : stringList(request.response_types, 'response_types');
  if (responseTypes.some((r) => r !== 'code'))
    throw invalidMetadata('response_types must be ["code"] (FAPI 2.0)');

  const allowedScopes = ssa.software_roles
    .map((role) => ROLE_SCOPES[role])
    .filter((s): s is string => s !== undefined);
  const scopes =
    typeof request.scope === 'string'
      ? request.scope.split(' ').filter(Boolean)
      : ['openid', ...allowedScopes];
  const beyond = scopes.find((s) => s !== 'openid' && !allowedScopes.includes(s));
  if (beyond !== undefined) {
    throw invalidMetadata(
      `scope ${beyond} needs a directory role this software does not hold (roles: ${ssa.software_roles.join(', ') || 'none'})`,
    );
  }

  const allowedDetailsTypes = ssa.software_roles.flatMap(
    (role) => ROLE_AUTHORIZATION_DETAILS_TYPES[role] ?? [],
  );
  const detailsTypes =
    request.authorization_details_types === undefined
      ? allowedDetailsTypes
      : stringList(request.authorization_details_types, 'authorization_details_types');
  const beyondDetails = detailsTypes.find((t) => !allowedDetailsTypes.includes(t));
  if (beyondDetails !== undefined) {
    throw invalidMetadata(
      `authorization_details_types ${beyondDetails} needs a directory role this software does not hold (roles: ${ssa.software_roles.join(', ') || 'none'})`,
    );
  }

  if (
    request.dpop_bound_access_tokens !== undefined &&
    typeof request.dpop_bound_access_tokens !== 'boolean'
  ) {
    throw invalidMetadata('dpop_bound_access_tokens must be a boolean');
  }
  const dpop = request.dpop_bound_access_tokens === true;
  if (!dpop && request.tls_client_certificate_bound_access_tokens === false) {
    throw invalidMetadata(
      'tokens must be sender-constrained: set dpop_bound_access_tokens or tls_client_certificate_bound_access_tokens',
    );
  }

  let subject: Metadata = {};
  if (authMethod === 'tls_client_auth') {
    const dn = request.tls_client_auth_subject_dn ?? subjectDn(certificate);
    if (typeof dn !== 'string' || !subjectMatches(certificate, dn)) {
      throw invalidMetadata(
        'tls_client_auth_subject_dn does not match the transport certificate presented',
      );
    }
    subject = { tls_client_auth_subject_dn: dn };
  } else if (request.tls_client_auth_subject_dn !== undefined) {
    throw invalidMetadata(
      'tls_client_auth_subject_dn applies only to token_endpoint_auth_method tls_client_auth',
    );
  }

  // What the customer is shown of the software comes from the directory only.
  const {
    software_statement: _verified,
    software_client_description: _unasserted,
    ...rest
  } = request;
  return {
    ...rest,
    redirect_uris: redirectUris,
    token_endpoint_auth_method: authMethod,
    ...subject,
    grant_types: grantTypes,
    response_types: responseTypes,
    scope: scopes.join(' '),
    authorization_details_types: detailsTypes,
    // oidc-provider requires one mechanism; a DPoP client's client-credentials tokens are still
    // certificate-bound when sent without a proof (authz/client-credentials.ts).
    tls_client_certificate_bound_access_tokens: !dpop,
    dpop_bound_access_tokens: dpop,
    client_name: ssa.software_client_name,
    ...(ssa.software_logo_uri !== undefined && { logo_uri: ssa.software_logo_uri }),
    ...(typeof ssa.software_client_description === 'string' &&
      ssa.software_client_description.trim() !== '' && {
        software_client_description: ssa.software_client_description
          .trim()
          .slice(0, DESCRIPTION_CHARS_MAX),
      }),
    software_id: ssa.software_id,
    ...asserted,
  };
}
