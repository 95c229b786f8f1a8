import { randomUUID } from 'node:crypto';
import type { Middleware } from 'koa';

const HEADER = 'x-fapi-interaction-id';
// FAPI 1.0 Baseline 6.2.1.11 / UK OB: the interaction id is an RFC 4122 UUID.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/i;

/** Echoes the client's `x-fapi-interaction-id` when it is a UUID, otherwise issues a new one. */
export function interactionId(): Middleware {
  return async (ctx, next) => {
    const sent = ctx.get(HEADER);
    const id = UUID.test(sent) ? sent.toLowerCase() : randomUUID();
    ctx.state.interactionId = id;
    ctx.set(HEADER, id);
    await next();
  };
}
