import type { AnySchema } from 'ajv';
import { FieldUnexpected, type ObError } from '../errors.ts';

interface ObjectSchema {
  type?: unknown;
  properties?: Record<string, AnySchema>;
  /** A schema here makes the object a map whose member names are data (OBEventPolling1.setErrs). */
  additionalProperties?: AnySchema;
  items?: AnySchema;
}

/**
 * Fields the OB document does not define, at any level of the request that it writes out inline.
 * Some v3.1.11 request objects (OBReadConsent1.Data, OBFundsConfirmationConsent1.Data,
 * OBFundsConfirmation1.Data) omit
 * `additionalProperties: false`, so the schema alone would let an unknown field through and drop
 * it silently; a TPP that misspells `ExpirationDateTime` must hear about it instead. Objects
 * behind a `$ref` are judged by their own schema (the OB components there are closed already).
 */
export function undocumentedFieldErrors(value: unknown, schema: AnySchema, path = ''): ObError[] {
  if (typeof schema !== 'object' || schema === null || '$ref' in schema) return [];
  const { properties, additionalProperties, items } = schema as ObjectSchema;
  if (Array.isArray(value)) {
    return items
      ? value.flatMap((item, index) => undocumentedFieldErrors(item, items, `${path}[${index}]`))
      : [];
  }
  if (typeof value !== 'object' || value === null || !properties) return [];
  const map = typeof additionalProperties === 'object' ? additionalProperties : undefined;
  return Object.entries(value).flatMap(([name, member]) => {
    const memberPath = path ? `${path}.${name}` : name;
    const memberSchema = properties[name] ?? map;
    if (!memberSchema)
      return [new FieldUnexpected(`${memberPath} is not a field of this request`, memberPath)];
    return undocumentedFieldErrors(member, memberSchema, memberPath);
  });
}
