import type { SideSummary } from './compare.ts';
import type { BenchFigure } from './workloads/types.ts';

/**
 * A figure as aligned lines, so runs compare by eye: the platform, the floor in the same rounds,
 * the ratio, the goal, then notes.
 */
export function formatFigure(figure: BenchFigure): string {
  const { comparison, goal } = figure;
  const { platform, floor, ratio } = comparison;
  const lines = [
    `${figure.name}  (${comparison.rounds === 1 ? '1 round' : `medians of ${comparison.rounds} rounds`})`,
    side('platform', platform),
    side('floor', floor),
    `  ratio     ${ratio.toFixed(2)}x floor${comparison.ratios.length > 1 ? ` (rounds ${comparison.ratios.map((r) => r.toFixed(2)).join(', ')})` : ''}`,
  ];
  if (goal) {
    const checks = [
      goal.ratioMin !== undefined &&
        check(`>= ${goal.ratioMin.toFixed(2)}x floor`, ratio >= goal.ratioMin),
      goal.p99MsMax !== undefined &&
        check(`p99 < ${goal.p99MsMax} ms`, platform.p99Ms < goal.p99MsMax),
      goal.perSecondMin !== undefined &&
        check(`>= ${goal.perSecondMin} req/s`, platform.requestsPerSecond >= goal.perSecondMin),
      check('no errors', platform.errors === 0 && floor.errors === 0),
    ].filter((entry): entry is string => typeof entry === 'string');
    lines.push(`  goal      ${checks.join(', ')}`);
  }
  for (const [name, summary] of [
    ['platform', platform],
    ['floor', floor],
  ] as const) {
    if (summary.signedDuringRun)
      lines.push(
        `  ${name} pool ran dry: ${summary.signedDuringRun} requests signed during the runs (figure includes client signing)`,
      );
    if (summary.firstError) lines.push(`  ${name} first error: ${summary.firstError}`);
  }
  for (const note of figure.notes ?? []) lines.push(`  ${note}`);
  for (const statement of comparison.statements) lines.push(`  ${statement}`);
  return lines.join('\n');
}

function side(name: string, summary: SideSummary): string {
  const cpu = summary.cpuMsPerRequest;
  return [
    `  ${name.padEnd(8)}`,
    `${summary.requestsPerSecond.toFixed(0).padStart(6)} req/s`,
    `p50 ${summary.p50Ms.toFixed(1).padStart(5)} ms`,
    `p99 ${summary.p99Ms.toFixed(1).padStart(6)} ms`,
    cpu
      ? `CPU/req ${micros(cpu.node)} node + ${micros(cpu.postgres)} PostgreSQL (bench client ${micros(cpu.bench)})`
      : 'CPU/req n/a',
    `errors ${summary.errors}/${summary.requests}`,
  ].join('  ');
}

function micros(ms: number): string {
  return `${Math.round(ms * 1000)
    .toString()
    .padStart(5)} µs`;
}

function check(what: string, met: boolean): string {
  return `${what} ${met ? 'met' : 'MISSED'}`;
}
