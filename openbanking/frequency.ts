/**
 * The OB standing-order Frequency grammar (OBWriteDomesticStandingOrderConsent5.Data.Initiation.
 * Frequency, v3.1.11) as a typed value, and the calendar days it names. A day is the Date at UTC
 * midnight of its calendar date: whose calendar (the bank's, London's) and the payment's time of
 * day are the schedule's business (payment-schedule.ts); this module only says which days.
 * Working days are the bank's (bank-calendar.ts): Monday to Friday but bank holidays.
 */
import { DAY_MS, isWorkingDay } from './bank-calendar.ts';

/** OB Quarter days: ENGLISH, SCOTTISH and RECEIVED, as [month (1-12), day] pairs. */
const QUARTER_DAYS = {
  ENGLISH: [
    [3, 25],
    [6, 24],
    [9, 29],
    [12, 25],
  ],
  SCOTTISH: [
    [2, 2],
    [5, 15],
    [8, 1],
    [11, 11],
  ],
  RECEIVED: [
    [3, 20],
    [6, 19],
    [9, 24],
    [12, 20],
  ],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

export type QuarterDays = keyof typeof QUARTER_DAYS;

/** Days of the week as OB numbers them: 1 = Monday ... 7 = Sunday. */
export type Frequency =
  | { readonly code: 'EvryDay' }
  | { readonly code: 'EvryWorkgDay' }
  | { readonly code: 'IntrvlDay'; readonly days: number }
  | { readonly code: 'IntrvlWkDay'; readonly weeks: number; readonly weekday: number }
  | { readonly code: 'WkInMnthDay'; readonly week: number; readonly weekday: number }
  | { readonly code: 'IntrvlMnthDay'; readonly months: number; readonly day: number }
  | { readonly code: 'QtrDay'; readonly quarterDays: QuarterDays };

/** The schema's pattern, component by component (the document's description lists them). */
const GRAMMAR: readonly [RegExp, (match: RegExpExecArray) => Frequency][] = [
  [/^EvryDay$/, () => ({ code: 'EvryDay' })],
  [/^EvryWorkgDay$/, () => ({ code: 'EvryWorkgDay' })],
  [/^IntrvlDay:(0[2-9]|[12][0-9]|3[01])$/, (m) => ({ code: 'IntrvlDay', days: Number(m[1]) })],
  [
    /^IntrvlWkDay:(0[1-9]):(0[1-7])$/,
    (m) => ({ code: 'IntrvlWkDay', weeks: Number(m[1]), weekday: Number(m[2]) }),
  ],
  [
    /^WkInMnthDay:(0[1-5]):(0[1-7])$/,
    (m) => ({ code: 'WkInMnthDay', week: Number(m[1]), weekday: Number(m[2]) }),
  ],
  [
    /^IntrvlMnthDay:(0[1-6]|12|24):(-0[1-5]|0[1-9]|[12][0-9]|3[01])$/,
    (m) => ({ code: 'IntrvlMnthDay', months: Number(m[1]), day: Number(m[2]) }),
  ],
  [
    /^QtrDay:(ENGLISH|SCOTTISH|RECEIVED)$/,
    (m) => ({ code: 'QtrDay', quarterDays: m[1] as QuarterDays }),
  ],
];

/** The Frequency a string names, or undefined when it is not in the OB grammar. */
export function parseFrequency(text: string): Frequency | undefined {
  for (const [pattern, build] of GRAMMAR) {
    const match = pattern.exec(text);
    if (match) return build(match);
  }
  return undefined;
}

/** Midnight UTC of the day `date` falls on. */
function utcDay(date: Date): Date {
  return new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
}

function addDays(day: Date, days: number): Date {
  return new Date(day.getTime() + days * DAY_MS);
}

/** OB weekday (1 = Monday ... 7 = Sunday) of a UTC day. */
function obWeekday(day: Date): number {
  return ((day.getUTCDay() + 6) % 7) + 1;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month + 1, 0)).getUTCDate();
}

/**
 * IntrvlMnthDay's day in a month: 1 to 31 counts from the start (a month too short pays on its
 * last day), -1 to -5 from the end (-1 is the last day).
 */
function dayInMonth(year: number, month: number, day: number): Date {
  const length = daysInMonth(year, month);
  const date = day > 0 ? Math.min(day, length) : length + day + 1;
  return new Date(Date.UTC(year, month, date));
}

/**
 * WkInMnthDay's day in a month: the `week`th such weekday (week 1 = days 1 to 7, ...); a month
 * with no fifth one pays on its last (fourth) one.
 */
function weekdayInMonth(year: number, month: number, week: number, weekday: number): Date {
  const first = new Date(Date.UTC(year, month, 1));
  const offset = (weekday - obWeekday(first) + 7) % 7;
  let date = 1 + offset + (week - 1) * 7;
  if (date > daysInMonth(year, month)) date -= 7;
  return new Date(Date.UTC(year, month, date));
}

/** Months since year 0 of a UTC day: month arithmetic without Date's overflow rules. */
function monthIndex(day: Date): number {
  return day.getUTCFullYear() * 12 + day.getUTCMonth();
}

/**
 * The days the frequency names, in order, from `start`'s day onwards: an interval (every N days,
 * weeks or months) counts from the first matching day on or after `start`.
 */
export function* frequencyDays(frequency: Frequency, start: Date): Generator<Date> {
  const from = utcDay(start);
  switch (frequency.code) {
    case 'EvryDay':
    case 'IntrvlDay': {
      const step = frequency.code === 'EvryDay' ? 1 : frequency.days;
      for (let day = from; ; day = addDays(day, step)) yield day;
    }
    case 'EvryWorkgDay':
      for (let day = from; ; day = addDays(day, 1)) if (isWorkingDay(day)) yield day;
    case 'IntrvlWkDay': {
      const first = addDays(from, (frequency.weekday - obWeekday(from) + 7) % 7);
      for (let day = first; ; day = addDays(day, 7 * frequency.weeks)) yield day;
    }
    case 'WkInMnthDay':
    case 'IntrvlMnthDay': {
      const step = frequency.code === 'WkInMnthDay' ? 1 : frequency.months;
      const inMonth = (index: number) => {
        const [year, month] = [Math.floor(index / 12), index % 12];
        return frequency.code === 'WkInMnthDay'
          ? weekdayInMonth(year, month, frequency.week, frequency.weekday)
          : dayInMonth(year, month, frequency.day);
      };
      let index = monthIndex(from);
      if (inMonth(index) < from) index += 1;
      for (; ; index += step) yield inMonth(index);
    }
    case 'QtrDay': {
      for (let year = from.getUTCFullYear(); ; year += 1) {
        for (const [month, date] of QUARTER_DAYS[frequency.quarterDays]) {
          const day = new Date(Date.UTC(year, month - 1, date));
          if (day >= from) yield day;
        }
      }
    }
  }
}
