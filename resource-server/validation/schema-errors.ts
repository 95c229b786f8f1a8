import type { ErrorObject } from 'ajv';
import {
  FieldInvalid,
  FieldInvalidDate,
  FieldMissing,
  FieldUnexpected,
  ResourceInvalidFormat,
  type ObError,
} from '../errors.ts';

/** A body with hundreds of mistakes gets the first ones; enough to fix, bounded to send. */
const ERRORS_MAX = 20;

/**
 * "/Data/Initiation/InstructedAmount/Amount" -> "Data.Initiation.InstructedAmount.Amount", indexes
 * as "[2]".
 */
export function obPath(instancePath: string, child?: string | number): string {
  const segments =
    instancePath === ''
      ? []
      : instancePath
          .slice(1)
          .split('/')
          .map((s) => s.replaceAll('~1', '/').replaceAll('~0', '~'));
  if (child !== undefined) segments.push(String(child));
  return segments.reduce(
    (path, segment) =>
      /^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${segment}` : segment,
    '',
  );
}

/**
 * Ajv's findings as OB errors: a missing required field is Field.Missing, a field the schema does
 * not have is Field.Unexpected, a malformed date-time is Field.InvalidDate, a body that is not an
 * object at all is Resource.InvalidFormat, and any other breach of the schema is Field.Invalid.
 * Each carries the JSON path of the field, as OBError1.Path asks.
 */
export function obErrorsFromSchema(errors: readonly ErrorObject[]): ObError[] {
  const found = new Map<string, ObError>();
  for (const error of errors) {
    const problem = toObError(error);
    const key = `${problem.code} ${problem.path ?? ''}`;
    if (!found.has(key)) found.set(key, problem);
    if (found.size === ERRORS_MAX) break;
  }
  return [...found.values()];
}

function toObError(error: ErrorObject): ObError {
  const path = obPath(error.instancePath);
  switch (error.keyword) {
    case 'required': {
      const missing = obPath(
        error.instancePath,
        (error.params as { missingProperty: string }).missingProperty,
      );
      return new FieldMissing(`${missing} is required`, missing);
    }
    case 'additionalProperties': {
      const extra = obPath(
        error.instancePath,
        (error.params as { additionalProperty: string }).additionalProperty,
      );
      return new FieldUnexpected(`${extra} is not a field of this request`, extra);
    }
    case 'format':
      if ((error.params as { format: string }).format === 'date-time') {
        return new FieldInvalidDate(
          `${path} must be an ISO 8601 date-time with a time zone, e.g. 2017-04-05T10:43:07+00:00`,
          path,
        );
      }
      return new FieldInvalid(`${path} ${error.message ?? 'is invalid'}`, path);
    case 'enum': {
      const allowed = (error.params as { allowedValues: unknown[] }).allowedValues
        .map(String)
        .join(', ');
      return new FieldInvalid(`${path} must be one of: ${allowed}`, path);
    }
    case 'type':
      if (path === '') return new ResourceInvalidFormat('the request body must be a JSON object');
      return new FieldInvalid(`${path} ${error.message ?? 'has the wrong type'}`, path);
    default:
      return new FieldInvalid(
        `${path || 'the request body'} ${error.message ?? 'is invalid'}`,
        path || undefined,
      );
  }
}
