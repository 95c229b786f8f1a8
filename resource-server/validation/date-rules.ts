import { FieldInvalidDate, type ObError } from '../errors.ts';

/**
 * Date rules the schema cannot express. Values have already passed the schema's `date-time`
 * format (RFC 3339 with an offset), so `Date` parses them exactly.
 */

/**
 * OB Field.InvalidDate: "a future date is expected, a date in past or current date is supplied".
 */
export function futureDateTimeError(
  value: string | undefined,
  path: string,
  now: Date,
): ObError | undefined {
  if (value === undefined || Date.parse(value) > now.getTime()) return undefined;
  return new FieldInvalidDate(`${path} must be in the future`, path);
}

/** A period's end may not come before its start; either end may be open. */
export function dateRangeError(
  from: string | undefined,
  to: string | undefined,
  fromPath: string,
  toPath: string,
): ObError | undefined {
  if (from === undefined || to === undefined || Date.parse(from) <= Date.parse(to))
    return undefined;
  return new FieldInvalidDate(`${toPath} must not be before ${fromPath}`, toPath);
}
