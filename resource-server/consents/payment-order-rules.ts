import { bankDate, paymentCount } from '../../openbanking/index.ts';
import { FieldInvalid, FieldInvalidDate, FieldUnexpected, type ObError } from '../errors.ts';
import { amountErrors, type CurrencyAndAmount } from '../validation/amount-rules.ts';
import { futureDateTimeError } from '../validation/date-rules.ts';

/**
 * OB rules of a standing order's schedule beyond its schema (OBWriteDomesticStandingOrderConsent5):
 * the first payment in the future, the recurring and final payments after it on later days, one
 * end (NumberOfPayments or FinalPaymentDateTime), and one currency for every amount. The Frequency
 * itself is held to the grammar by the schema's pattern.
 */

export interface StandingOrderSchedule {
  NumberOfPayments?: string;
  FirstPaymentDateTime: string;
  RecurringPaymentDateTime?: string;
  FinalPaymentDateTime?: string;
  FirstPaymentAmount: CurrencyAndAmount;
  RecurringPaymentAmount?: CurrencyAndAmount;
  FinalPaymentAmount?: CurrencyAndAmount;
}

const PATH = 'Data.Initiation';

export function standingOrderErrors(
  order: StandingOrderSchedule,
  now: Date,
): (ObError | undefined)[] {
  const amounts = (['FirstPaymentAmount', 'RecurringPaymentAmount', 'FinalPaymentAmount'] as const)
    .map((name) => [name, order[name]] as const)
    .filter(
      (entry): entry is readonly [(typeof entry)[0], CurrencyAndAmount] => entry[1] !== undefined,
    );
  const currency = order.FirstPaymentAmount.Currency;
  return [
    ...amounts.flatMap(([name, amount]) => amountErrors(amount, `${PATH}.${name}`)),
    ...amounts
      .filter(([, amount]) => amount.Currency !== currency)
      .map(
        ([name]) =>
          new FieldInvalid(
            `every amount of a standing order must be in the first payment's currency (${currency})`,
            `${PATH}.${name}.Currency`,
          ),
      ),
    futureDateTimeError(order.FirstPaymentDateTime, `${PATH}.FirstPaymentDateTime`, now),
    laterDayError(order, 'RecurringPaymentDateTime'),
    laterDayError(order, 'FinalPaymentDateTime'),
    order.RecurringPaymentDateTime &&
    order.FinalPaymentDateTime &&
    Date.parse(order.RecurringPaymentDateTime) > Date.parse(order.FinalPaymentDateTime)
      ? new FieldInvalidDate(
          `${PATH}.FinalPaymentDateTime must not be before RecurringPaymentDateTime`,
          `${PATH}.FinalPaymentDateTime`,
        )
      : undefined,
    order.NumberOfPayments !== undefined && order.FinalPaymentDateTime !== undefined
      ? new FieldUnexpected(
          'a standing order ends after NumberOfPayments or on FinalPaymentDateTime: give one, not both',
          `${PATH}.NumberOfPayments`,
        )
      : undefined,
    order.NumberOfPayments !== undefined && paymentCount(order.NumberOfPayments) === undefined
      ? new FieldInvalid(
          'NumberOfPayments must be a whole number of payments from 1 to 999999',
          `${PATH}.NumberOfPayments`,
        )
      : undefined,
  ];
}

/** The first payment is on its own day: later payments are on later days (the bank's, London's). */
function laterDayError(
  order: StandingOrderSchedule,
  member: 'RecurringPaymentDateTime' | 'FinalPaymentDateTime',
): ObError | undefined {
  const value = order[member];
  if (value === undefined) return undefined;
  const day = (text: string) => bankDate(new Date(text));
  if (day(value) > day(order.FirstPaymentDateTime)) return undefined;
  return new FieldInvalidDate(
    `${PATH}.${member} must be on a day after FirstPaymentDateTime`,
    `${PATH}.${member}`,
  );
}
