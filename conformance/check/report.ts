/**
 * The self-check's output: one line per check (PASS or FAIL, the variant, the check and the suite
 * module it mirrors, and for a failure why), then a summary.
 */

export interface CheckResult {
  readonly passed: boolean;
  readonly variant: string;
  readonly name: string;
  /** The conformance suite test module the check mirrors. */
  readonly module: string;
  readonly problem?: string;
}

export class Report {
  readonly results: CheckResult[] = [];
  readonly #write: (line: string) => void;

  constructor(write: (line: string) => void) {
    this.#write = write;
  }

  /**
   * Runs one check and records its outcome; a check never stops the others. Returns whether it
   * passed.
   */
  async check(
    variant: string,
    name: string,
    module: string,
    body: () => Promise<void>,
  ): Promise<boolean> {
    return (
      (await this.run(variant, name, module, async () => {
        await body();
        return true;
      })) === true
    );
  }

  /**
   * A check whose result later checks build on: its value when it passed, undefined when it failed.
   */
  async run<T>(
    variant: string,
    name: string,
    module: string,
    body: () => Promise<T>,
  ): Promise<T | undefined> {
    try {
      const value = await body();
      this.#record({ passed: true, variant, name, module });
      return value;
    } catch (error) {
      this.#record({ passed: false, variant, name, module, problem: describe(error) });
      return undefined;
    }
  }

  /** A check that cannot run because one it builds on failed: it counts as failed. */
  notRun(variant: string, name: string, module: string, because: string): void {
    this.#record({ passed: false, variant, name, module, problem: `not run: ${because}` });
  }

  #record(result: CheckResult): void {
    this.results.push(result);
    this.#write(formatResult(result));
  }

  get failed(): number {
    return this.results.filter((result) => !result.passed).length;
  }

  summary(): string {
    const variants = new Set(this.results.map((result) => result.variant));
    const failedVariants = new Set(
      this.results.filter((result) => !result.passed).map((result) => result.variant),
    );
    return (
      `${this.results.length - this.failed} of ${this.results.length} checks passed in ${variants.size} variants` +
      (this.failed === 0
        ? ''
        : `; ${this.failed} failed, in ${failedVariants.size} variants: ${[...failedVariants].join(', ')}`)
    );
  }
}

function formatResult(result: CheckResult): string {
  const line = `${result.passed ? 'PASS' : 'FAIL'}  ${result.variant}  ${result.name}  [${result.module}]`;
  return result.problem === undefined ? line : `${line}\n      ${result.problem}`;
}

function describe(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const details = error as Error & { error?: string; error_description?: string; status?: number };
  const oauth = details.error
    ? ` (${details.status ?? ''} ${details.error}${details.error_description ? `: ${details.error_description}` : ''})`
    : '';
  return `${error.message}${oauth}`.replace(/\s+/g, ' ').trim();
}
