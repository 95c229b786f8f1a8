/**
 * Asks until there is an answer: `ask` again every `intervalMs` until it returns something other
 * than undefined, null or false, which is returned; undefined once `timeoutMs` have passed without
 * one. An `ask` that throws ends the wait with its error (e.g. a process that exited early).
 */
export async function pollUntil<T>(
  ask: () => T | undefined | null | false | Promise<T | undefined | null | false>,
  options: { timeoutMs: number; intervalMs: number },
): Promise<T | undefined> {
  const deadline = Date.now() + options.timeoutMs;
  for (;;) {
    const answer = await ask();
    if (answer !== undefined && answer !== null && answer !== false) return answer;
    if (Date.now() >= deadline) return undefined;
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs));
  }
}

/**
 * For tests: waits until `check` holds (every `intervalMs`, at most `timeoutMs`), else fails naming
 * `what` it waited for and, when given, what `detail` says then (a process's output, say).
 */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  options: { timeoutMs?: number; intervalMs?: number; detail?: () => string } = {},
): Promise<void> {
  const { timeoutMs = 60_000, intervalMs = 200, detail } = options;
  if (!(await pollUntil(check, { timeoutMs, intervalMs })))
    throw new Error(`timed out waiting for ${what}${detail ? `:\n${detail()}` : ''}`);
}
