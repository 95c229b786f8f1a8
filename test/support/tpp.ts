import { registerTpp, type RegisteredTpp, type RegisterOptions, type TppIdentity } from '../../examples/tpp-client.ts';
import type { SoftwareRole } from '../../certs/directory.ts';
import type { TestPlatform } from './platform.ts';

export interface OnboardedTpp {
  identity: TppIdentity;
  tpp: RegisteredTpp;
}

/**
 * A TPP as a developer makes one: a kit from the sandbox directory (transport certificate, signing
 * key, SSA with these roles), then registration over mutual TLS (openid-client), trusting the
 * bank's server certificate. Registration options default to private_key_jwt with DPoP.
 */
export async function onboardTpp(
  platform: TestPlatform,
  options: { name: string; roles: SoftwareRole[]; redirectUri: string; register?: Omit<RegisterOptions, 'redirectUris'> },
): Promise<OnboardedTpp> {
  const kit = await platform.directory.onboard({ name: options.name, redirectUris: [options.redirectUri], roles: options.roles });
  const identity: TppIdentity = {
    transportCertPem: kit.transportCertPem,
    transportKeyPem: kit.transportKeyPem,
    signingKeyJwk: kit.signingKeyJwk,
    ssa: kit.ssa,
    bankCaPem: platform.serverTrustAnchorPem,
  };
  const tpp = await registerTpp(platform.urls.browser, identity, { ...options.register, redirectUris: [options.redirectUri] });
  return { identity, tpp };
}
