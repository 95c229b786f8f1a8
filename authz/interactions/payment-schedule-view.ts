import { parseAmount } from '../../ledger/index.ts';
import {
  firstInstalments,
  type Frequency,
  type JsonRecord,
  type OrderAmount,
  type PaymentOrderKind,
  paymentCount,
  parseFrequency,
  type ScheduledInitiation,
  type StandingOrderInitiation,
} from '../../openbanking/index.ts';
import { formatDate, formatDateTime, formatMoney } from './presentation.ts';

/**
 * A scheduled payment's date, or a standing order's frequency, amounts and dates, as the customer
 * approves them: rows of the consent page's payment summary, computed from the same schedule the
 * execution job pays (openbanking/payment-schedule.ts).
 */

export interface ScheduleRow {
  readonly term: string;
  readonly detail: string;
}

/** Dates listed in full before "and so on". */
const DATES_SHOWN = 6;

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth'];

export function scheduleRows(kind: PaymentOrderKind, initiation: JsonRecord): ScheduleRow[] {
  if (kind === 'domestic-scheduled-payment') {
    const { RequestedExecutionDateTime } = initiation as unknown as ScheduledInitiation;
    return [{ term: 'When', detail: `On ${formatDateTime(new Date(RequestedExecutionDateTime))}` }];
  }
  const order = initiation as unknown as StandingOrderInitiation;
  const frequency = parseFrequency(order.Frequency);
  if (!frequency) return [{ term: 'How often', detail: order.Frequency }];
  const dates = firstInstalments(kind, order, DATES_SHOWN + 1);
  const recurring = order.RecurringPaymentAmount ?? order.FirstPaymentAmount;
  const count = order.NumberOfPayments ? paymentCount(order.NumberOfPayments) : undefined;
  const rows: ScheduleRow[] = [
    { term: 'How often', detail: frequencyInWords(frequency) },
    {
      term: 'First payment',
      detail: `${money(order.FirstPaymentAmount)} on ${formatDateTime(new Date(order.FirstPaymentDateTime))}`,
    },
  ];
  if (dates.length > 1) rows.push({ term: 'Then', detail: `${money(recurring)} each time` });
  if (order.FinalPaymentDateTime) {
    const final = order.FinalPaymentAmount ?? recurring;
    rows.push({
      term: 'Final payment',
      detail: `${money(final)} on ${formatDateTime(new Date(order.FinalPaymentDateTime))}`,
    });
  } else if (count !== undefined) {
    const final = order.FinalPaymentAmount ?? recurring;
    rows.push({
      term: 'Ends',
      detail: `After ${count} payment${count === 1 ? '' : 's'}${count > 1 ? `, the last one ${money(final)}` : ''}`,
    });
  } else {
    rows.push({ term: 'Ends', detail: 'When you cancel it with the app or the bank' });
  }
  const listed = dates.slice(0, DATES_SHOWN).map((due) => formatDate(due.dueAt));
  rows.push({
    term: 'Payment dates',
    detail: `${listed.join(', ')}${dates.length > DATES_SHOWN ? ', and so on' : ''}`,
  });
  return rows;
}

/** An order's amount as the customer reads it: "£20.00". */
export function money(amount: OrderAmount): string {
  return formatMoney(parseAmount(amount.Amount, amount.Currency), amount.Currency);
}

/** "Every 2 weeks on Wednesday", "On the last day of every month", ... */
export function frequencyInWords(frequency: Frequency): string {
  switch (frequency.code) {
    case 'EvryDay':
      return 'Every day';
    case 'EvryWorkgDay':
      return 'Every working day (Monday to Friday, not bank holidays)';
    case 'IntrvlDay':
      return `Every ${frequency.days} days`;
    case 'IntrvlWkDay':
      return `${frequency.weeks === 1 ? 'Every week' : `Every ${frequency.weeks} weeks`} on ${WEEKDAYS[frequency.weekday - 1]}`;
    case 'WkInMnthDay':
      return `Every month on the ${ORDINALS[frequency.week - 1]} ${WEEKDAYS[frequency.weekday - 1]}${frequency.week === 5 ? ' (the last one in a month without a fifth)' : ''}`;
    case 'IntrvlMnthDay': {
      const every = frequency.months === 1 ? 'every month' : `every ${frequency.months} months`;
      const day =
        frequency.day > 0
          ? `day ${frequency.day}${frequency.day > 28 ? ' (or the last day of a shorter month)' : ''}`
          : frequency.day === -1
            ? 'the last day'
            : `the ${-frequency.day}${['', 'st', 'nd', 'rd', 'th', 'th'][-frequency.day]} day from the end`;
      return `On ${day} of ${every}`;
    }
    case 'QtrDay':
      return {
        ENGLISH: 'Every quarter: 25 March, 24 June, 29 September and 25 December',
        SCOTTISH: 'Every quarter: 2 February, 15 May, 1 August and 11 November',
        RECEIVED: 'Every quarter: 20 March, 19 June, 24 September and 20 December',
      }[frequency.quarterDays];
  }
}
