/** A message that does not conform to its ISO 20022 schema. */
export class InvalidIsoMessageError extends Error {
  readonly problems: readonly string[];
  constructor(name: string, problems: readonly string[]) {
    super(`not a valid ${name} message: ${problems.join('; ')}`);
    this.name = 'InvalidIsoMessageError';
    this.problems = problems;
  }
}

/**
 * A status report the platform will not apply, with why; nothing it names has changed. The
 * operator fixes or drops the file: applying part of a report would leave the scheme and the
 * bank disagreeing about which payments went through.
 */
export class StatusReportRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StatusReportRefusedError';
  }
}
