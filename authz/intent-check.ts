import type { Knex } from 'knex';
import { errors, interactionPolicy, type KoaContextWithOIDC } from 'oidc-provider';
import { acrCheck } from './acr-check.ts';
import { arrivingClaims } from './claims-parameter.ts';
import { describedConsent, describedDetails } from './described-consent.ts';
import { findIntentState, type ConsentKind } from '../openbanking/index.ts';
import {
  ACCOUNT_ACCESS_CONSENT_TYPE,
  DOMESTIC_PAYMENT_CONSENT_TYPE,
  intentFromParams,
  mentionsIntent,
  type IntentAuthorizationDetailsType,
} from './interactions/intent.ts';

/** The API scope an authorization for each intent kind must ask for, and its tokens act with. */
export const SCOPE_OF_KIND = {
  'account-access': 'accounts',
  'domestic-payment': 'payments',
  'domestic-scheduled-payment': 'payments',
  'domestic-standing-order': 'payments',
  'domestic-vrp': 'payments',
  'funds-confirmation': 'fundsconfirmations',
} as const satisfies Record<ConsentKind, string>;

/** The intent kind each RAR type names. */
const KIND_OF_DETAILS_TYPE: Record<IntentAuthorizationDetailsType, string> = {
  [ACCOUNT_ACCESS_CONSENT_TYPE]: 'account-access',
  [DOMESTIC_PAYMENT_CONSENT_TYPE]: 'domestic-payment',
};

/**
 * UK OB Security Profile: the authorization request names an intent the client created and that
 * awaits authorisation; or, plain FAPI 2.0, it describes the access (authz/described-consent.ts).
 * Checked when the browser reaches the authorization endpoint (the PAR request itself is
 * accepted), before the customer sees anything; the refusal goes back to the redirect URI with
 * `state` and `iss`. Only on arrival: once the customer acted, the interaction's
 * result carries the outcome and the intent's status has moved on.
 */
export function intentCheck(knex: Knex): InstanceType<typeof interactionPolicy.Check> {
  return new interactionPolicy.Check(
    'openbanking_intent',
    'the authorization request must name an intent awaiting authorisation, or describe the access',
    async (ctx: KoaContextWithOIDC) => {
      if (ctx.oidc.result) return interactionPolicy.Check.NO_NEED_TO_PROMPT;
      arrivingClaims(ctx);
      const params = ctx.oidc.params as Record<string, unknown>;
      const reference = intentFromParams(params);
      const described = describedDetails(params);
      if (reference && described.length > 0) {
        throw new errors.InvalidAuthorizationDetails(
          'name an intent or describe the access (account_information, payment_initiation), not both',
        );
      }
      if (!reference && mentionsIntent(params))
        throw new errors.InvalidRequest('the request must name exactly one intent, by a valid id');
      if (!reference) {
        // Plain FAPI 2.0: the consent is made from the description when the customer reaches it.
        if (described.length > 1)
          throw new errors.InvalidAuthorizationDetails(
            'describe one access per authorization request: one account_information or payment_initiation detail',
          );
        if (described.length === 1 || describedConsent(params, '') !== undefined)
          return interactionPolicy.Check.NO_NEED_TO_PROMPT;
        throw new errors.InvalidRequest(
          'the request must name an intent (claims.id_token.openbanking_intent_id, or authorization_details with its consentId) or describe the access (authorization_details of type account_information or payment_initiation, or the accounts scope)',
        );
      }
      const intent = await findIntentState(knex, reference.intentId);
      // Another client's intent is answered like an unknown one.
      if (!intent || intent.clientId !== ctx.oidc.client!.clientId)
        throw new errors.InvalidRequest(
          'openbanking_intent_id does not name an intent of this client',
        );
      if (intent.status !== 'AwaitingAuthorisation')
        throw new errors.InvalidRequest(
          `the intent is ${intent.status}, not AwaitingAuthorisation`,
        );
      if (intent.expiresAt && intent.expiresAt.getTime() <= Date.now())
        throw new errors.InvalidRequest('the intent has expired');
      const detailsType = reference.authorizationDetailsType;
      if (detailsType && KIND_OF_DETAILS_TYPE[detailsType] !== intent.kind) {
        throw new errors.InvalidAuthorizationDetails(
          `authorization_details of type ${detailsType} cannot name an intent of kind ${intent.kind}`,
        );
      }
      const scopes = String(params.scope ?? '').split(' ');
      const needed = SCOPE_OF_KIND[intent.kind];
      if (!scopes.includes(needed))
        throw new errors.InvalidScope(
          `an intent of kind ${intent.kind} needs the ${needed} scope`,
          needed,
        );
      return interactionPolicy.Check.NO_NEED_TO_PROMPT;
    },
  );
}

/**
 * oidc-provider's default prompts with the intent and acr checks first, so they run on every
 * arrival, before the customer is asked anything.
 */
export function interactionPolicyWithIntentCheck(knex: Knex) {
  const policy = interactionPolicy.base();
  const login = policy.get('login')!;
  login.checks.add(acrCheck(), 0);
  login.checks.add(intentCheck(knex), 0);
  return policy;
}
