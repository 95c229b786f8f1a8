import { readdir, readFile } from 'node:fs/promises';

/** CPU time (user + system) spent so far, in ms, by each side of a run. */
export interface CpuTimes {
  /**
   * The Node process under load: the platform's (oidc-provider, resource server, ledger code) or
   * the floor's.
   */
  node: number;
  /**
   * The embedded PostgreSQL's processes (postmaster and backends), whoever's statements they run.
   */
  postgres: number;
  /** This process: the load driver and its TLS. */
  bench: number;
}

const CLOCK_TICKS_PER_SECOND = 100;

/**
 * Where the machine's CPU goes during a run, per request: a robust figure on a shared machine where
 * req/s moves with everything else running. `nodePid` is the server under load; PostgreSQL is the
 * embedded cluster the platform (`platformPid`) started. Linux only (/proc); elsewhere undefined.
 */
export async function cpuTimes(
  nodePid: number,
  platformPid: number,
): Promise<CpuTimes | undefined> {
  let entries: string[];
  try {
    entries = (await readdir('/proc')).filter((name) => /^\d+$/.test(name));
  } catch {
    return undefined;
  }
  const processes = new Map<number, { parent: number; name: string; ms: number }>();
  await Promise.all(
    entries.map(async (entry) => {
      const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => undefined);
      if (!stat) return;
      // pid (comm) state ppid ... utime(14) stime(15): comm may hold spaces, so split after it.
      const close = stat.lastIndexOf(')');
      const fields = stat.slice(close + 2).split(' ');
      const ms = ((Number(fields[11]) + Number(fields[12])) * 1000) / CLOCK_TICKS_PER_SECOND;
      processes.set(Number(entry), {
        parent: Number(fields[1]),
        name: stat.slice(stat.indexOf('(') + 1, close),
        ms,
      });
    }),
  );
  const descendsFromPlatform = (pid: number): boolean => {
    for (
      let at = processes.get(pid), hops = 0;
      at && hops < 16;
      at = processes.get(at.parent), hops += 1
    ) {
      if (at.parent === platformPid) return true;
    }
    return false;
  };
  let postgres = 0;
  for (const [pid, entry] of processes)
    if (entry.name.startsWith('postgres') && descendsFromPlatform(pid)) postgres += entry.ms;
  const usage = process.cpuUsage();
  return {
    node: processes.get(nodePid)?.ms ?? 0,
    postgres,
    bench: (usage.user + usage.system) / 1000,
  };
}

export function cpuPerRequest(before: CpuTimes, after: CpuTimes, requests: number): CpuTimes {
  const per = (side: keyof CpuTimes) => (after[side] - before[side]) / Math.max(1, requests);
  return { node: per('node'), postgres: per('postgres'), bench: per('bench') };
}
