import { parseArgs } from 'node:util';
import { ConfigError } from './config.ts';

/**
 * What a process can serve (DESIGN.md section 1): the authorization server (browser host, and the
 * PAR, token, registration and other OAuth endpoints of the TPP host), the resource server (the OB
 * APIs and /usage on the TPP host) and the worker (background jobs and event pushes). `npm start`
 * runs all three; `--only` runs some of them against a shared DATABASE_URL.
 */
export const PARTS = ['authz', 'resource', 'worker'] as const;
export type Part = (typeof PARTS)[number];

/**
 * Reads `--only <part>[,<part>...]` from the command line: undefined without it (every part).
 * Anything else on the line, or an unknown part, is refused by name.
 */
export function partsToRun(args: readonly string[]): ReadonlySet<Part> | undefined {
  let only: string | undefined;
  try {
    ({
      values: { only },
    } = parseArgs({
      args: [...args],
      options: { only: { type: 'string' } },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    throw new ConfigError('command line', (error as Error).message);
  }
  if (only === undefined) return undefined;
  const parts = new Set<Part>();
  for (const name of only.split(',').map((part) => part.trim())) {
    if (!(PARTS as readonly string[]).includes(name)) {
      throw new ConfigError(
        '--only',
        `"${name}" cannot run on its own; one or more of: ${PARTS.join(', ')} (comma-separated)`,
      );
    }
    parts.add(name as Part);
  }
  return parts;
}
