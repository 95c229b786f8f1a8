import type { Knex } from 'knex';
import { OUTBOUND_PAYMENT_ACCOUNTS, formatAmount, postTransfer } from '../ledger/index.ts';
import { lockReportedPayments, raiseEvents, recordSchemeOutcome } from '../openbanking/index.ts';
import { StatusReportRefusedError } from './errors.ts';
import {
  CREDITED,
  REJECTED,
  parseStatusReport,
  type ReportedTransaction,
} from './status-report.ts';
import { STATUS_REPORT } from './xsd.ts';

/** What a report did, payment by payment. */
export interface AppliedStatusReport {
  readonly reportId: string;
  readonly messageId: string;
  /** True when this very report had been applied before: nothing changed this time. */
  readonly alreadyApplied: boolean;
  /** Now AcceptedCreditSettlementCompleted. */
  readonly credited: readonly string[];
  /** Now Rejected, each with the reversal that returned its money. */
  readonly rejected: readonly {
    readonly paymentId: string;
    readonly reason: string;
    readonly reversalTransferId: string;
  }[];
  /** Recorded only: an in-progress status, or one the payment already had. */
  readonly unchanged: readonly string[];
}

interface CarriedPayment {
  payment_id: string;
  tx_id: string;
  end_to_end_id: string;
  amount_minor: string | bigint;
  payment_status: string;
  debtor_account_id: string;
  reversal_transfer_id: string | null;
}

/**
 * credit and reject change the payment; record notes an in-progress status; keep leaves a final
 * state's record as it is.
 */
type Decision =
  | { kind: 'credit' }
  | { kind: 'reject'; reason: string }
  | { kind: 'record' }
  | { kind: 'keep' };

/**
 * Applies a scheme's pacs.002 status report to the payments of the pacs.008 it answers, in one
 * transaction: RJCT returns a settled payment's money to its debtor by a balanced reversal from
 * scheme settlement and makes it Rejected; ACCC makes it AcceptedCreditSettlementCompleted; the
 * other statuses are recorded. The TPPs get their resource-update events as for settlement. A
 * report that names an unknown message or payment, or contradicts what the bank already knows
 * (a credited payment rejected, a rejected one credited), is refused whole and changes nothing.
 * The same report applied again changes nothing either.
 */
export async function applyStatusReport(knex: Knex, xml: string): Promise<AppliedStatusReport> {
  const report = await parseStatusReport(xml);
  return knex.transaction(async (trx) => {
    const seen = (await trx('iso20022.status_reports')
      .select('original_message_id', 'xml')
      .where({ id: report.messageId })
      .first()) as { original_message_id: string; xml: string } | undefined;
    if (seen) {
      if (seen.xml !== xml)
        throw new StatusReportRefusedError(
          `report ${report.messageId} was already applied with other content; a new report needs a new MsgId`,
        );
      return {
        reportId: report.messageId,
        messageId: seen.original_message_id,
        alreadyApplied: true,
        credited: [],
        rejected: [],
        unchanged: [],
      };
    }
    const message = (await trx('iso20022.messages')
      .select('id', 'currency')
      .where({ id: report.originalMessageId })
      .forUpdate()
      .first()) as { id: string; currency: string } | undefined;
    if (!message)
      throw new StatusReportRefusedError(
        `report ${report.messageId} answers message ${report.originalMessageId}, which this bank did not send`,
      );

    const carried = await carriedPayments(trx, message.id);
    const statuses = reportedStatuses(report.messageId, message.id, carried, report.transactions);

    const outcome = {
      credited: [] as string[],
      rejected: [] as { paymentId: string; reason: string; reversalTransferId: string }[],
      unchanged: [] as string[],
    };
    for (const [payment, reported] of statuses) {
      const decision = decide(report.messageId, payment, reported);
      if (decision.kind === 'credit') {
        await recordSchemeOutcome(trx, payment.payment_id, {
          status: 'AcceptedCreditSettlementCompleted',
        });
        outcome.credited.push(payment.payment_id);
      } else if (decision.kind === 'reject') {
        const reversal = await returnToDebtor(trx, message.currency, payment, decision.reason);
        await recordSchemeOutcome(trx, payment.payment_id, {
          status: 'Rejected',
          reversalTransferId: reversal,
        });
        outcome.rejected.push({
          paymentId: payment.payment_id,
          reason: decision.reason,
          reversalTransferId: reversal,
        });
      } else {
        outcome.unchanged.push(payment.payment_id);
        if (decision.kind === 'keep') continue;
      }
      await trx('iso20022.message_transactions')
        .where({ message_id: message.id, payment_id: payment.payment_id })
        .update({
          status: reported.status,
          reason_code: reported.reason,
          status_report_id: report.messageId,
          reported_at: trx.fn.now(),
        });
    }
    await raiseEvents(trx, {
      payments: [...outcome.credited, ...outcome.rejected.map((rejected) => rejected.paymentId)],
    });
    await trx('iso20022.status_reports').insert({
      id: report.messageId,
      message_name: STATUS_REPORT,
      original_message_id: message.id,
      xml,
    });
    return { reportId: report.messageId, messageId: message.id, alreadyApplied: false, ...outcome };
  });
}

/**
 * The message's transactions and their payments as they stand, both locked (transactions first,
 * each in payment id order).
 */
async function carriedPayments(
  trx: Knex.Transaction,
  messageId: string,
): Promise<CarriedPayment[]> {
  const transactions = (await trx('iso20022.message_transactions')
    .select('payment_id', 'tx_id', 'end_to_end_id', 'amount_minor')
    .where({ message_id: messageId })
    .orderBy('payment_id')
    .forUpdate()) as Pick<
    CarriedPayment,
    'payment_id' | 'tx_id' | 'end_to_end_id' | 'amount_minor'
  >[];
  const payments = new Map(
    (
      await lockReportedPayments(
        trx,
        transactions.map((transaction) => transaction.payment_id),
      )
    ).map((payment) => [payment.id, payment]),
  );
  return transactions.map((transaction) => {
    const payment = payments.get(transaction.payment_id);
    if (!payment)
      throw new Error(
        `message ${messageId} carries payment ${transaction.payment_id}, which is not stored`,
      );
    return {
      ...transaction,
      payment_status: payment.status,
      debtor_account_id: payment.debtor_account_id,
      reversal_transfer_id: payment.reversal_transfer_id,
    };
  });
}

/**
 * Each reported transaction matched to the payment it names, by UETR or TxId (and EndToEndId when
 * given).
 */
function reportedStatuses(
  reportId: string,
  messageId: string,
  carried: readonly CarriedPayment[],
  transactions:
    | readonly ReportedTransaction[]
    | { readonly groupStatus: string; readonly reason: string | null },
): Map<CarriedPayment, { status: string; reason: string | null }> {
  const statuses = new Map<CarriedPayment, { status: string; reason: string | null }>();
  if (!Array.isArray(transactions)) {
    const group = transactions as { groupStatus: string; reason: string | null };
    for (const payment of carried)
      statuses.set(payment, { status: group.groupStatus, reason: group.reason });
    return statuses;
  }
  for (const reported of transactions as readonly ReportedTransaction[]) {
    const named = reported.uetr ?? reported.txId;
    const payment = carried.find(
      (candidate) =>
        (reported.uetr === null || candidate.payment_id === reported.uetr) &&
        (reported.txId === null || candidate.tx_id === reported.txId),
    );
    if (!payment)
      throw new StatusReportRefusedError(
        `report ${reportId}: transaction ${named} is not in message ${messageId}`,
      );
    if (reported.endToEndId !== null && reported.endToEndId !== payment.end_to_end_id) {
      throw new StatusReportRefusedError(
        `report ${reportId}: transaction ${named} has EndToEndId ${payment.end_to_end_id}, not ${reported.endToEndId}`,
      );
    }
    if (statuses.has(payment))
      throw new StatusReportRefusedError(
        `report ${reportId}: transaction ${named} is reported twice`,
      );
    statuses.set(payment, { status: reported.status, reason: reported.reason });
  }
  return statuses;
}

/**
 * What a reported status does to a payment in the state it is in; a contradiction refuses the
 * report.
 */
function decide(
  reportId: string,
  payment: CarriedPayment,
  reported: { status: string; reason: string | null },
): Decision {
  const contradiction = (): never => {
    throw new StatusReportRefusedError(
      `report ${reportId}: payment ${payment.payment_id} is ${payment.payment_status}, which ${reported.status} cannot follow`,
    );
  };
  switch (payment.payment_status) {
    case 'AcceptedSettlementCompleted':
      if (reported.status === REJECTED) return { kind: 'reject', reason: reported.reason! };
      if (reported.status === CREDITED) return { kind: 'credit' };
      return { kind: 'record' };
    case 'AcceptedCreditSettlementCompleted':
      // The creditor has the money: a later rejection is a return (pacs.004), not a status.
      return reported.status === REJECTED ? contradiction() : { kind: 'keep' };
    case 'Rejected':
      return reported.status === REJECTED ? { kind: 'keep' } : contradiction();
    default:
      return contradiction();
  }
}

/**
 * The scheme gives a rejected payment's money back: scheme settlement pays the debtor's account
 * what the payment took, as one balanced reversal. A disabled account may still be credited.
 */
async function returnToDebtor(
  trx: Knex.Transaction,
  currency: string,
  payment: CarriedPayment,
  reason: string,
): Promise<string> {
  const accounts = OUTBOUND_PAYMENT_ACCOUNTS[currency];
  if (!accounts) throw new Error(`no settlement account for ${currency}`);
  const amountMinor = BigInt(payment.amount_minor);
  const transfer = await postTransfer(trx, {
    kind: 'reversal',
    reference:
      `Returned: payment ${payment.end_to_end_id} rejected by the scheme (${reason})`.slice(0, 140),
    metadata: {
      paymentId: payment.payment_id,
      reason,
      amount: formatAmount(amountMinor, currency),
    },
    entries: [
      { accountId: accounts.settlement, currency, amountMinor: -amountMinor },
      { accountId: payment.debtor_account_id, currency, amountMinor },
    ],
  });
  return transfer.transferId;
}
