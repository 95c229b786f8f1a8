import type Router from '@koa/router';
import { atPath, ObError, ObErrorList } from '../errors.ts';
import type { ResourceContext, ResourceMiddleware, ResourceState } from '../state.ts';

/** Where the OB v4.0 APIs live on the TPP host, beside v3.1's API_PREFIX. */
export const V4_PREFIX = '/open-banking/v4.0';

/** A JSON object as parsed: each mapping names the members it reads with their types. */
export type JsonObject = { [member: string]: unknown };

/** An OB request or response body: Data, and Risk, Links, Meta beside it. */
export interface ObBody extends JsonObject {
  Data: JsonObject;
}

/**
 * How one v4.0 operation maps onto the handler the v3.1 route group mounts for it: the body the
 * TPP sent (already held to the v4.0 document's schema by the route's body step) to the model's,
 * which the handler reads, and the model's response body to v4.0's. An operation whose bodies
 * are the same in both versions gives neither.
 */
export interface OperationMapping {
  /** The route as its group mounts it under the prefix: `GET /aisp/accounts/:AccountId`. */
  readonly route: string;
  /** The v4.0 request body -> the model's; throws an ObError for what v4.0 allows and the bank does not. */
  readonly request?: (body: ObBody) => ObBody;
  /** The model's response body -> v4.0's. `now` for statuses that follow from the time (EXPD). */
  readonly response?: (body: ObBody, now: Date) => ObBody;
  /** The Path a refusal of the handler names (the model's member) -> where v4.0 has that member. */
  readonly errorPath?: (path: string) => string;
}

/**
 * Mounts on `router` (prefix V4_PREFIX) what `mount` registers, keeping only the routes `table`
 * maps, each with its mapping put right before its handler: the steps before it (response
 * signing, the guard, idempotency key, body held to the v4.0 document, the request's signature
 * over the bytes as received) are the route group's own, run as for v3.1.
 */
export function mountMapped(
  router: Router<ResourceState>,
  table: readonly OperationMapping[],
  mount: (router: Router<ResourceState>) => void,
): void {
  const byRoute = new Map(table.map((mapping) => [mapping.route, mapping]));
  mount(router);
  const kept = router.stack.filter((layer) => {
    const method = layer.methods.find((m) => m !== 'HEAD');
    const path = String(layer.path).slice(V4_PREFIX.length);
    const mapping = method && byRoute.get(`${method} ${path}`);
    if (!mapping) return false;
    layer.stack.splice(layer.stack.length - 1, 0, mapped(mapping) as never);
    return true;
  });
  router.stack.splice(0, router.stack.length, ...kept);
}

function mapped(mapping: OperationMapping): ResourceMiddleware {
  return async (ctx, next) => {
    const { body } = ctx.state;
    if (mapping.request && body)
      ctx.state.body = { raw: body.raw, value: mapping.request(body.value as ObBody) };
    try {
      await next();
    } catch (error) {
      throw mapping.errorPath ? withErrorPaths(error, mapping.errorPath) : error;
    }
    if (ctx.body === null || ctx.body === undefined) return;
    // A string is the JSON text of a stored response (an idempotent replay): the mapping is a
    // function of it, so the replay is answered with the same bytes as the first time.
    const model = (typeof ctx.body === 'string' ? JSON.parse(ctx.body) : ctx.body) as ObBody;
    const v4 = mapping.response ? mapping.response(model, new Date()) : model;
    ctx.body = withV4Links(v4);
  };
}

function withErrorPaths(error: unknown, map: (path: string) => string): unknown {
  const moved = (item: ObError) => (item.path === undefined ? item : atPath(item, map(item.path)));
  if (error instanceof ObError) return moved(error);
  if (error instanceof ObErrorList) return new ObErrorList(error.errors.map(moved));
  return error;
}

/** The handlers write v3.1 links (selfLink); the v4.0 resource is the same path under V4_PREFIX. */
function withV4Links(body: ObBody): ObBody {
  if (typeof body.Links !== 'object' || body.Links === null) return body;
  const links = Object.fromEntries(
    Object.entries(body.Links as Record<string, string>).map(([name, url]) => [name, v4Url(url)]),
  );
  return { ...body, Links: links };
}

function v4Url(url: string): string {
  return url.replace('/open-banking/v3.1/', `${V4_PREFIX}/`);
}

/** Whether a request is one of the v4.0 APIs (its refusals are in the v4.0 error model). */
export function isV4Request(ctx: Pick<ResourceContext, 'path'>): boolean {
  return ctx.path === V4_PREFIX || ctx.path.startsWith(`${V4_PREFIX}/`);
}
