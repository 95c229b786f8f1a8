import { bankDate, type Frequency, parseFrequency } from '../../openbanking/index.ts';
import { UnsupportedFrequency } from '../errors.ts';

/**
 * A standing order's frequency between v4.0 and the model. v4.0 writes it as an OBFrequency6
 * object in MandateRelatedInformation: `Type` is an OBFrequency6Code (OB_Internal_Codeset.csv) or
 * a v3.1 grammar string, `PointInTime` is "the exact point in time within the frequency type"
 * (two digits: the day of the week, 01 = Monday, for a weekly type; the day of the month for a
 * monthly one), `CountPerPeriod` how many payments in each period. The model (the schedule, the
 * execution job, the consent page, v3.1 readers) keeps v3.1's grammar string, so each code maps
 * to the string that names the same days, and back.
 */

/** OBFrequency6: the frequency of v4.0's MandateRelatedInformation. */
export interface V4Frequency {
  Type: string;
  CountPerPeriod?: number;
  PointInTime?: string;
}

/** The codes whose days the v3.1 grammar names; the others (ADHO, INDA, NONE) have no schedule. */
type Interval =
  | { readonly grammar: 'EvryDay' }
  | { readonly grammar: 'EvryWorkgDay' }
  | { readonly grammar: 'IntrvlWkDay'; readonly weeks: number }
  | { readonly grammar: 'IntrvlMnthDay'; readonly months: number };

const CODES: Readonly<Record<string, Interval>> = {
  DAIL: { grammar: 'EvryDay' },
  WODL: { grammar: 'EvryWorkgDay' },
  WEEK: { grammar: 'IntrvlWkDay', weeks: 1 },
  FRTN: { grammar: 'IntrvlWkDay', weeks: 2 },
  FOWK: { grammar: 'IntrvlWkDay', weeks: 4 },
  MNTH: { grammar: 'IntrvlMnthDay', months: 1 },
  // ALMH ("alternate month") names the same days as TWMH; the model's string reads back as TWMH.
  TWMH: { grammar: 'IntrvlMnthDay', months: 2 },
  ALMH: { grammar: 'IntrvlMnthDay', months: 2 },
  QURT: { grammar: 'IntrvlMnthDay', months: 3 },
  FOMH: { grammar: 'IntrvlMnthDay', months: 4 },
  FIMH: { grammar: 'IntrvlMnthDay', months: 5 },
  MIAN: { grammar: 'IntrvlMnthDay', months: 6 },
  YEAR: { grammar: 'IntrvlMnthDay', months: 12 },
};

/** The v4.0 code of a model interval: the first CODES entry that names it. */
function codeOf(grammar: Interval['grammar'], count?: number): string | undefined {
  return Object.entries(CODES).find(
    ([, interval]) =>
      interval.grammar === grammar &&
      (!('weeks' in interval) || interval.weeks === count) &&
      (!('months' in interval) || interval.months === count),
  )?.[0];
}

const WEEKDAY = /^0[1-7]$/;
const MONTH_DAY = /^(0[1-9]|[12][0-9]|3[01])$/;

/**
 * The model's v3.1 Frequency string of a v4.0 request's, or UnsupportedFrequency (U025) naming the
 * member under `path`. `anchor` is the date-time the recurring days count from
 * (RecurringPaymentDateTime, else FirstPaymentDateTime): its day in the bank's calendar is the day
 * of a weekly or monthly code that has no PointInTime.
 */
export function frequencyToModel(
  frequency: V4Frequency,
  anchor: string | undefined,
  path: string,
): string {
  const { Type, CountPerPeriod, PointInTime } = frequency;
  // One payment on each of the frequency's days is what a standing order is; "several a period"
  // has no days to pay on.
  if (CountPerPeriod !== undefined && CountPerPeriod !== 1)
    throw new UnsupportedFrequency(
      'this bank makes one payment in each period of a standing order',
      `${path}.CountPerPeriod`,
    );
  const interval = CODES[Type];
  if (!interval) {
    if (!parseFrequency(Type))
      throw new UnsupportedFrequency(
        `${Type} has no schedule this bank can pay on: use ${Object.keys(CODES).join(', ')} or an OB v3.1 Frequency`,
        `${path}.Type`,
      );
    if (PointInTime !== undefined)
      throw new UnsupportedFrequency(
        'an OB v3.1 Frequency names its own day; PointInTime is for an OBFrequency6Code',
        `${path}.PointInTime`,
      );
    return Type;
  }
  if (interval.grammar === 'EvryDay' || interval.grammar === 'EvryWorkgDay') {
    // The time of day is the payment date-times'; there is no day to point at.
    if (PointInTime !== undefined)
      throw new UnsupportedFrequency(
        `${Type} pays every day at the time of the payment date-times; it takes no PointInTime`,
        `${path}.PointInTime`,
      );
    return interval.grammar;
  }
  const weekly = interval.grammar === 'IntrvlWkDay';
  const day = PointInTime ?? anchorDay(anchor, weekly);
  if (day === undefined || !(weekly ? WEEKDAY : MONTH_DAY).test(day))
    throw new UnsupportedFrequency(
      weekly
        ? `${Type} takes the day of the week as PointInTime, 01 (Monday) to 07 (Sunday)`
        : `${Type} takes the day of the month as PointInTime, 01 to 31`,
      `${path}.PointInTime`,
    );
  const count = interval.grammar === 'IntrvlWkDay' ? interval.weeks : interval.months;
  return `${interval.grammar}:${pad(count)}:${day}`;
}

/**
 * The v4.0 Frequency of the model's v3.1 string: its OBFrequency6Code where one names the same
 * days, else the v3.1 string itself (v4.0's Type allows the grammar). PointInTime carries a weekly
 * or monthly code's day, and is left out when `anchor` (the date-time the recurring days count
 * from: RecurringPaymentDateTime, else FirstPaymentDateTime) falls on that day, as
 * frequencyToModel reads it.
 */
export function frequencyToV4(v31Frequency: string, anchor?: string): V4Frequency {
  const frequency = parseFrequency(v31Frequency);
  if (!frequency) throw new Error(`the model's Frequency ${v31Frequency} is not in the OB grammar`);
  const mapped = v4Code(frequency);
  if (!mapped) return { Type: v31Frequency };
  const { code, day, weekly } = mapped;
  if (day === undefined || anchorDay(anchor, weekly) === day) return { Type: code };
  return { Type: code, PointInTime: day };
}

function v4Code(frequency: Frequency): { code: string; day?: string; weekly: boolean } | undefined {
  switch (frequency.code) {
    case 'EvryDay':
    case 'EvryWorkgDay': {
      const code = codeOf(frequency.code);
      return code ? { code, weekly: false } : undefined;
    }
    case 'IntrvlWkDay': {
      const code = codeOf('IntrvlWkDay', frequency.weeks);
      return code ? { code, day: pad(frequency.weekday), weekly: true } : undefined;
    }
    case 'IntrvlMnthDay': {
      // A day counted from the month's end (-01 ...) has no two-digit PointInTime.
      const code = frequency.day > 0 ? codeOf('IntrvlMnthDay', frequency.months) : undefined;
      return code ? { code, day: pad(frequency.day), weekly: false } : undefined;
    }
    default:
      return undefined;
  }
}

/**
 * The day of the week (OB numbering, 1 = Monday) or of the month, two digits, of the bank's
 * (London's) date of a date-time: the day the schedule counts it on (payment-schedule.ts).
 */
function anchorDay(anchor: string | undefined, weekly: boolean): string | undefined {
  if (anchor === undefined) return undefined;
  const instant = new Date(anchor);
  if (Number.isNaN(instant.getTime())) return undefined;
  const day = new Date(`${bankDate(instant)}T00:00:00Z`);
  return pad(weekly ? ((day.getUTCDay() + 6) % 7) + 1 : day.getUTCDate());
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
