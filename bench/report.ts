import type { BenchFigure } from './workloads/types.ts';

const NAME_WIDTH = 66;

/** A figure as aligned lines, so runs compare by eye: the load, then its ceiling and goal. */
export function formatFigure(figure: BenchFigure): string {
  const { result, ceiling, goal } = figure;
  const lines = [
    [
      figure.name.padEnd(NAME_WIDTH),
      `${result.requestsPerSecond.toFixed(0).padStart(7)} req/s`,
      `p50 ${result.p50Ms.toFixed(1)} ms`,
      `p99 ${result.p99Ms.toFixed(1)} ms`,
      `errors ${result.errors}/${result.requests}`,
    ].join('   '),
  ];
  const ratio = ceiling ? result.requestsPerSecond / ceiling.perSecond : undefined;
  if (ceiling && ratio !== undefined) {
    const oneAtATime = result.requestsPerSecond / ceiling.oneAtATimePerSecond;
    lines.push(
      `  ceiling: ${ceiling.work}, ${ceiling.perSecond.toFixed(0)}/s; load/ceiling ${percent(ratio)}` +
        ` (one at a time ${ceiling.oneAtATimePerSecond.toFixed(0)}/s; load/that ${percent(oneAtATime)})`,
    );
  }
  if (goal) {
    const checks = [
      goal.ratioMin !== undefined && ratio !== undefined && check(`ratio >= ${(goal.ratioMin * 100).toFixed(0)}%`, ratio >= goal.ratioMin),
      goal.p99MsMax !== undefined && check(`p99 < ${goal.p99MsMax} ms`, result.p99Ms < goal.p99MsMax),
      goal.perSecondMin !== undefined && check(`>= ${goal.perSecondMin} req/s`, result.requestsPerSecond >= goal.perSecondMin),
      check('no errors', result.errors === 0),
    ].filter((entry): entry is string => typeof entry === 'string');
    lines.push(`  goal: ${checks.join(', ')}`);
  }
  if (result.cpuMsPerRequest) {
    const { platform, postgres, bench } = result.cpuMsPerRequest;
    lines.push(`  CPU per request: platform ${platform.toFixed(2)} ms, PostgreSQL ${postgres.toFixed(2)} ms, bench client ${bench.toFixed(2)} ms`);
  }
  if (figure.signedDuringRun) lines.push(`  pool ran dry: ${figure.signedDuringRun} requests signed during the run (figure includes client signing)`);
  if (result.firstError) lines.push(`  first error: ${result.firstError}`);
  for (const note of figure.notes ?? []) lines.push(`  ${note}`);
  return lines.join('\n');
}

function percent(ratio: number): string {
  return `${(ratio * 100).toFixed(0)}%`;
}

function check(what: string, met: boolean): string {
  return `${what} ${met ? 'met' : 'MISSED'}`;
}
