import {
  type AccountPaymentOrder,
  instalment,
  type OrderAmount,
  type ScheduledInitiation,
  type StandingOrderInitiation,
} from '../../openbanking/index.ts';

/**
 * A customer's scheduled payments and standing orders as the account information API shows them
 * (OB v3.1.11 OBScheduledPayment3, OBStandingOrder6). Basic leaves out the creditor: "the
 * elements CreditorAgent and CreditorAccount are not returned" (OBScheduledPayment3Basic,
 * OBStandingOrder6Basic); Detail adds CreditorAccount. Domestic orders name no CreditorAgent.
 */

export interface OrderView {
  detail: boolean;
}

/** The SupplementaryData member saying why an Inactive standing order pays no more. */
export const END_REASON = 'UK.SandboxBank.EndReason';
export type EndReason = 'Completed' | 'Cancelled' | 'Failed';

type Initiation = { readonly [member: string]: unknown };

/** OBScheduledPayment3: a scheduled payment the bank will make on its date. */
export function scheduledPaymentResource(
  order: AccountPaymentOrder,
  view: OrderView,
): Record<string, unknown> {
  const initiation = order.initiation as Initiation & ScheduledInitiation;
  const reference = member(initiation.RemittanceInformation, 'Reference');
  return {
    AccountId: order.debtorAccountId,
    ScheduledPaymentId: order.id,
    ScheduledPaymentDateTime: initiation.RequestedExecutionDateTime,
    // The bank debits the account at RequestedExecutionDateTime (it executes then).
    ScheduledType: 'Execution',
    ...(typeof reference === 'string' && { Reference: reference }),
    InstructedAmount: initiation.InstructedAmount,
    ...(view.detail && creditor(initiation)),
  };
}

/**
 * OBStandingOrder6: its schedule as the consent set it, the next payment (its due time and
 * amount) while it runs, the last one it made, and Active while payments remain to be made;
 * Inactive once it is done, cancelled or failed (SupplementaryData END_REASON says which).
 */
export function standingOrderResource(
  order: AccountPaymentOrder,
  view: OrderView,
): Record<string, unknown> {
  const initiation = order.initiation as Initiation & StandingOrderInitiation;
  const next =
    order.nextDueAt === null
      ? undefined
      : instalment('domestic-standing-order', initiation, order.nextInstalment);
  const ended = endReason(order);
  const final = finalAmount(initiation);
  return {
    AccountId: order.debtorAccountId,
    StandingOrderId: order.id,
    Frequency: initiation.Frequency,
    ...(typeof initiation.Reference === 'string' && { Reference: initiation.Reference }),
    FirstPaymentDateTime: initiation.FirstPaymentDateTime,
    ...(next && { NextPaymentDateTime: next.dueAt.toISOString() }),
    ...(order.lastPayment && { LastPaymentDateTime: order.lastPayment.madeAt.toISOString() }),
    ...(initiation.FinalPaymentDateTime && {
      FinalPaymentDateTime: initiation.FinalPaymentDateTime,
    }),
    ...(initiation.NumberOfPayments && { NumberOfPayments: initiation.NumberOfPayments }),
    StandingOrderStatusCode: ended ? 'Inactive' : 'Active',
    FirstPaymentAmount: initiation.FirstPaymentAmount,
    ...(next && { NextPaymentAmount: next.amount }),
    ...(order.lastPayment && { LastPaymentAmount: order.lastPayment.amount }),
    ...(final && { FinalPaymentAmount: final }),
    ...(view.detail && creditor(initiation)),
    ...(ended && { SupplementaryData: { [END_REASON]: ended } }),
  };
}

/** Why the order pays no more, or undefined while it has a payment to come. */
function endReason(order: AccountPaymentOrder): EndReason | undefined {
  if (order.status === 'Cancelled') return 'Cancelled';
  if (order.status === 'InitiationFailed') return 'Failed';
  return order.nextDueAt === null ? 'Completed' : undefined;
}

/**
 * The final payment's amount, for an order that ends (after NumberOfPayments or on
 * FinalPaymentDateTime): as the schedule pays it (payment-schedule.ts), FinalPaymentAmount, else
 * the recurring amount, else the first; a single payment is the first.
 */
function finalAmount(initiation: StandingOrderInitiation): OrderAmount | undefined {
  if (initiation.NumberOfPayments === '1') return initiation.FirstPaymentAmount;
  if (!initiation.NumberOfPayments && !initiation.FinalPaymentDateTime) return undefined;
  return (
    initiation.FinalPaymentAmount ??
    initiation.RecurringPaymentAmount ??
    initiation.FirstPaymentAmount
  );
}

/** OBCashAccount5_1 of the initiation's creditor: the members the account information API has. */
function creditor(initiation: Initiation): { CreditorAccount?: Record<string, unknown> } {
  const account = initiation.CreditorAccount;
  if (typeof account !== 'object' || account === null) return {};
  const members = ['SchemeName', 'Identification', 'Name', 'SecondaryIdentification'] as const;
  return {
    CreditorAccount: Object.fromEntries(
      members.flatMap((name) => {
        const value = (account as Initiation)[name];
        return value === undefined ? [] : [[name, value]];
      }),
    ),
  };
}

function member(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Initiation)[name] : undefined;
}
