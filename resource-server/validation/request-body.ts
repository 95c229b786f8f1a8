import type { ParameterizedContext } from 'koa';
import { throwIfAny, type ObError } from '../errors.ts';
import { step, type Step } from '../pipeline.ts';
import { documentedOperation, documentedRequestSchema } from './documented-operations.ts';
import { readJsonBody, type JsonBody } from './json-body.ts';
import { requestSchema } from './ob-schemas.ts';
import type { ObApi } from './openapi-ajv.ts';
import { obErrorsFromSchema } from './schema-errors.ts';
import { undocumentedFieldErrors } from './undocumented-fields.ts';

export interface ObRequest<T> {
  /** The bytes as received, for idempotency. */
  raw: JsonBody['raw'];
  value: T;
}

/**
 * Reads the body and holds it to the request schema the OB document gives for the operation this
 * route implements (the schema the served API description shows for it: description/), and to the
 * fields it documents (some OB objects are left open); every breach is answered at once, as OB
 * errors naming the field. What comes back has the schema's shape, so the type `T` (written to
 * match the schema) is what the caller may rely on.
 */
export async function readObRequest<T>(ctx: ParameterizedContext): Promise<ObRequest<T>> {
  const route = (ctx as { _matchedRoute?: unknown })._matchedRoute;
  const { api, schemaName } = routeRequestSchema(
    ctx.method,
    typeof route === 'string' ? route : '',
  );
  const body = await readJsonBody(ctx);
  throwIfAny(obRequestErrors(api, schemaName, body.value));
  return { raw: body.raw, value: body.value as T };
}

/**
 * The pipeline step of an endpoint that takes a body: `ctx.state.body` is the body as received and
 * as `T`, the type written to match the operation's OB schema (readObRequest).
 */
export function obBody<T>(): Step<{ body: ObRequest<T> }> {
  return step(async (ctx, next) => {
    ctx.state.body = await readObRequest<T>(ctx);
    await next();
  });
}

/** The breaches of the named component schema and of the fields it documents (empty when none). */
export function obRequestErrors(api: ObApi, schemaName: string, value: unknown): ObError[] {
  const validate = requestSchema(api, schemaName);
  if (!validate(value)) return obErrorsFromSchema(validate.errors ?? []);
  return undocumentedFieldErrors(value, validate.schema);
}

/**
 * The request body schema of the OB operation a route (full path, `:Param` form) implements. A
 * route that reads a body but is no OB operation with a JSON body is a bug, not a 400.
 */
export function routeRequestSchema(
  method: string,
  routePath: string,
): { api: ObApi; schemaName: string } {
  const documented = documentedOperation(method, routePath);
  const schemaName = documented && documentedRequestSchema(documented.operation);
  if (!documented || !schemaName)
    throw new Error(`${method} ${routePath} has no JSON request body in the OB documents`);
  return { api: documented.api, schemaName };
}
