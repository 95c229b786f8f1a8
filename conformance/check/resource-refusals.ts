import { randomUUID } from 'node:crypto';
import { generateKeyPair } from 'jose';
import * as oauth from 'openid-client';
import type { TransportIdentity } from '../connections.ts';
import { fapiHeaders, resourceUrl, type Tokens } from './authorization.ts';
import type { CheckContext, VariantRun } from './context.ts';
import { dpopProof, type ProofClaims } from './dpop-proof.ts';
import { expect } from './expect.ts';
import { HAPPY_FLOW } from './happy-flow.ts';

/**
 * The resource server's side of sender constraint, sent as raw requests a client library would not
 * send.
 */

interface RawCall {
  readonly scheme: string;
  readonly proof?: string;
  readonly identity: TransportIdentity | undefined;
}

async function rawCall(
  context: CheckContext,
  url: URL,
  tokens: Tokens,
  call: RawCall,
): Promise<number> {
  const headers = fapiHeaders();
  headers.set('authorization', `${call.scheme} ${tokens.access_token}`);
  if (call.proof !== undefined) headers.set('dpop', call.proof);
  const response = await context.connections.request(
    url.href,
    { method: 'GET', headers },
    call.identity,
  );
  await response.arrayBuffer();
  return response.status;
}

const REFUSED = [400, 401];

export async function checkResourceBinding(
  context: CheckContext,
  run: VariantRun,
  tokens: Tokens,
): Promise<void> {
  const { report } = context;
  const [client, other] = run.clients;
  const url = resourceUrl(client, context.deployment);
  const identity = client.identity('resource');
  const proof = (claims: Partial<ProofClaims> = {}, keys = client.dpopKeys!) =>
    dpopProof(keys, {
      htm: 'GET',
      htu: `${url.origin}${url.pathname}`,
      accessToken: tokens.access_token,
      ...claims,
    });

  if (run.variant.senderConstrain === 'dpop') {
    await report.check(
      run.slug,
      'resource with the token type in lower case ("dpop"): accepted',
      'fapi2-security-profile-final-access-token-type-header-case-sensitivity',
      async () => {
        const status = await rawCall(context, url, tokens, {
          scheme: 'dpop',
          proof: await proof(),
          identity,
        });
        expect(status === 200, `answered ${status}`);
      },
    );
    await report.check(
      run.slug,
      'DPoP proofs replayed, with a wrong ath, htm, htu or iat, by another key, signed RS256, or missing: refused; a good proof still works',
      'fapi2-security-profile-final-dpop-negative-tests',
      async () => {
        const replayed = await proof({ jti: randomUUID() });
        expect(
          (await rawCall(context, url, tokens, { scheme: 'DPoP', proof: replayed, identity })) ===
            200,
          'the first use of a proof was refused',
        );
        const refusals: [string, RawCall][] = [
          ['the same proof again (jti reused)', { scheme: 'DPoP', proof: replayed, identity }],
          [
            'a wrong ath',
            {
              scheme: 'DPoP',
              proof: await proof({ override: { ath: oauth.randomState() } }),
              identity,
            },
          ],
          ['htm PUT', { scheme: 'DPoP', proof: await proof({ htm: 'PUT' }), identity }],
          [
            'htu of another resource',
            {
              scheme: 'DPoP',
              proof: await proof({ htu: `${url.origin}/open-banking/v3.1/aisp/balances` }),
              identity,
            },
          ],
          [
            'iat an hour ago',
            { scheme: 'DPoP', proof: await proof({ iatOffsetSeconds: -3600 }), identity },
          ],
          [
            'another key',
            {
              scheme: 'DPoP',
              proof: await proof({}, await oauth.randomDPoPKeyPair('ES256')),
              identity,
            },
          ],
          [
            'signed RS256',
            {
              scheme: 'DPoP',
              proof: await proof({}, (await generateKeyPair('RS256')) as CryptoKeyPair),
              identity,
            },
          ],
          ['no proof', { scheme: 'DPoP', identity }],
          ['no proof, Bearer scheme', { scheme: 'Bearer', identity }],
        ];
        for (const [what, call] of refusals) {
          const status = await rawCall(context, url, tokens, call);
          expect(REFUSED.includes(status), `${what}: answered ${status}`);
        }
        expect(
          (await rawCall(context, url, tokens, {
            scheme: 'DPoP',
            proof: await proof(),
            identity,
          })) === 200,
          'a good proof no longer works after the refusals',
        );
      },
    );
    await report.check(
      run.slug,
      "the token with the other client's DPoP key: refused",
      HAPPY_FLOW,
      async () => {
        const status = await rawCall(context, url, tokens, {
          scheme: 'DPoP',
          proof: await proof({}, other.dpopKeys!),
          identity: other.identity('resource'),
        });
        expect(REFUSED.includes(status), `answered ${status}`);
      },
    );
    return;
  }

  await report.check(
    run.slug,
    'resource with the token type in lower case ("bearer"): accepted',
    'fapi2-security-profile-final-access-token-type-header-case-sensitivity',
    async () => {
      const status = await rawCall(context, url, tokens, { scheme: 'bearer', identity });
      expect(status === 200, `answered ${status}`);
    },
  );
  await report.check(
    run.slug,
    "the certificate-bound token over the other client's certificate, or none: refused",
    HAPPY_FLOW,
    async () => {
      for (const [what, presented] of [
        ["the other client's certificate", other.registered.transport],
        ['no certificate', undefined],
      ] as const) {
        const status = await rawCall(context, url, tokens, {
          scheme: 'Bearer',
          identity: presented,
        });
        expect(
          status === 401,
          `${what}: answered ${status} (RFC 8705 section 3: 401 invalid_token)`,
        );
      }
    },
  );
}
