import { signTokenRequest, tokenRequest } from '../client.ts';
import { compare, type Comparison, type Side } from '../compare.ts';
import type { LoadRequest } from '../load.ts';
import { cyclingPool, fillPool } from '../pool.ts';
import { dpopProof } from '../proofs.ts';
import type { BenchContext } from './types.ts';

export interface ResourceLoad {
  method: 'GET' | 'POST';
  /** Path of the resource, on the platform's TPP host and on the floor alike. */
  path: string;
  /** The platform's access token for it. */
  accessToken: string;
  /**
   * The scope of the floor's token (the floor checks none, but the token carries it as the
   * platform's does).
   */
  scope: string;
  connections: number;
  /** Headers and body of each request besides Authorization and DPoP. */
  extra?: () => Promise<{ headers?: Record<string, string>; body?: string }>;
  expectStatus: number;
}

/**
 * A DPoP-bound resource request under load, at the platform and at the floor: each request
 * carries its own proof (new `jti`, `ath` of that side's token), signed before the timed run.
 */
export async function compareResourceLoad(
  context: BenchContext,
  load: ResourceLoad,
): Promise<Comparison> {
  const floorToken = await floorAccessToken(context, load.scope);
  const side =
    (origin: string, accessToken: string, fresh: boolean): Side =>
    async (requests) => {
      const url = `${origin}${load.path}`;
      const make = async (): Promise<LoadRequest> => {
        const extra = (await load.extra?.()) ?? {};
        const proof = await dpopProof(context.client.dpop, {
          method: load.method,
          url,
          accessToken,
        });
        return {
          method: load.method,
          headers: {
            accept: 'application/json',
            ...extra.headers,
            authorization: `DPoP ${accessToken}`,
            dpop: proof,
          },
          body: extra.body,
        };
      };
      return {
        url,
        expectStatus: load.expectStatus,
        pool: fresh
          ? await fillPool(requests, make)
          : await cyclingPool(Math.min(requests, FLOOR_POOL_MAX), make),
      };
    };
  return compare({
    platform: { target: context.platform, side: side(context.urls.tpp, load.accessToken, true) },
    floor: { target: context.floor, side: side(context.floor.origin, floorToken, false) },
    connections: load.connections,
    rounds: context.rounds,
    durationMs: context.durationMs,
    statements: context.statements,
  });
}

/** Distinct signed requests the floor cycles through (it keeps no replay store). */
export const FLOOR_POOL_MAX = 2_000;

/** A DPoP-bound access token from the floor's token endpoint, for the bench client's DPoP key. */
export async function floorAccessToken(context: BenchContext, scope: string): Promise<string> {
  const tokenUrl = `${context.floor.origin}/token`;
  const request = tokenRequest(
    await signTokenRequest(context.client, context.floor.origin, tokenUrl),
    scope,
  );
  const { origin, pathname } = new URL(tokenUrl);
  const response = await context.tppAgent.request({
    origin,
    path: pathname,
    method: 'POST',
    headers: request.headers,
    body: request.body,
  });
  const body = (await response.body.json()) as { access_token?: string };
  if (response.statusCode !== 200 || !body.access_token)
    throw new Error(
      `floor token endpoint answered ${response.statusCode}: ${JSON.stringify(body)}`,
    );
  return body.access_token;
}
