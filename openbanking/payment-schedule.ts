import { bankDate, bankDay, bankInstant, londonWallClock } from './bank-calendar.ts';
import { type Frequency, frequencyDays, parseFrequency } from './frequency.ts';

/**
 * When a payment order pays, and how much each time: a domestic scheduled payment once, on its
 * RequestedExecutionDateTime; a domestic standing order its first payment on
 * FirstPaymentDateTime, then on the Frequency's days from RecurringPaymentDateTime (or from the
 * first payment) on, until NumberOfPayments are made or the final one on FinalPaymentDateTime,
 * or for as long as it runs when it names neither. Amounts: FirstPaymentAmount first,
 * RecurringPaymentAmount (or the first amount) after it, FinalPaymentAmount (or the recurring
 * amount) last. The same initiation always gives the same schedule, so the execution job
 * recomputes instalment n from the stored initiation and n alone.
 */

export interface OrderAmount {
  readonly Amount: string;
  readonly Currency: string;
}

/** OBWriteDomesticScheduled2.Data.Initiation, the members the schedule reads. */
export interface ScheduledInitiation {
  readonly RequestedExecutionDateTime: string;
  readonly InstructedAmount: OrderAmount;
}

/** OBWriteDomesticStandingOrder3.Data.Initiation, the members the schedule reads. */
export interface StandingOrderInitiation {
  readonly Frequency: string;
  readonly NumberOfPayments?: string;
  readonly FirstPaymentDateTime: string;
  readonly RecurringPaymentDateTime?: string;
  readonly FinalPaymentDateTime?: string;
  readonly FirstPaymentAmount: OrderAmount;
  readonly RecurringPaymentAmount?: OrderAmount;
  readonly FinalPaymentAmount?: OrderAmount;
}

export type PaymentOrderKind = 'domestic-scheduled-payment' | 'domestic-standing-order';

export interface Instalment {
  /** 1 for the first payment. */
  readonly number: number;
  /** When it is due: the job pays it at or after this time. */
  readonly dueAt: Date;
  /** Its day (the bank's, London's, YYYY-MM-DD): an order pays at most once that day. */
  readonly executionDate: string;
  readonly amount: OrderAmount;
}

/** An order's schedule did not parse (the consent's checks refuse such an initiation first). */
export class InvalidScheduleError extends Error {
  override readonly name = 'InvalidScheduleError';
}

/** NumberOfPayments as a count, or undefined when it is not a positive whole number. */
export function paymentCount(text: string): number | undefined {
  return /^[1-9][0-9]{0,5}$/.test(text) ? Number(text) : undefined;
}

export function orderFrequency(text: string): Frequency {
  const frequency = parseFrequency(text);
  if (!frequency) throw new InvalidScheduleError(`Frequency ${text} is not in the OB grammar`);
  return frequency;
}

/** Instalment `number` of the order, or undefined when the order makes fewer payments. */
export function instalment(
  kind: PaymentOrderKind,
  initiation: ScheduledInitiation | StandingOrderInitiation,
  number: number,
): Instalment | undefined {
  if (!Number.isInteger(number) || number < 1) throw new RangeError('instalments count from 1');
  if (kind === 'domestic-scheduled-payment') {
    const { RequestedExecutionDateTime, InstructedAmount } = initiation as ScheduledInitiation;
    return number === 1
      ? at(number, new Date(RequestedExecutionDateTime), InstructedAmount)
      : undefined;
  }
  return standingOrderInstalment(initiation as StandingOrderInitiation, number);
}

/** The first `max` instalments (fewer when the order ends sooner): what the customer approves. */
export function firstInstalments(
  kind: PaymentOrderKind,
  initiation: ScheduledInitiation | StandingOrderInitiation,
  max: number,
): Instalment[] {
  const found: Instalment[] = [];
  for (let n = 1; n <= max; n += 1) {
    const next = instalment(kind, initiation, n);
    if (!next) break;
    found.push(next);
  }
  return found;
}

function standingOrderInstalment(
  order: StandingOrderInitiation,
  number: number,
): Instalment | undefined {
  const first = new Date(order.FirstPaymentDateTime);
  if (number === 1) return at(1, first, order.FirstPaymentAmount);
  const count =
    order.NumberOfPayments === undefined ? undefined : paymentCount(order.NumberOfPayments);
  if (order.NumberOfPayments !== undefined && count === undefined)
    throw new InvalidScheduleError(`NumberOfPayments ${order.NumberOfPayments} is not a count`);
  if (count !== undefined && number > count) return undefined;
  const recurringAmount = order.RecurringPaymentAmount ?? order.FirstPaymentAmount;
  const finalAmount = order.FinalPaymentAmount ?? recurringAmount;
  const final = order.FinalPaymentDateTime ? new Date(order.FinalPaymentDateTime) : undefined;
  const anchor = order.RecurringPaymentDateTime ? new Date(order.RecurringPaymentDateTime) : first;
  // The recurring payments keep the anchor's time of day on London's clock, in GMT and BST alike.
  const timeOfDay = londonWallClock(anchor.getTime()) - bankDay(anchor).getTime();
  const firstDay = bankDay(first);
  let n = 1;
  for (const day of frequencyDays(orderFrequency(order.Frequency), bankDay(anchor))) {
    if (day <= firstDay) continue;
    // The final payment is on its own date, after the recurring days before it.
    if (final && day >= bankDay(final))
      return n + 1 === number ? at(number, final, finalAmount) : undefined;
    n += 1;
    if (n === number)
      return at(
        number,
        bankInstant(day.getTime() + timeOfDay),
        number === count ? finalAmount : recurringAmount,
      );
  }
  return undefined;
}

function at(number: number, dueAt: Date, amount: OrderAmount): Instalment {
  return { number, dueAt, executionDate: bankDate(dueAt), amount };
}

/** A domestic payment's Initiation: what settlement and the scheme message read of a payment. */
export interface ExecutionInstruction {
  readonly [member: string]: unknown;
  readonly InstructionIdentification: string;
  readonly EndToEndIdentification: string;
  readonly InstructedAmount: OrderAmount;
  readonly CreditorAccount: unknown;
  readonly RemittanceInformation?: unknown;
}

/** ISO 20022's EndToEndId when the initiating party gave none. */
const NOT_PROVIDED = 'NOTPROVIDED';

/**
 * The instruction an instalment pays, in the shape of a domestic payment's Initiation (as
 * settlement and the pacs.008 read payments): a scheduled payment's own, without its date; a
 * standing order's amount of the day, its creditor, and its Reference as the remittance reference
 * and end-to-end id.
 */
export function executionInstruction(
  kind: PaymentOrderKind,
  initiation: Readonly<Record<string, unknown>>,
  due: Instalment,
): ExecutionInstruction {
  if (kind === 'domestic-scheduled-payment') {
    const { RequestedExecutionDateTime: _date, ...instruction } = initiation;
    return {
      ...instruction,
      EndToEndIdentification: String(instruction.EndToEndIdentification ?? NOT_PROVIDED),
    } as ExecutionInstruction;
  }
  const reference = typeof initiation.Reference === 'string' ? initiation.Reference : undefined;
  return {
    InstructionIdentification: `SO-${due.executionDate}-${due.number}`,
    EndToEndIdentification: reference ?? NOT_PROVIDED,
    InstructedAmount: due.amount,
    CreditorAccount: initiation.CreditorAccount,
    ...(reference && { RemittanceInformation: { Reference: reference } }),
  };
}
