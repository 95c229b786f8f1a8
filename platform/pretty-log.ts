import { Writable } from 'node:stream';
import type { DestinationStream } from 'pino';

const LEVEL_COLOURS: Record<string, string> = {
  fatal: '35',
  error: '31',
  warn: '33',
  info: '32',
  debug: '36',
  trace: '90',
};
/** Shown in every line already, or noise to a developer reading a terminal. */
const OMITTED = new Set(['time', 'level', 'msg', 'service', 'pid', 'hostname', 'err']);

/**
 * LOG_FORMAT=pretty: each JSON line pino wrote (already redacted) as one readable line,
 * `12:03:07.123 INFO  request host=tpp method=GET ... status=200`, an error's stack under it.
 * For a developer's terminal: log collectors want the JSON.
 */
export function prettyLog(
  target: DestinationStream,
  options: { colour: boolean },
): DestinationStream {
  const paint = (code: string | undefined, text: string) =>
    options.colour && code ? `\u001b[${code}m${text}\u001b[0m` : text;
  return new Writable({
    write(chunk: Buffer | string, _encoding, callback) {
      for (const line of chunk.toString().split('\n')) {
        if (line !== '') target.write(`${format(line, paint)}\n`);
      }
      callback();
    },
  });
}

function format(line: string, paint: (code: string | undefined, text: string) => string): string {
  let record: Record<string, unknown>;
  try {
    record = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return line;
  }
  const level = String(record.level ?? '');
  const time = typeof record.time === 'string' ? record.time.slice(11, 23) : '';
  const fields = Object.entries(record)
    .filter(([key]) => !OMITTED.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`);
  const head = [
    time,
    paint(LEVEL_COLOURS[level], level.toUpperCase().padEnd(5)),
    String(record.msg ?? ''),
    ...fields,
  ]
    .filter(Boolean)
    .join(' ');
  const err = record.err as { type?: string; message?: string; stack?: string } | undefined;
  return err
    ? `${head}\n  ${(err.stack ?? `${err.type}: ${err.message}`).replaceAll('\n', '\n  ')}`
    : head;
}
