import type { AccessToken } from '../examples/tpp-client.ts';
import { authorizeIntent, type AccountChoice } from '../test/support/customer-consent.ts';
import type { SandboxCustomer } from '../db/seeds/index.ts';
import type { TestPlatform } from '../test/support/platform.ts';
import type { BenchContext } from './workloads/types.ts';

/**
 * Turns an intent of the bench's TPP into an authorization-code token the way the end-to-end
 * tests do (test/support/customer-consent.ts): PAR with a signed request object, the customer
 * signs in with password and TOTP and approves on the bank's pages (driven over TLS without a
 * browser), then the code exchange with DPoP. Nothing is written behind the platform's back except
 * what that module does on test databases: forgetting the customer's last used TOTP step, so she
 * can approve again within the same 30 seconds (one flow at a time per customer, then).
 */
export async function authoriseIntent(context: BenchContext, intentId: string, customer: SandboxCustomer, accounts: AccountChoice): Promise<AccessToken> {
  // The support module reads only these three members of a test platform.
  const platform = { knex: context.knex, urls: context.urls, serverTrustAnchorPem: context.serverCaPem } as unknown as TestPlatform;
  const { tpp } = context;
  return authorizeIntent(
    platform,
    context.client.registered,
    intentId,
    { redirectUri: tpp.redirectUris[0]!, customer, accounts },
  );
}
