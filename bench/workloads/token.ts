import { calculateJwkThumbprint, compactVerify, decodeJwt, decodeProtectedHeader, EmbeddedJWK, importJWK, jwtVerify, type CryptoKey } from 'jose';
import { measureCeiling } from '../ceiling.ts';
import { runLoad } from '../load.ts';
import { fillPool, poolSize } from '../pool.ts';
import { clientAssertion, dpopProof } from '../proofs.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;
const ASSERTION_LIFETIME_SECONDS = 300;
const FAPI_ALGS = ['ES256', 'PS256'];

/**
 * Issue 3: `client_credentials` at the token endpoint with `private_key_jwt` and DPoP, the way a
 * TPP gets the token it creates intents with. Each request carries its own client assertion and
 * DPoP proof (fresh `jti`s, so oidc-provider's replay checks run for real); they are signed into a
 * pool before the timed run (bench/pool.ts). Tokens are opaque: the server signs nothing on this
 * path, so its cryptography is the two signature verifications, which the ceiling repeats.
 */
export const token: Workload = {
  name: 'token',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const { client } = context;
    const tokenUrl = `${context.urls.tpp}/token`;
    const sign = async () => ({
      assertion: await clientAssertion(client.signer, client.clientId, context.urls.browser, ASSERTION_LIFETIME_SECONDS),
      proof: await dpopProof(client.dpop, { method: 'POST', url: tokenUrl }),
    });

    // What oidc-provider does with them: the assertion against the client's registered key
    // (lib/helpers/jwt.js verify: compactVerify with the imported key, cached per client), the
    // proof against its embedded key plus the thumbprint the token is bound to
    // (lib/helpers/validate_dpop.js).
    const sample = await sign();
    const { kid: _kid, d: _d, ...publicJwk } = context.tpp.signingKeyJwk;
    const clientKey = (await importJWK(publicJwk, context.tpp.signingKeyJwk.alg)) as CryptoKey;
    const ceiling = await measureCeiling(
      `${client.signer.alg} client assertion + ${client.dpop.alg} DPoP proof verify`,
      async () => {
        decodeProtectedHeader(sample.assertion);
        await compactVerify(sample.assertion, clientKey, { algorithms: FAPI_ALGS });
        decodeJwt(sample.assertion);
        const verified = await jwtVerify(sample.proof, EmbeddedJWK, { algorithms: FAPI_ALGS, typ: 'dpop+jwt' });
        await calculateJwkThumbprint(verified.protectedHeader.jwk!, 'sha256');
      },
      { concurrency: connections, durationMs: context.ceilingMs },
    );

    const pool = await fillPool(poolSize(ceiling.perSecond, context.durationMs, connections), sign);
    const result = await runLoad({
      url: tokenUrl,
      agent: context.tppAgent,
      connections,
      durationMs: context.durationMs,
      async request() {
        const { assertion, proof } = await pool.next();
        return {
          method: 'POST',
          headers: { 'content-type': 'application/x-www-form-urlencoded', dpop: proof },
          body: new URLSearchParams({
            grant_type: 'client_credentials',
            scope: 'accounts',
            client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
            client_assertion: assertion,
          }).toString(),
        };
      },
    });
    return [
      {
        name: `POST /token client_credentials, private_key_jwt + DPoP, ${connections} conns`,
        result,
        ceiling,
        signedDuringRun: pool.madeOnTheFly,
        goal: { ratioMin: 0.55, p99MsMax: 50 },
      },
    ];
  },
};
