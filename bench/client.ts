import type { TppKit } from '../certs/index.ts';
import { registerTpp, type RegisteredTpp } from '../examples/tpp-client.ts';
import { importSigningKey, newDpopKey, type DpopKey, type SigningKey } from './proofs.ts';

/** The bench's TPP as the bank knows it: registered once per run, shared by every workload. */
export interface BenchClient {
  readonly clientId: string;
  /** The kit's signing key, for `private_key_jwt` client assertions. */
  readonly signer: SigningKey;
  /** The key the client's tokens are bound to. */
  readonly dpop: DpopKey;
  /** The same registration as an openid-client configuration, for flows the bench does not time. */
  readonly registered: RegisteredTpp;
}

/**
 * RFC 7591 registration over mutual TLS through the README's openid-client TPP, `private_key_jwt`
 * with DPoP-bound tokens. The software statement is single use, hence once per run.
 */
export async function registerBenchClient(issuer: string, kit: TppKit, bankCaPem: string): Promise<BenchClient> {
  const registered = await registerTpp(
    issuer,
    { transportCertPem: kit.transportCertPem, transportKeyPem: kit.transportKeyPem, signingKeyJwk: kit.signingKeyJwk, ssa: kit.ssa, bankCaPem },
    { authMethod: 'private_key_jwt', binding: 'dpop', redirectUris: [...kit.redirectUris] },
  );
  return { clientId: registered.clientId, signer: await importSigningKey(kit.signingKeyJwk), dpop: await newDpopKey(), registered };
}
