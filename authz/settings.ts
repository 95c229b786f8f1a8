import type { PaymentLimits } from '../openbanking/index.ts';
import type { RateLimitPolicy } from '../ratelimit/index.ts';
import type { BankBranding } from './interactions/consent-ui.ts';

/**
 * What the authorization server takes of the platform's settings and secrets (platform/config.ts
 * and secrets.ts provide them): its own narrow types, so it depends on nothing above it.
 */
export interface AuthorizationServerSettings {
  /** The browser host's public URL: the issuer identifier. */
  readonly issuer: string;
  /**
   * The TPP host's public URL: every endpoint a TPP calls, and the resource server's identifier.
   */
  readonly tppBaseUrl: string;
  /** Sandbox hints on the customer pages. */
  readonly seedSandbox: boolean;
  /**
   * A customer whose one-time code is fixed: the conformance suite's (sandbox only,
   * CONFORMANCE_CUSTOMER).
   */
  readonly fixedCodeCustomer?: { readonly customerId: string; readonly code: string } | undefined;
  readonly bank: BankBranding;
  /** The rate limits of the token, PAR and registration endpoints and of customer sign-in. */
  readonly rateLimits: Readonly<
    Record<
      'token' | 'par' | 'registration' | 'sign-in-username' | 'sign-in-address',
      RateLimitPolicy | undefined
    >
  >;
  /** Shown on the consent page: an account over a limit cannot be chosen to pay. */
  readonly paymentLimits: PaymentLimits;
  /** Hosts a registration's URLs may resolve to though private (sandbox TPPs on localhost). */
  readonly registrationFetchPrivateHosts: readonly string[];
}

export interface AuthorizationServerSecrets {
  /** AES-256-GCM key for secrets at rest (customers' TOTP seeds). */
  readonly dataEncryptionKey: Buffer;
  /** Keys for signed cookies (oidc-provider sessions, CSRF); the first signs, all verify. */
  readonly cookieKeys: readonly string[];
}
