import type { IncomingMessage } from 'node:http';

/**
 * What a part learned about a request that the host's access log and request metrics report
 * once it is answered. Keyed by the raw request because oidc-provider runs as its own Koa app,
 * with a context of its own, on the same request.
 */
export interface RequestFacts {
  /**
   * The route template (`/accounts/:AccountId`), never the path with its ids: a bounded metric
   * label.
   */
  route?: string;
  /** The TPP that sent it, once known (authenticated client, or the client of the token). */
  clientId?: string;
  /** That TPP's organisation, the `org_id` of its software statement. */
  orgId?: string;
}

const facts = new WeakMap<IncomingMessage, RequestFacts>();

/** Adds what is known now; what is undefined leaves an earlier fact as it was. */
export function noteRequest(req: IncomingMessage, learned: RequestFacts): void {
  let known = facts.get(req);
  if (!known) {
    known = {};
    facts.set(req, known);
  }
  if (learned.route !== undefined) known.route = learned.route;
  if (learned.clientId !== undefined) known.clientId = learned.clientId;
  if (learned.orgId !== undefined) known.orgId = learned.orgId;
}

export function requestFacts(req: IncomingMessage): RequestFacts {
  return facts.get(req) ?? {};
}
