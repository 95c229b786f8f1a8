import type Provider from 'oidc-provider';
import { DESCRIBED_AUTHORIZATION_DETAILS_TYPES } from '../described-consent.ts';

/**
 * oidc-provider grants as the consent pages use them: one new grant per consent, so that revoking
 * one consent revokes exactly its tokens.
 */

interface MissingConsent {
  missingOIDCScope?: unknown;
  missingOIDCClaims?: unknown;
  missingResourceScopes?: unknown;
  rar?: unknown;
}

/**
 * A grant of everything the consent prompt found missing, saved; returns its id. Details that
 * described the access carry the id of the consent made from them (RFC 9396 section 7 lets the
 * bank add what it decided), so the TPP learns it from the token response.
 */
export async function saveGrant(
  provider: Provider,
  accountId: string,
  clientId: string,
  missing: MissingConsent,
  consentId: string,
): Promise<string> {
  const grant = new provider.Grant({ accountId, clientId });
  if (isStrings(missing.missingOIDCScope)) grant.addOIDCScope(missing.missingOIDCScope.join(' '));
  if (isStrings(missing.missingOIDCClaims)) grant.addOIDCClaims(missing.missingOIDCClaims);
  if (typeof missing.missingResourceScopes === 'object' && missing.missingResourceScopes !== null) {
    for (const [indicator, scopes] of Object.entries(missing.missingResourceScopes)) {
      if (isStrings(scopes)) grant.addResourceScope(indicator, scopes.join(' '));
    }
  }
  if (Array.isArray(missing.rar)) {
    for (const detail of missing.rar)
      grant.addRar(isDescribed(detail) ? { ...detail, consentId } : detail);
  }
  return grant.save();
}

function isDescribed(detail: unknown): detail is Record<string, unknown> {
  return (
    typeof detail === 'object' &&
    detail !== null &&
    (DESCRIBED_AUTHORIZATION_DETAILS_TYPES as readonly unknown[]).includes(
      (detail as { type?: unknown }).type,
    )
  );
}

function isStrings(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}
