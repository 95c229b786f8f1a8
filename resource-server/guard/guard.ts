import type { AccessTokenInfo } from '../../authz/index.ts';
import type { ClientCertificateSource } from '../../platform/http/client-certificate.ts';
import type { ResourceMiddleware } from '../state.ts';
import { checkBinding, type RecordFirstUse } from './check-binding.ts';
import { checkClientCertificate } from './check-client-certificate.ts';
import { checkGrantType } from './check-grant-type.ts';
import { checkScope, type ApiScope } from './check-scope.ts';
import { checkToken, type FindAccessToken } from './check-token.ts';
import { readCredentials } from './read-credentials.ts';

export interface GuardDeps {
  certificates: ClientCertificateSource;
  findAccessToken: FindAccessToken;
  recordFirstUse: RecordFirstUse;
  tppBaseUrl: string;
}

/** What an endpoint demands of the token that reaches it. */
export interface ApiRequirement {
  scope: ApiScope;
  grant: AccessTokenInfo['kind'];
}

/**
 * The one pipeline in front of every resource endpoint, cheapest and most general checks first:
 * credentials present, mutual TLS, token active, sender binding proven, then what this endpoint
 * needs of the token. Endpoints that act on a customer's consent (issue 5) append
 * check-consent-status, check-permission and check-account after these.
 */
export function guard(deps: GuardDeps, requirement: ApiRequirement): ResourceMiddleware[] {
  return [
    readCredentials(),
    checkClientCertificate(deps.certificates),
    checkToken(deps.findAccessToken),
    checkBinding({ tppBaseUrl: deps.tppBaseUrl, recordFirstUse: deps.recordFirstUse }),
    checkGrantType(requirement.grant),
    checkScope(requirement.scope),
  ];
}
