/**
 * The OpenID conformance suite's FAPI 2.0 server plans and the variants of them this bank supports.
 * Names and values are the suite's own (src/main/java/net/openid/conformance/variant/ and
 * fapi2spfinal/FAPI2SPFinalTestPlan, FAPI2MessageSigningFinalTestPlan), so a variant here is
 * exactly what the suite's "create test plan" API takes.
 */

export const SECURITY_PROFILE_PLAN = 'fapi2-security-profile-final-test-plan';
export const MESSAGE_SIGNING_PLAN = 'fapi2-message-signing-final-test-plan';
export type PlanName = typeof SECURITY_PROFILE_PLAN | typeof MESSAGE_SIGNING_PLAN;

export type ClientAuthType = 'private_key_jwt' | 'mtls';
export type SenderConstrain = 'dpop' | 'mtls';
export type OpenId = 'openid_connect' | 'plain_oauth';
export type FapiProfile = 'plain_fapi' | 'openbanking_uk';
export type RequestMethod = 'unsigned' | 'signed_non_repudiation';
export type ResponseMode = 'plain_response' | 'jarm';
export type AuthorizationRequestType = 'simple' | 'rar';

export interface Variant {
  readonly plan: PlanName;
  readonly clientAuthType: ClientAuthType;
  readonly senderConstrain: SenderConstrain;
  readonly openid: OpenId;
  readonly profile: FapiProfile;
  readonly requestMethod: RequestMethod;
  readonly responseMode: ResponseMode;
  readonly authorizationRequestType: AuthorizationRequestType;
}

const CLIENT_AUTH_TYPES: readonly ClientAuthType[] = ['private_key_jwt', 'mtls'];
const SENDER_CONSTRAINS: readonly SenderConstrain[] = ['dpop', 'mtls'];
const OPENIDS: readonly OpenId[] = ['openid_connect', 'plain_oauth'];
const PROFILES: readonly FapiProfile[] = ['plain_fapi', 'openbanking_uk'];

/**
 * What the Message Signing plan adds to the Security Profile's unsigned, plain-response requests.
 */
const MESSAGE_SIGNING: readonly { requestMethod: RequestMethod; responseMode: ResponseMode }[] = [
  { requestMethod: 'signed_non_repudiation', responseMode: 'plain_response' },
  { requestMethod: 'unsigned', responseMode: 'jarm' },
  { requestMethod: 'signed_non_repudiation', responseMode: 'jarm' },
];

/**
 * Every variant the platform supports: client authentication x sender constraint x OpenID x
 * profile in the Security Profile plan, plus RAR (plain FAPI: `authorization_details` describing
 * the access; the UK profile names its intent in the claims instead), and in the Message Signing
 * plan signed request objects and JARM (the suite refuses JARM with the UK profile: "JARM is not
 * used in UK").
 */
export function supportedVariants(): Variant[] {
  const variants: Variant[] = [];
  for (const profile of PROFILES) {
    for (const openid of OPENIDS) {
      for (const clientAuthType of CLIENT_AUTH_TYPES) {
        for (const senderConstrain of SENDER_CONSTRAINS) {
          const base = { clientAuthType, senderConstrain, openid, profile };
          const types: AuthorizationRequestType[] =
            profile === 'plain_fapi' ? ['simple', 'rar'] : ['simple'];
          for (const authorizationRequestType of types) {
            variants.push({
              plan: SECURITY_PROFILE_PLAN,
              ...base,
              requestMethod: 'unsigned',
              responseMode: 'plain_response',
              authorizationRequestType,
            });
          }
          for (const signing of MESSAGE_SIGNING) {
            if (profile === 'openbanking_uk' && signing.responseMode === 'jarm') continue;
            variants.push({
              plan: MESSAGE_SIGNING_PLAN,
              ...base,
              ...signing,
              authorizationRequestType: 'simple',
            });
          }
        }
      }
    }
  }
  return variants;
}

/** The `variant` parameter of the suite's POST /api/plan, with the suite's parameter names. */
export function suiteVariant(variant: Variant): Record<string, string> {
  return {
    fapi_profile: variant.profile,
    openid: variant.openid,
    client_auth_type: variant.clientAuthType,
    sender_constrain: variant.senderConstrain,
    authorization_request_type: variant.authorizationRequestType,
    // The Security Profile plan fixes these two itself (unsigned, plain_response).
    ...(variant.plan === MESSAGE_SIGNING_PLAN && {
      fapi_request_method: variant.requestMethod,
      fapi_response_mode: variant.responseMode,
    }),
  };
}

/** The plan with its variant as the suite's run-test-plan.py takes it: `plan[name=value]...`. */
export function suitePlanArgument(variant: Variant): string {
  return `${variant.plan}${Object.entries(suiteVariant(variant))
    .map(([name, value]) => `[${name}=${value}]`)
    .join('')}`;
}

/** A short, stable name: file names, the suite alias, the self-check's lines. */
export function variantSlug(variant: Variant): string {
  return [
    variant.plan === SECURITY_PROFILE_PLAN ? 'sp' : 'ms',
    variant.profile === 'plain_fapi' ? 'fapi' : 'ukob',
    variant.openid === 'openid_connect' ? 'oidc' : 'oauth',
    variant.clientAuthType === 'private_key_jwt' ? 'pkjwt' : 'mtlsauth',
    variant.senderConstrain,
    ...(variant.authorizationRequestType === 'rar' ? ['rar'] : []),
    ...(variant.requestMethod === 'signed_non_repudiation' ? ['jar'] : []),
    ...(variant.responseMode === 'jarm' ? ['jarm'] : []),
  ].join('-');
}

/**
 * When the suite presents the client's transport certificate
 * (AbstractFAPI2SPFinalServerTestModule): the UK profile requires mTLS everywhere; otherwise only
 * for mTLS client authentication (PAR, token) and mTLS sender constraint (token, resources). A
 * private_key_jwt + DPoP client never does.
 */
export function presentsCertificate(
  variant: Variant,
  endpoint: 'par' | 'token' | 'resource',
): boolean {
  if (variant.profile === 'openbanking_uk') return true;
  const clientAuth = variant.clientAuthType === 'mtls';
  const binding = variant.senderConstrain === 'mtls';
  return endpoint === 'par' ? clientAuth : endpoint === 'token' ? clientAuth || binding : binding;
}

/**
 * The suite uses mtls_endpoint_aliases for mTLS client authentication or binding
 * (SupportMTLSEndpointAliases).
 */
export function usesMtlsEndpointAliases(variant: Variant): boolean {
  return variant.clientAuthType === 'mtls' || variant.senderConstrain === 'mtls';
}
