/** A `BENCH_*` setting from the environment: a positive integer, or the fallback when unset. */
export function positiveInteger<T extends number | undefined>(name: string, fallback: T): number | T {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  if (!/^[1-9]\d{0,6}$/.test(raw)) throw new Error(`${name}: "${raw}" is not a positive integer`);
  return Number(raw);
}
