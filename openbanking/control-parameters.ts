import { formatAmount, parseAmount } from '../ledger/index.ts';
import { type CivilDate, DAY_MS, londonDate, londonMidnight } from './bank-calendar.ts';

/**
 * The control parameters of a domestic VRP consent (OB v3.1.11 OBDomesticVRPControlParameters) and
 * the rules a payment on it must keep: within the validity, of a type and authentication method the
 * consent allows, at most the maximum for one payment, and within every periodic limit once added to
 * what the consent has paid in that period. Pure: the payment's transaction (vrp.ts and the resource
 * server's submission) locks the consent, sums its payments in the windows given here and asks.
 *
 * Periods are the bank's days (UK time, as the bank's own daily limits): a period starts at
 * midnight in London. Calendar alignment: the day, the week from Monday, the month, the half-year
 * (January and July), the year. Consent alignment: periods of the type counted from the day the
 * consent was created (OB: "the period starts on the date of consent creation"); a month that has
 * no such day starts on its last day (31 Jan, 28 Feb, 31 Mar). A calendar-aligned fortnight has no
 * defined start in the ISO calendar, so such a consent is refused when it is created (calendarFortnightIndex).
 */

export type PeriodType = 'Day' | 'Week' | 'Fortnight' | 'Month' | 'Half-year' | 'Year';
export type PeriodAlignment = 'Consent' | 'Calendar';

export interface CurrencyAmount {
  Amount: string;
  Currency: string;
}

export interface PeriodicLimit {
  PeriodType: PeriodType;
  PeriodAlignment: PeriodAlignment;
  Amount: string;
  Currency: string;
}

export interface ControlParameters {
  [member: string]: unknown;
  ValidFromDateTime?: string;
  ValidToDateTime?: string;
  MaximumIndividualAmount: CurrencyAmount;
  PeriodicLimits: PeriodicLimit[];
  VRPType: string[];
  PSUAuthenticationMethods: string[];
  PSUInteractionTypes?: string[];
}

/** A period: from `from` (included) to `to` (excluded). */
export interface PeriodWindow {
  from: Date;
  to: Date;
}

/** What a payment asks of the consent. */
export interface VrpPaymentAsk {
  amount: CurrencyAmount;
  vrpType: string;
  psuAuthenticationMethod: string;
  psuInteractionType: string | undefined;
}

/** Which control parameter a payment breaks (its JSON path in the consent) and why. */
export interface ControlBreach {
  path: string;
  message: string;
}

const MONTHS_OF: Partial<Record<PeriodType, number>> = { Month: 1, 'Half-year': 6, Year: 12 };
const DAYS_OF: Partial<Record<PeriodType, number>> = { Day: 1, Week: 7, Fortnight: 14 };

/** `date` plus `days` (any sign), normalised by the calendar. */
function addDays(date: CivilDate, days: number): CivilDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** `months` after `date` on the same day of the month, or the month's last day when it has no such day. */
function addMonths(date: CivilDate, months: number): CivilDate {
  const first = new Date(Date.UTC(date.year, date.month - 1 + months, 1));
  const year = first.getUTCFullYear();
  const month = first.getUTCMonth() + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { year, month, day: Math.min(date.day, lastDay) };
}

function daysBetween(from: CivilDate, to: CivilDate): number {
  return Math.round(
    (Date.UTC(to.year, to.month - 1, to.day) - Date.UTC(from.year, from.month - 1, from.day)) /
      DAY_MS,
  );
}

function window(from: CivilDate, to: CivilDate): PeriodWindow {
  return { from: londonMidnight(from), to: londonMidnight(to) };
}

/** The period of this type and alignment that `now` falls in, for a consent created at `consentCreatedAt`. */
export function periodWindow(
  limit: Pick<PeriodicLimit, 'PeriodType' | 'PeriodAlignment'>,
  consentCreatedAt: Date,
  now: Date,
): PeriodWindow {
  const today = londonDate(now);
  const days = DAYS_OF[limit.PeriodType];
  const months = MONTHS_OF[limit.PeriodType];
  if (limit.PeriodAlignment === 'Calendar') {
    if (limit.PeriodType === 'Fortnight')
      throw new RangeError('a calendar-aligned fortnight has no defined start');
    if (days !== undefined) {
      // Day, or the week from Monday (getUTCDay: Sunday 0).
      const weekday =
        (new Date(Date.UTC(today.year, today.month - 1, today.day)).getUTCDay() + 6) % 7;
      const start = days === 1 ? today : addDays(today, -weekday);
      return window(start, addDays(start, days));
    }
    const step = months!;
    const start = { year: today.year, month: today.month - ((today.month - 1) % step), day: 1 };
    return window(start, addMonths(start, step));
  }
  const anchor = londonDate(consentCreatedAt);
  if (days !== undefined) {
    const start = addDays(anchor, Math.floor(daysBetween(anchor, today) / days) * days);
    return window(start, addDays(start, days));
  }
  const step = months!;
  let periods = Math.floor(((today.year - anchor.year) * 12 + (today.month - anchor.month)) / step);
  // Same month count, but before the anchor's day of the month: still the period before.
  if (daysBetween(addMonths(anchor, periods * step), today) < 0) periods -= 1;
  return window(addMonths(anchor, periods * step), addMonths(anchor, (periods + 1) * step));
}

/** The windows of every periodic limit, in the order of PeriodicLimits. */
export function periodWindows(
  parameters: Pick<ControlParameters, 'PeriodicLimits'>,
  consentCreatedAt: Date,
  now: Date,
): PeriodWindow[] {
  return parameters.PeriodicLimits.map((limit) => periodWindow(limit, consentCreatedAt, now));
}

/** The consent-time problem of a calendar-aligned fortnight (its index), if any. */
export function calendarFortnightIndex(
  parameters: Pick<ControlParameters, 'PeriodicLimits'>,
): number {
  return parameters.PeriodicLimits.findIndex(
    (limit) => limit.PeriodType === 'Fortnight' && limit.PeriodAlignment === 'Calendar',
  );
}

/**
 * The first control parameter the payment breaks, or undefined when it keeps them all.
 * `paidMinor[i]` is what the consent has already paid in the window of PeriodicLimits[i]
 * (periodWindows), in the limit's currency; every amount is in the consent's one currency.
 */
export function controlParameterBreach(
  parameters: ControlParameters,
  payment: VrpPaymentAsk,
  now: Date,
  paidMinor: readonly bigint[],
): ControlBreach | undefined {
  const path = (member: string) => `Data.ControlParameters.${member}`;
  if (parameters.ValidFromDateTime && now < new Date(parameters.ValidFromDateTime))
    return {
      path: path('ValidFromDateTime'),
      message: `the consent is valid from ${parameters.ValidFromDateTime}`,
    };
  if (parameters.ValidToDateTime && now >= new Date(parameters.ValidToDateTime))
    return {
      path: path('ValidToDateTime'),
      message: `the consent was valid until ${parameters.ValidToDateTime}`,
    };
  if (!parameters.VRPType.includes(payment.vrpType))
    return {
      path: path('VRPType'),
      message: `the consent does not allow VRPType ${payment.vrpType}`,
    };
  if (!parameters.PSUAuthenticationMethods.includes(payment.psuAuthenticationMethod))
    return {
      path: path('PSUAuthenticationMethods'),
      message: `the consent does not allow PSUAuthenticationMethod ${payment.psuAuthenticationMethod}`,
    };
  if (
    payment.psuInteractionType !== undefined &&
    parameters.PSUInteractionTypes !== undefined &&
    !parameters.PSUInteractionTypes.includes(payment.psuInteractionType)
  )
    return {
      path: path('PSUInteractionTypes'),
      message: `the consent does not allow PSUInteractionType ${payment.psuInteractionType}`,
    };
  const maximum = parameters.MaximumIndividualAmount;
  if (payment.amount.Currency !== maximum.Currency)
    return {
      path: path('MaximumIndividualAmount.Currency'),
      message: `the consent's payments are in ${maximum.Currency}, not ${payment.amount.Currency}`,
    };
  const amountMinor = parseAmount(payment.amount.Amount, payment.amount.Currency);
  if (amountMinor > parseAmount(maximum.Amount, maximum.Currency))
    return {
      path: path('MaximumIndividualAmount.Amount'),
      message: `the amount is over the consent's maximum of ${maximum.Amount} ${maximum.Currency} for one payment`,
    };
  for (const [index, limit] of parameters.PeriodicLimits.entries()) {
    const paid = paidMinor[index];
    if (paid === undefined) throw new RangeError(`no sum paid for PeriodicLimits[${index}]`);
    if (paid + amountMinor > parseAmount(limit.Amount, limit.Currency))
      return {
        path: path(`PeriodicLimits[${index}].Amount`),
        message: `this payment would take the consent's payments this ${limit.PeriodType.toLowerCase()} (${limit.PeriodAlignment.toLowerCase()}-aligned) to ${formatAmount(paid + amountMinor, limit.Currency)} ${limit.Currency}, over its limit of ${limit.Amount} ${limit.Currency}`,
      };
  }
  return undefined;
}
