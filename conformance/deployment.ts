import type { TppKit } from '../certs/index.ts';

/** A directory role of a TPP (AISP, PISP, CBPII). */
export type DirectoryRole = TppKit['roles'][number];

/**
 * The running bank the plans and the self-check are for, as a TPP and the conformance suite see
 * it: its public URLs, the certificate to trust for them, and its sandbox directory (which issues
 * the transport certificates and software statements clients register with).
 */
export interface Deployment {
  /** The issuer: the browser host (authorization endpoint, consent pages, discovery). */
  readonly issuer: string;
  /** The TPP host: where the resource APIs are (`/open-banking/v3.1/...`). */
  readonly tppBaseUrl: string;
  /** Trust anchor(s) of the bank's server certificate. */
  readonly bankCaPem: string;
  /** The directory CA that issues transport certificates (the suite's `mtls.ca`). */
  readonly directoryCaPem: string;
  onboard(request: {
    name: string;
    redirectUris: string[];
    roles: DirectoryRole[];
  }): Promise<TppKit>;
}

/**
 * The OB v3.1 account and transaction API base the suite is given (the UK profile appends the
 * resource names).
 */
export function accountsApiBase(deployment: Deployment): string {
  return `${deployment.tppBaseUrl}/open-banking/v3.1/aisp/`;
}

/** Where the suite calls the resource in the plain FAPI profile: the accounts list. */
export function accountsUrl(deployment: Deployment): string {
  return `${accountsApiBase(deployment)}accounts`;
}
