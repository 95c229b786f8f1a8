import { randomUUID } from 'node:crypto';

import type { JWK } from 'jose';

// Not the keys index: it loads oidc-provider, which the directory (and its CLI) do not need.
import { signCompactJws } from '../keys/jws.ts';
import type { SigningKey } from '../keys/types.ts';
import type { SoftwareRole } from './onboarding-input.ts';

/**
 * The claims of a software statement assertion, named as the Open Banking Directory names them
 * (OB Directory SSA, as carried in an RFC 7591 `software_statement`).
 */
export interface SoftwareStatementClaims {
  readonly iss: string;
  readonly iat: number;
  readonly exp: number;
  readonly jti: string;
  readonly software_id: string;
  /** The OB directory sets it to the software id; a DCR client may ask for it as its client_id. */
  readonly software_client_id: string;
  readonly software_client_name: string;
  readonly software_client_description?: string;
  readonly software_redirect_uris: readonly string[];
  readonly software_roles: readonly SoftwareRole[];
  /** Exactly one of `software_jwks` (inline) and `software_jwks_endpoint` is present. */
  readonly software_jwks?: { readonly keys: readonly JWK[] };
  readonly software_jwks_endpoint?: string;
  readonly software_logo_uri?: string;
  readonly software_mode: 'Test';
  readonly software_environment: 'sandbox';
  readonly org_id: string;
  readonly org_name: string;
  readonly org_status: 'Active';
}

export type SoftwareStatementContent = Omit<SoftwareStatementClaims, 'iss' | 'iat' | 'exp' | 'jti'>;

/**
 * How long an SSA may be presented for registration. The OB directory's SSAs carry no `exp`;
 * the sandbox bounds them so "expired" is a case the AS can test, yet leaves a developer weeks
 * between onboarding and registering.
 */
export const SSA_LIFETIME_SECONDS = 30 * 24 * 60 * 60;

export async function signSoftwareStatement(
  key: SigningKey,
  issuer: string,
  content: SoftwareStatementContent,
): Promise<{ jwt: string; claims: SoftwareStatementClaims }> {
  const iat = Math.floor(Date.now() / 1000);
  const claims: SoftwareStatementClaims = {
    iss: issuer,
    iat,
    exp: iat + SSA_LIFETIME_SECONDS,
    jti: randomUUID(),
    ...content,
  };
  const jwt = await signCompactJws(key, { typ: 'JWT' }, { ...claims });
  return { jwt, claims };
}
