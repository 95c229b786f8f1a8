import type { AccessTokenInfo, TokenConsent } from '../../authz/index.ts';
import type { ClientCertificateSource } from '../../edge/index.ts';
import type { ResourceMiddleware } from '../state.ts';
import { checkAccount } from './check-account.ts';
import { checkBinding, type RecordFirstUse } from './check-binding.ts';
import { checkClientCertificate } from './check-client-certificate.ts';
import { checkConsentStatus } from './check-consent-status.ts';
import { checkGrantType } from './check-grant-type.ts';
import { checkParameters } from './check-parameters.ts';
import { checkPermission, type PermissionRule } from './check-permission.ts';
import { checkScope, type ApiScope } from './check-scope.ts';
import { checkToken, type ApiCharging, type FindAccessToken } from './check-token.ts';
import { readCredentials } from './read-credentials.ts';

export interface GuardDeps {
  certificates: ClientCertificateSource;
  findAccessToken: FindAccessToken;
  recordFirstUse: RecordFirstUse;
  tppBaseUrl: string;
  charging: ApiCharging;
}

/** What an endpoint demands of the token that reaches it. */
export interface ApiRequirement {
  /** A list: any one of them (client-credentials endpoints only). */
  scope: ApiScope | readonly ApiScope[];
  grant: AccessTokenInfo['kind'];
  /** Authorization-code endpoints only: what they need of the token's consent beyond its status. */
  consent?: ConsentRequirement;
  /**
   * The handler counts the request in its own transaction (metering/), e.g. a payment with its
   * count.
   */
  meteredByHandler?: true;
}

export interface ConsentRequirement {
  /** Statuses the consent may have; default `Authorised` only. */
  statuses?: readonly TokenConsent['status'][];
  /** The permissions the endpoint's data needs (check-permission). */
  permissions?: PermissionRule;
  /** The route parameter naming an account that must be in the consent (check-account). */
  accountParam?: string;
}

/**
 * The one pipeline in front of every resource endpoint, cheapest and most general checks first:
 * credentials present, mutual TLS, token active, sender binding proven, then what this endpoint
 * needs of the token, and path parameters a database lookup can take (check-parameters). An
 * authorization-code token acts on its consent, so its endpoints go on to check-consent-status
 * (authorised, not expired: else 401), check-permission and check-account (else 403).
 */
export function guard(deps: GuardDeps, requirement: ApiRequirement): ResourceMiddleware[] {
  const pipeline = [
    readCredentials(),
    checkClientCertificate(deps.certificates),
    checkToken(deps.findAccessToken, deps.charging, !requirement.meteredByHandler),
    checkBinding({ tppBaseUrl: deps.tppBaseUrl, recordFirstUse: deps.recordFirstUse }),
    checkGrantType(requirement.grant),
    checkScope(requirement.scope),
    checkParameters(),
  ];
  if (requirement.grant !== 'authorization_code') {
    if (requirement.consent)
      throw new Error('consent requirements apply to authorization-code endpoints only');
    return pipeline;
  }
  if (typeof requirement.scope !== 'string')
    throw new Error("an authorization-code endpoint names one scope: its consent's API");
  const consent = requirement.consent ?? {};
  pipeline.push(checkConsentStatus(requirement.scope, consent.statuses ?? ['Authorised']));
  if (consent.permissions) pipeline.push(checkPermission(consent.permissions));
  if (consent.accountParam) pipeline.push(checkAccount(consent.accountParam));
  return pipeline;
}
