/**
 * The bank's calendar: its days are London's (Europe/London, GMT in winter, BST in summer), as a
 * UK customer reads a date, and its working days are Monday to Friday except the bank holidays
 * of England and Wales. VRP periods (control-parameters.ts) and payment-order schedules
 * (payment-schedule.ts) count days by it.
 *
 * A day is carried as a CivilDate, or as the Date at UTC midnight of that calendar date (the form
 * frequency.ts steps through); neither is an instant until bankInstant or londonMidnight makes one.
 */

export const BANK_TIME_ZONE = 'Europe/London';
export const DAY_MS = 86_400_000;

/** A date on the calendar (month 1 to 12). */
export interface CivilDate {
  year: number;
  month: number;
  day: number;
}

const londonParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: BANK_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** London's wall clock at an instant, as if it were UTC (ms): minus the instant, the offset. */
export function londonWallClock(instantMs: number): number {
  const parts = Object.fromEntries(
    londonParts.formatToParts(new Date(instantMs)).map((part) => [part.type, Number(part.value)]),
  ) as Record<'year' | 'month' | 'day' | 'hour' | 'minute' | 'second', number>;
  const wall = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute);
  // Seconds and milliseconds are the instant's own: London's offset is whole minutes.
  return wall + (((instantMs % 60_000) + 60_000) % 60_000);
}

export function londonDate(instant: Date): CivilDate {
  const wall = new Date(londonWallClock(instant.getTime()));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/**
 * The instant London's wall clock reads `wallMs` (as if UTC). A time the clocks skip in spring
 * (01:00 to 02:00 on the last Sunday of March) is taken an hour later; one they repeat in autumn,
 * the first time (BST).
 */
export function bankInstant(wallMs: number): Date {
  // The offsets in force a few hours either side: the same unless the clocks change in between.
  const offset = (instantMs: number) => londonWallClock(instantMs) - instantMs;
  const before = wallMs - offset(wallMs - 3 * 3_600_000);
  const after = wallMs - offset(wallMs + 3 * 3_600_000);
  const readsWall = (instantMs: number) => londonWallClock(instantMs) === wallMs;
  if (readsWall(before)) return new Date(readsWall(after) ? Math.min(before, after) : before);
  if (readsWall(after)) return new Date(after);
  // In the spring gap: the earlier offset carries the wall time past the gap.
  return new Date(before);
}

/** The instant London's day `date` begins (midnight is never skipped or repeated in London). */
export function londonMidnight(date: CivilDate): Date {
  return bankInstant(Date.UTC(date.year, date.month - 1, date.day));
}

/** The bank's day an instant falls on, as the Date at UTC midnight of that calendar date. */
export function bankDay(instant: Date): Date {
  const wall = londonWallClock(instant.getTime());
  return new Date(wall - (((wall % DAY_MS) + DAY_MS) % DAY_MS));
}

/** The bank's date of an instant, YYYY-MM-DD. */
export function bankDate(instant: Date): string {
  return bankDay(instant).toISOString().slice(0, 10);
}

/** Easter Sunday of a Gregorian year (the anonymous Gregorian algorithm), month 1 to 12. */
function easterSunday(year: number): CivilDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { year, month, day: ((h + l - 7 * m + 114) % 31) + 1 };
}

const utc = (year: number, month: number, day: number) => new Date(Date.UTC(year, month - 1, day));

const isWeekend = (day: Date) => day.getUTCDay() === 0 || day.getUTCDay() === 6;

/** The day itself on a weekday; the Monday after it on a weekend. */
function weekdayOrMonday(day: Date): Date {
  return isWeekend(day) ? mondayFrom(day) : day;
}

/** The first Monday on or after the day. */
function mondayFrom(day: Date): Date {
  return new Date(day.getTime() + ((8 - day.getUTCDay()) % 7) * DAY_MS);
}

/** The last Monday of a month. */
function lastMonday(year: number, month: number): Date {
  const last = utc(year, month + 1, 0);
  return new Date(last.getTime() - ((last.getUTCDay() + 6) % 7) * DAY_MS);
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/**
 * The bank holidays of England and Wales in a year, by the rules of the Banking and Financial
 * Dealings Act 1971 and the Royal Proclamations that have kept them since 1978: New Year's Day,
 * Good Friday, Easter Monday, the first and last Mondays of May, the last Monday of August,
 * Christmas Day and Boxing Day, each on a weekend moved to the next weekday that is not one.
 * One-off holidays proclaimed for an occasion (a coronation, a state funeral) and the years a
 * proclamation moved a Monday (2020's early May holiday) are not in the rules.
 */
export function bankHolidays(year: number): ReadonlySet<string> {
  const cached = holidayCache.get(year);
  if (cached) return cached;
  const easter = easterSunday(year);
  const easterDay = utc(year, easter.month, easter.day);
  const days = [
    weekdayOrMonday(utc(year, 1, 1)),
    new Date(easterDay.getTime() - 2 * DAY_MS),
    new Date(easterDay.getTime() + DAY_MS),
    mondayFrom(utc(year, 5, 1)),
    lastMonday(year, 5),
    lastMonday(year, 8),
  ];
  // Christmas and Boxing Day: a weekend day moves past the weekend and past the other holiday.
  const christmas = utc(year, 12, 25);
  const boxing = utc(year, 12, 26);
  const christmasObserved = weekdayOrMonday(christmas);
  let boxingObserved = weekdayOrMonday(boxing);
  if (boxingObserved.getTime() === christmasObserved.getTime())
    boxingObserved = new Date(boxingObserved.getTime() + DAY_MS);
  days.push(christmasObserved, boxingObserved);
  const holidays = new Set(days.map((day) => day.toISOString().slice(0, 10)));
  holidayCache.set(year, holidays);
  return holidays;
}

/** A day (UTC midnight of a calendar date) the bank works: Monday to Friday, not a bank holiday. */
export function isWorkingDay(day: Date): boolean {
  if (isWeekend(day)) return false;
  return !bankHolidays(day.getUTCFullYear()).has(day.toISOString().slice(0, 10));
}
