/**
 * `--pg-stats`: pg_stat_statements on the bench's embedded cluster, to see where PostgreSQL's time
 * goes per request. The library must be preloaded, so it is set with ALTER SYSTEM during the cold
 * boot and takes effect at the warm one; the bench's data dir is its own and thrown away after.
 * Nested statements (trigger bodies, PL/pgSQL) are tracked too and marked: their time is also
 * inside the top-level statement that fired them.
 */
import type { Knex } from 'knex';

export interface StatementWatch {
  reset(): Promise<void>;
  /** The platform's top statements since the last reset, per request of `requests`. */
  report(requests: number): Promise<string[]>;
}

const STATEMENTS_SHOWN = 18;
const QUERY_CHARS_SHOWN = 150;

export async function preloadPgStatStatements(knex: Knex): Promise<void> {
  await knex.raw(`ALTER SYSTEM SET shared_preload_libraries = 'pg_stat_statements'`);
  await knex.raw(`ALTER SYSTEM SET pg_stat_statements.track = 'all'`);
  await knex.raw(`ALTER SYSTEM SET pg_stat_statements.track_planning = on`);
}

export async function statementWatch(knex: Knex): Promise<StatementWatch> {
  await knex.raw('CREATE EXTENSION IF NOT EXISTS pg_stat_statements');
  return {
    async reset() {
      await knex.raw('SELECT pg_stat_statements_reset()');
    },
    async report(requests) {
      const { rows } = await knex.raw<{
        rows: {
          query: string;
          calls: bigint;
          total_ms: number;
          plan_ms: number;
          toplevel: boolean;
        }[];
      }>(
        `SELECT query, calls, total_exec_time AS total_ms, total_plan_time AS plan_ms, toplevel FROM pg_stat_statements
         WHERE query NOT LIKE '%bench_floor%' AND query NOT LIKE '%pg_stat_statements%'
         ORDER BY total_exec_time + total_plan_time DESC LIMIT ?`,
        [STATEMENTS_SHOWN],
      );
      const per = Math.max(1, requests);
      const top = rows.filter((row) => row.toplevel);
      const sum = (pick: (row: (typeof rows)[number]) => number) =>
        ((top.reduce((total, row) => total + pick(row), 0) * 1000) / per).toFixed(0);
      const micros = (ms: number, by: number) => ((ms * 1000) / by).toFixed(0);
      return [
        `top statements of the platform's last run (${requests} requests; shown top-level: plan ${sum((r) => r.plan_ms)} + exec ${sum((r) => r.total_ms)} µs/request):`,
        '    calls/req  plan µs/req  exec µs/req  exec µs/call  statement',
        ...rows.map(
          (row) =>
            `    ${(Number(row.calls) / per).toFixed(2).padStart(9)}  ${micros(row.plan_ms, per).padStart(11)}  ${micros(row.total_ms, per).padStart(11)}  ${micros(row.total_ms, Number(row.calls)).padStart(12)}  ${row.toplevel ? '' : '(nested) '}${row.query.replace(/\s+/g, ' ').slice(0, QUERY_CHARS_SHOWN)}`,
        ),
      ];
    },
  };
}
