import { runLoad } from '../load.ts';
import type { Workload } from './types.ts';

const CONNECTIONS = 16;

/** The floor under every TPP call: TLS with a client certificate, the host app, one database ping. */
export const health: Workload = {
  name: 'health',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const result = await runLoad({
      url: `${context.urls.tpp}/health`,
      agent: context.tppAgent,
      cpu: context.cpu,
      connections,
      durationMs: context.durationMs,
    });
    return [{ name: `GET /health, TPP host, mTLS, ${connections} conns`, result }];
  },
};
