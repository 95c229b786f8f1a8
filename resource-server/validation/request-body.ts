import type { ParameterizedContext } from 'koa';
import { throwIfAny, type ObError } from '../errors.ts';
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
 * Reads the body and holds it to the named component schema of the OB document, and to the fields
 * it documents (some OB objects are left open); every breach is answered at once, as OB errors
 * naming the field. What comes back has the schema's shape, so
 * the type `T` (written to match the schema) is what the caller may rely on.
 */
export async function readObRequest<T>(ctx: ParameterizedContext, api: ObApi, schemaName: string): Promise<ObRequest<T>> {
  const body = await readJsonBody(ctx);
  throwIfAny(obRequestErrors(api, schemaName, body.value));
  return { raw: body.raw, value: body.value as T };
}

/** The breaches of the named component schema and of the fields it documents (empty when none). */
export function obRequestErrors(api: ObApi, schemaName: string, value: unknown): ObError[] {
  const validate = requestSchema(api, schemaName);
  if (!validate(value)) return obErrorsFromSchema(validate.errors ?? []);
  return undocumentedFieldErrors(value, validate.schema);
}
