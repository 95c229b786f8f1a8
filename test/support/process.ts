import { spawn, type ChildProcess } from 'node:child_process';

/** The repository's root: where the scripts run from. */
const ROOT = new URL('../..', import.meta.url).pathname;

export interface ScriptRun {
  child: ChildProcess;
  /** stdout and stderr so far, interleaved as they arrived. */
  output: () => string;
  /** The exit code (null when killed by a signal). */
  exited: Promise<number | null>;
}

const started: ChildProcess[] = [];

/**
 * Runs a TypeScript file of the repository (`node --import tsx <script> <args>`) as its own
 * process from the repository's root, with PATH and HOME and only the environment given (and
 * METRICS_PORT=0 unless given); its stdin is a pipe when asked for (to answer a prompt), closed
 * otherwise. `nodeArgs` go to node after tsx (another `--import`).
 */
export function runScript(
  script: string,
  args: string[],
  env: Record<string, string>,
  options: { stdin?: boolean; nodeArgs?: string[] } = {},
): ScriptRun {
  let output = '';
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', ...(options.nodeArgs ?? []), script, ...args],
    {
      cwd: ROOT,
      // No operators' listener on its default port unless asked: test files run side by side.
      env: { PATH: process.env.PATH, HOME: process.env.HOME, METRICS_PORT: '0', ...env },
      stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    },
  );
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  started.push(child);
  const exited = new Promise<number | null>((resolve) =>
    child.once('exit', (code) => resolve(code)),
  );
  return { child, output: () => output, exited };
}

/**
 * Kills (SIGKILL) every process `runScript` started that is still running: for a test file's
 * `after`.
 */
export function killScripts(): void {
  for (const child of started) if (child.exitCode === null) child.kill('SIGKILL');
}
