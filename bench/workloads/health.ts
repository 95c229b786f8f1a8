import { compare, type Side } from '../compare.ts';
import { cyclingPool } from '../pool.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;

/**
 * What every TPP call pays before any work: TLS with a client certificate and HTTP, plus, at the
 * platform, the host app and one database ping. The floor answers from node:https alone.
 */
export const health: Workload = {
  name: 'health',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const side =
      (origin: string): Side =>
      async () => ({ url: `${origin}/health`, pool: await cyclingPool(1, async () => ({})) });
    const comparison = await compare({
      platform: { target: context.platform, side: side(context.urls.tpp) },
      floor: { target: context.floor, side: side(context.floor.origin) },
      connections,
      rounds: context.rounds,
      durationMs: context.durationMs,
      statements: context.statements,
    });
    return [{ name: `GET /health, mTLS, ${connections} conns`, comparison }];
  },
};
