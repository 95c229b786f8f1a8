import type { LedgerAccount } from '../../ledger/index.ts';
import {
  instalment,
  parseFrequency,
  type PaymentOrderRecord,
  type ScheduledInitiation,
  type StandingOrderInitiation,
} from '../../openbanking/index.ts';
import { frequencyInWords, money, type ScheduleRow } from './payment-schedule-view.ts';
import { type AccountView, accountView, formatDateTime, maskIdentifier } from './presentation.ts';

/**
 * A scheduled payment or standing order as the Connected apps dashboard shows it: what it is, to
 * whom, how much and when it pays next, how often, and from which account (masked).
 */

export interface PaymentOrderView {
  /** "Standing order" / "Scheduled payment" */
  readonly what: string;
  readonly payee: string;
  /** The next payment's amount and time: "£20.00 on 1 February 2031 at 08:00". */
  readonly nextPayment: string | undefined;
  /** A standing order's frequency in words. */
  readonly frequency: string | undefined;
  readonly account: AccountView | undefined;
  /** The same details as summary rows (the cancellation's confirmation page). */
  readonly rows: readonly ScheduleRow[];
}

const WHAT = {
  'domestic-scheduled-payment': 'Scheduled payment',
  'domestic-standing-order': 'Standing order',
} as const;

export function paymentOrderView(
  order: PaymentOrderRecord,
  accounts: readonly LedgerAccount[],
): PaymentOrderView {
  const initiation = order.initiation as unknown as ScheduledInitiation & StandingOrderInitiation;
  const payee = payeeOf(order.initiation);
  const next = order.nextDueAt
    ? instalment(order.kind, initiation, order.nextInstalment)
    : undefined;
  const nextPayment = next && `${money(next.amount)} on ${formatDateTime(next.dueAt)}`;
  const frequency =
    order.kind === 'domestic-standing-order' ? howOften(initiation.Frequency) : undefined;
  const debtor = accounts.find((account) => account.id === order.debtorAccountId);
  const account = debtor && accountView(debtor);
  return {
    what: WHAT[order.kind],
    payee,
    nextPayment,
    frequency,
    account,
    rows: [
      { term: 'To', detail: payee },
      ...(nextPayment ? [{ term: 'Next payment', detail: nextPayment }] : []),
      ...(frequency ? [{ term: 'How often', detail: frequency }] : []),
      ...(account
        ? [{ term: 'From', detail: `${account.label} · ${account.identification}` }]
        : []),
    ],
  };
}

/** The frequency in words (as it was sent, should it not parse). */
function howOften(text: string): string {
  const frequency = parseFrequency(text);
  return frequency ? frequencyInWords(frequency) : text;
}

/** The payee's name, or its account masked as every account on these pages. */
function payeeOf(initiation: Readonly<Record<string, unknown>>): string {
  const creditor = (initiation.CreditorAccount ?? {}) as {
    Name?: unknown;
    Identification?: unknown;
  };
  if (typeof creditor.Name === 'string' && creditor.Name.trim() !== '') return creditor.Name;
  return typeof creditor.Identification === 'string'
    ? `Account ${maskIdentifier(creditor.Identification)}`
    : 'Unnamed payee';
}
