import { Ajv, type ValidateFunction } from 'ajv';
import addFormatsPlugin from 'ajv-formats';
import { fullFormats } from 'ajv-formats/dist/formats.js';

/** The date part, then `T`. */
const ISO_DATE_TIME_SEPARATOR = /^\d{4}-\d{2}-\d{2}T/;

/**
 * The OB API documents this platform implements (file `<name>-openapi.json`): v3.1.11's, and
 * v4.0's (`v4.0-` names, resource-server/v4/); the event notification document describes the
 * TPP's endpoint the bank calls.
 */
export type ObApi =
  | 'account-info'
  | 'payment-initiation'
  | 'confirmation-funds'
  | 'events'
  | 'event-notifications'
  | 'vrp'
  | 'v4.0-account-info'
  | 'v4.0-payment-initiation'
  | 'v4.0-confirmation-funds'
  | 'v4.0-vrp'
  | 'v4.0-events'
  | 'v4.0-event-notifications';

export const OB_APIS: readonly ObApi[] = [
  'account-info',
  'payment-initiation',
  'confirmation-funds',
  'events',
  'event-notifications',
  'vrp',
  'v4.0-account-info',
  'v4.0-payment-initiation',
  'v4.0-confirmation-funds',
  'v4.0-vrp',
  'v4.0-events',
  'v4.0-event-notifications',
];

type JsonObject = { [key: string]: unknown };

/** The parts of an OpenAPI 3.0 document that request and response validation read. */
export interface OpenApiDocument {
  openapi: string;
  servers?: { url: string }[];
  paths: Record<string, Record<string, unknown>>;
  components: {
    schemas: Record<string, JsonObject>;
    responses?: Record<string, JsonObject>;
    parameters?: Record<string, JsonObject>;
  };
}

/**
 * Ajv for OB OpenAPI 3.0 schemas: strict (an unknown keyword is an error, not silently ignored),
 * every error reported, the OpenAPI formats (date-time with a mandatory offset, uri, int32...),
 * and `x-namespaced-enum` known but not enforced, since namespaced enumerations are extensible
 * by design (OB Namespaced Enumerations).
 */
export function createOpenApiAjv(): Ajv {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormatsPlugin.default(ajv);
  // ajv-formats also takes a space between date and time (RFC 3339's note allows it); ISO 8601,
  // which OB names, and every OB example write `T`: "2030-01-01 00:00:00Z" is not an OB date-time.
  const dateTime = fullFormats['date-time'] as {
    validate: (value: string) => boolean;
    compare: (a: string, b: string) => number | undefined;
  };
  ajv.addFormat('date-time', {
    type: 'string',
    validate: (value) => ISO_DATE_TIME_SEPARATOR.test(value) && dateTime.validate(value),
    compare: dateTime.compare,
  });
  ajv.addKeyword({ keyword: 'x-namespaced-enum', schemaType: 'array' });
  // OpenAPI 3.0's annotation of a schema's sample value (the v4.0 documents write it in schemas).
  ajv.addKeyword({ keyword: 'example' });
  return ajv;
}

/**
 * Registers a document's component schemas as one JSON Schema, `urn:ob:<api>`, so each `$ref`
 * resolves inside its own document. OpenAPI 3.0 refs point at `#/components/schemas/X`, which is
 * not a JSON Schema location: they are moved to `#/definitions/X`. An enum that lists a value
 * twice (v4.0's OBFrequency6Code has WEEK twice), which JSON Schema forbids, lists it once: the
 * same set of values.
 */
export function addOpenApiDocument(ajv: Ajv, api: ObApi, document: OpenApiDocument): void {
  if (!/^3\.0\.\d+$/.test(document.openapi)) {
    throw new Error(
      `${api}: expected an OpenAPI 3.0.x document, got openapi=${JSON.stringify(document.openapi)}`,
    );
  }
  const definitions = JSON.parse(
    JSON.stringify(document.components.schemas).replaceAll(
      '"#/components/schemas/',
      '"#/definitions/',
    ),
    (key, value) => (key === 'enum' && Array.isArray(value) ? [...new Set(value)] : value),
  );
  ajv.addSchema({ $id: documentId(api), definitions });
}

/** The validator of a component schema of a registered document. */
export function componentSchema(ajv: Ajv, api: ObApi, name: string): ValidateFunction {
  const validate = ajv.getSchema(`${documentId(api)}#/definitions/${name}`);
  if (!validate) throw new Error(`${api}: no component schema ${name}`);
  return validate;
}

/** A schema found inline in the document (e.g. a response's), with refs into its components. */
export function compileInDocument(ajv: Ajv, api: ObApi, schema: JsonObject): ValidateFunction {
  const rewritten = JSON.parse(
    JSON.stringify(schema).replaceAll(
      '"#/components/schemas/',
      `"${documentId(api)}#/definitions/`,
    ),
  );
  return ajv.compile(rewritten);
}

function documentId(api: ObApi): string {
  return `urn:ob:${api}`;
}
