/**
 * `npm run bench -- [options] [workload ...]`: what to run and for how long. Each option can also
 * be set in the environment (the name in brackets); the command line wins.
 */
export interface BenchSettings {
  /** Workload names; empty means all. */
  readonly workloads: readonly string[];
  /**
   * Each workload runs this many rounds, platform and floor side by side in each; medians are
   * printed.
   */
  readonly rounds: number;
  /** Length of one timed run of one side. */
  readonly durationMs: number;
  /** Overrides every workload's own connection count. */
  readonly connections: number | undefined;
  /** Payments per round (each needs its own consent, authorised before the timed runs). */
  readonly payments: number;
  /**
   * pg_stat_statements on the embedded cluster; the platform's top statements printed per workload.
   */
  readonly pgStats: boolean;
  /**
   * `on`: every rate limit in force but out of reach, so each request pays for its bucket and none
   * is refused; `off`: no limits. Two runs, one each, show the limiter's cost per request.
   */
  readonly rateLimits: 'on' | 'off';
}

const USAGE = `usage: npm run bench -- [options] [workload ...]

Runs each workload against the platform and against the floor (bench/floor/server.ts: node:https
and node:crypto doing the same cryptography and nothing else) in the same rounds, and prints for
both the median req/s, p50/p99 and CPU per request (Node and PostgreSQL), and the ratio.

workloads: health, token, accounts, transactions, intents, payments (default: all)

options:
  --quick              one short round, fewer payments: for iterating (BENCH_QUICK=1)
  --rounds N           rounds per workload, default 3 (BENCH_ROUNDS)
  --duration-ms N      length of each timed run, default 10000 (BENCH_DURATION_MS)
  --connections N      keep-alive connections of every workload, default each its own (BENCH_CONNECTIONS)
  --payments N         payments per round, default 400 (BENCH_PAYMENTS)
  --pg-stats           enable pg_stat_statements and print the platform's top statements (BENCH_PG_STATS=1)
  --rate-limits on|off on (default): every rate limit in force but out of reach, so each request takes
                       its token and none is refused; off: no limits. Compare the two (BENCH_RATE_LIMITS)
  --help               this text

environment only:
  BENCH_CPU_PROF_DIR   write V8 CPU profiles of the platform there, the floor's in floor/ (bench/profile-summary.ts reads them)
  BENCH_LOG_LEVEL      the platform's log level, default warn
`;

const QUICK = { rounds: 1, durationMs: 3_000, payments: 300 };
const FULL = { rounds: 3, durationMs: 10_000, payments: 400 };

export function benchSettings(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
): BenchSettings | 'help' {
  const flags = new Map<string, string | true>();
  const workloads: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      workloads.push(arg);
      continue;
    }
    const [name, inline] = arg.slice(2).split('=', 2) as [string, string | undefined];
    if (['quick', 'pg-stats', 'help'].includes(name)) flags.set(name, true);
    else if (['rounds', 'duration-ms', 'connections', 'payments', 'rate-limits'].includes(name)) {
      let value = inline;
      if (value === undefined) {
        i += 1;
        value = argv[i];
      }
      if (value === undefined) throw new Error(`--${name} needs a value\n\n${USAGE}`);
      flags.set(name, value);
    } else throw new Error(`unknown option ${arg}\n\n${USAGE}`);
  }
  if (flags.has('help')) return 'help';
  const setting = (flag: string, variable: string): string | undefined => {
    const value = flags.get(flag) ?? env[variable];
    return value === true ? '1' : value || undefined;
  };
  const defaults = setting('quick', 'BENCH_QUICK') === '1' ? QUICK : FULL;
  return {
    workloads,
    rounds: positiveInteger('--rounds', setting('rounds', 'BENCH_ROUNDS')) ?? defaults.rounds,
    durationMs:
      positiveInteger('--duration-ms', setting('duration-ms', 'BENCH_DURATION_MS')) ??
      defaults.durationMs,
    connections: positiveInteger('--connections', setting('connections', 'BENCH_CONNECTIONS')),
    payments:
      positiveInteger('--payments', setting('payments', 'BENCH_PAYMENTS')) ?? defaults.payments,
    pgStats: setting('pg-stats', 'BENCH_PG_STATS') === '1',
    rateLimits: onOrOff('--rate-limits', setting('rate-limits', 'BENCH_RATE_LIMITS')),
  };
}

function onOrOff(flag: string, value: string | undefined): 'on' | 'off' {
  if (value === undefined || value === 'on') return 'on';
  if (value === 'off') return 'off';
  throw new Error(`${flag} is on or off, not "${value}"`);
}

export function usage(): string {
  return USAGE;
}

function positiveInteger(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined) return undefined;
  if (!/^[1-9]\d{0,6}$/.test(raw)) throw new Error(`${name}: "${raw}" is not a positive integer`);
  return Number(raw);
}
