import {
  errors,
  type AuthorizationDetail,
  type Configuration,
  type KoaContextWithOIDC,
} from 'oidc-provider';
import {
  DESCRIBED_AUTHORIZATION_DETAILS_TYPES,
  describedDetailValidator,
  type DescribedConsents,
} from './described-consent.ts';
import { INTENT_AUTHORIZATION_DETAILS_TYPES } from './interactions/intent.ts';

/**
 * Rich Authorization Requests (RFC 9396), two kinds of type:
 *  - UK intent references, a second way to name the Open Banking intent next to the UK profile's
 *    `claims.id_token.openbanking_intent_id`: `{ "type": "urn:openbanking:account-access-consent",
 *    "consentId": "..." }`. What the intent allows lives in the intent the TPP created; that it
 *    exists, is the client's and awaits authorisation is checked when the browser arrives
 *    (authz/intent-check.ts).
 *  - plain FAPI 2.0 descriptions of the access (`account_information`, `payment_initiation`),
 *    from which the consent is made (authz/described-consent.ts).
 */

/** The members a detail may carry (RFC 9396 section 2: unknown members are refused). */
const DETAIL_MEMBERS = new Set(['type', 'consentId']);
/** Same shape as openbanking.consents.id (its CHECK constraint). */
const CONSENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;

function validateIntentDetail(_ctx: KoaContextWithOIDC, detail: AuthorizationDetail): void {
  const unknown = Object.keys(detail).filter((member) => !DETAIL_MEMBERS.has(member));
  if (unknown.length > 0)
    throw new errors.InvalidAuthorizationDetails(
      `${detail.type} does not allow the member(s) ${unknown.join(', ')}`,
    );
  if (typeof detail.consentId !== 'string' || !CONSENT_ID.test(detail.consentId)) {
    throw new errors.InvalidAuthorizationDetails(
      `${detail.type} needs consentId, the id of the intent`,
    );
  }
}

/**
 * The details are fixed when the customer approves: the code, its tokens and their refreshes carry
 * exactly the approved ones. A TPP cannot widen or swap them at the token endpoint, and a
 * client-credentials token names no customer's intent.
 */
function refuseTokenEndpointDetails(ctx: KoaContextWithOIDC): void {
  if (ctx.oidc.params?.authorization_details !== undefined) {
    throw new errors.InvalidAuthorizationDetails(
      'authorization_details are fixed by the customer\u2019s approval and cannot be sent to the token endpoint',
    );
  }
}

/**
 * oidc-provider's RAR feature as configured beside token introspection (its typings' features union
 * has a branch per combination): enabled, with its three helpers.
 */
type FeaturesWithIntrospection = Extract<
  NonNullable<Configuration['features']>,
  { introspection: { enabled?: boolean } }
>;
type RichAuthorizationRequests = Extract<
  NonNullable<FeaturesWithIntrospection['richAuthorizationRequests']>,
  { authorizationDetailsForIntrospection: unknown; types: object }
>;

export function richAuthorizationRequests(consents: DescribedConsents): RichAuthorizationRequests {
  const validateDescribed = describedDetailValidator(consents);
  return {
    enabled: true,
    types: Object.fromEntries([
      ...INTENT_AUTHORIZATION_DETAILS_TYPES.map((type) => [
        type,
        { validate: validateIntentDetail },
      ]),
      ...DESCRIBED_AUTHORIZATION_DETAILS_TYPES.map((type) => [
        type,
        { validate: validateDescribed },
      ]),
    ]),
    // What the customer approved is what the interaction saved in the grant
    // (interactions/grants.ts), described details with the id of the consent made from them (RFC
    // 9396 section 7).
    authorizationDetailsForGrantSource: (ctx) => ctx.oidc.grant?.rar,
    authorizationDetailsForAccessToken: (ctx, _token, source) => {
      refuseTokenEndpointDetails(ctx);
      return source?.rar;
    },
    authorizationDetailsForIntrospection: (_ctx, token) => token.rar,
  };
}
