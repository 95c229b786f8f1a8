import { signTokenRequest, tokenRequest } from '../client.ts';
import { compare, type Side } from '../compare.ts';
import { cyclingPool, fillPool } from '../pool.ts';
import { FLOOR_POOL_MAX } from './resource-load.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;
/** Long enough for the pool signed before the timed run to stay valid through it. */
const ASSERTION_LIFETIME_SECONDS = 300;

/**
 * `client_credentials` at the token endpoint with `private_key_jwt` (PS256) and DPoP (ES256), the
 * way a TPP gets the token it creates intents with. Each request carries its own client assertion
 * and DPoP proof (fresh `jti`s, so the platform's replay checks run for real), signed before the
 * timed run (bench/pool.ts). The floor verifies both and signs a PS256 JWT access token.
 */
export const token: Workload = {
  name: 'token',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const side =
      (audience: string, origin: string, fresh: boolean): Side =>
      async (requests) => {
        const url = `${origin}/token`;
        const make = async () =>
          tokenRequest(
            await signTokenRequest(context.client, audience, url, ASSERTION_LIFETIME_SECONDS),
            'accounts',
          );
        return {
          url,
          pool: fresh
            ? await fillPool(requests, make)
            : await cyclingPool(Math.min(requests, FLOOR_POOL_MAX), make),
        };
      };
    const comparison = await compare({
      // FAPI 2.0: the client assertion's audience is the issuer (the browser host), sent to the TPP
      // host.
      platform: {
        target: context.platform,
        side: side(context.urls.browser, context.urls.tpp, true),
      },
      floor: {
        target: context.floor,
        side: side(context.floor.origin, context.floor.origin, false),
      },
      connections,
      rounds: context.rounds,
      durationMs: context.durationMs,
      statements: context.statements,
    });
    return [
      {
        name: `POST /token, client_credentials, private_key_jwt PS256 + DPoP ES256, ${connections} conns`,
        comparison,
        goal: { ratioMin: 0.7 },
      },
    ];
  },
};
