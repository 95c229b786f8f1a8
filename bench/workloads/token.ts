import { calculateJwkThumbprint, compactVerify, decodeJwt, decodeProtectedHeader, EmbeddedJWK, importJWK, jwtVerify, type CryptoKey } from 'jose';
import { bracketedCeiling, measureCeiling } from '../ceiling.ts';
import { signTokenRequest, tokenRequest } from '../client.ts';
import { runLoad } from '../load.ts';
import { fillPool, poolSize } from '../pool.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;
/** Long enough for the pool signed before the timed run to stay valid through it. */
const ASSERTION_LIFETIME_SECONDS = 300;
const FAPI_ALGS = ['ES256', 'PS256'];

/**
 * Issue 3: `client_credentials` at the token endpoint with `private_key_jwt` and DPoP, the way a
 * TPP gets the token it creates intents with. Each request carries its own client assertion and
 * DPoP proof (fresh `jti`s, so the replay checks run for real), signed into a pool before the
 * timed run (bench/pool.ts). Tokens are opaque: the server signs nothing on this path, so its
 * cryptography is the two signature verifications, which the ceiling repeats as oidc-provider
 * does them: the assertion against the client's registered key (lib/helpers/jwt.js, the key
 * imported once per client), the proof against its embedded key plus the thumbprint the token is
 * bound to (lib/helpers/validate_dpop.js).
 */
export const token: Workload = {
  name: 'token',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const tokenUrl = `${context.urls.tpp}/token`;
    const sign = () => signTokenRequest(context.client, context.urls.browser, tokenUrl, ASSERTION_LIFETIME_SECONDS);

    const sample = await sign();
    const { d: _private, ...publicJwk } = context.tpp.signingKeyJwk;
    const clientKey = (await importJWK(publicJwk, publicJwk.alg)) as CryptoKey;
    const measure = (durationMs: number) =>
      measureCeiling(
        `${context.client.signer.alg} client assertion + ${context.client.dpop.alg} DPoP proof verify`,
        async () => {
          decodeProtectedHeader(sample.assertion);
          await compactVerify(sample.assertion, clientKey, { algorithms: FAPI_ALGS });
          decodeJwt(sample.assertion);
          const verified = await jwtVerify(sample.proof, EmbeddedJWK, { algorithms: FAPI_ALGS, typ: 'dpop+jwt' });
          await calculateJwkThumbprint(verified.protectedHeader.jwk!, 'sha256');
        },
        { concurrency: connections, durationMs },
      );

    const { ceiling, loaded: { result, pool } } = await bracketedCeiling(measure, context.ceilingMs, async (before) => {
      const pool = await fillPool(poolSize(before.perSecond, context.durationMs, connections), sign);
      const result = await runLoad({
        url: tokenUrl,
        agent: context.tppAgent,
        cpu: context.cpu,
        connections,
        durationMs: context.durationMs,
        request: async () => tokenRequest(await pool.next(), 'accounts'),
      });
      return { result, pool };
    });
    return [
      {
        name: `POST /token, client_credentials, private_key_jwt + DPoP, ${connections} conns`,
        result,
        ceiling,
        signedDuringRun: pool.madeOnTheFly,
        goal: { ratioMin: 0.55, p99MsMax: 50 },
      },
    ];
  },
};
