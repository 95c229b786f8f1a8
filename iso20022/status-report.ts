import { XMLParser } from 'fast-xml-parser';
import { StatusReportRefusedError } from './errors.ts';
import { CREDIT_TRANSFER, STATUS_REPORT, namespaceOf, validateMessage } from './xsd.ts';

/**
 * ISO 20022 ExternalPaymentTransactionStatus1Code values a scheme reports on a pacs.008:
 * RJCT rejects; ACCC says the creditor's account is credited; the others say the transaction is
 * on its way (technically accepted, accepted for processing, settlement in process, settled on
 * the debtor's side, pending) and change nothing here but the record.
 */
export const REJECTED = 'RJCT';
export const CREDITED = 'ACCC';
const IN_PROGRESS = ['ACTC', 'ACCP', 'ACSP', 'ACSC', 'ACWC', 'PDNG'] as const;
export const TRANSACTION_STATUSES: readonly string[] = [REJECTED, CREDITED, ...IN_PROGRESS];

/** One transaction's status in a report, naming the payment as the pacs.008 did. */
export interface ReportedTransaction {
  readonly uetr: string | null;
  readonly txId: string | null;
  readonly endToEndId: string | null;
  readonly status: string;
  /**
   * StsRsnInf/Rsn: an ExternalStatusReason1Code (e.g. AC04 closed account) or a proprietary reason.
   */
  readonly reason: string | null;
}

/** What the platform reads from a pacs.002.001.11. */
export interface StatusReport {
  readonly messageId: string;
  readonly originalMessageId: string;
  /** Every transaction of the original message when the report gives only a group status. */
  readonly transactions:
    | readonly ReportedTransaction[]
    | { readonly groupStatus: string; readonly reason: string | null };
}

const parser = new XMLParser({
  ignoreAttributes: true,
  removeNSPrefix: true,
  parseTagValue: false,
  trimValues: true,
  isArray: (name) => ['OrgnlGrpInfAndSts', 'TxInfAndSts', 'StsRsnInf'].includes(name),
});

type Node = Record<string, unknown>;

function child(node: unknown, name: string): unknown {
  return typeof node === 'object' && node !== null ? (node as Node)[name] : undefined;
}

function text(node: unknown, ...path: string[]): string | null {
  const value = path.reduce<unknown>((current, name) => child(current, name), node);
  return typeof value === 'string' && value !== '' ? value : null;
}

/** The first reason given: its code, or its proprietary text. */
function reasonOf(node: unknown): string | null {
  const reasons = child(node, 'StsRsnInf');
  const first = Array.isArray(reasons) ? reasons[0] : undefined;
  return text(first, 'Rsn', 'Cd') ?? text(first, 'Rsn', 'Prtry');
}

/**
 * Reads a pacs.002.001.11 (FIToFIPaymentStatusReportV11), the report that answers a pacs.008:
 * checked against the official schema first, then for what this platform needs from it (one
 * original message, which must be a pacs.008.001.09, and a status for each transaction or for
 * the whole group). Refuses anything else with the reason.
 */
export async function parseStatusReport(xml: string): Promise<StatusReport> {
  // ISO 20022 messages carry no DTD; one could only define entities to expand (billion laughs).
  if (/<!DOCTYPE/i.test(xml))
    throw new StatusReportRefusedError('a status report may not carry a DOCTYPE');
  if (!xml.includes(namespaceOf(STATUS_REPORT))) {
    throw new StatusReportRefusedError(
      `not a ${STATUS_REPORT} document: its namespace must be ${namespaceOf(STATUS_REPORT)}`,
    );
  }
  await validateMessage(STATUS_REPORT, xml);
  const report = child(child(parser.parse(xml), 'Document'), 'FIToFIPmtStsRpt');
  const messageId = text(report, 'GrpHdr', 'MsgId');
  if (messageId === null) throw new StatusReportRefusedError('the report has no GrpHdr/MsgId');
  const groups = child(report, 'OrgnlGrpInfAndSts');
  if (!Array.isArray(groups) || groups.length !== 1) {
    throw new StatusReportRefusedError(
      `report ${messageId} must answer exactly one message (one OrgnlGrpInfAndSts), it has ${Array.isArray(groups) ? groups.length : 0}`,
    );
  }
  const group: unknown = groups[0];
  const originalMessageId = text(group, 'OrgnlMsgId')!;
  const originalName = text(group, 'OrgnlMsgNmId');
  if (originalName !== CREDIT_TRANSFER) {
    throw new StatusReportRefusedError(
      `report ${messageId} answers a ${originalName ?? 'unnamed message'}; this bank sends ${CREDIT_TRANSFER}`,
    );
  }
  const groupStatus = text(group, 'GrpSts');
  const entries = child(report, 'TxInfAndSts');
  if (!Array.isArray(entries) || entries.length === 0) {
    if (groupStatus === null)
      throw new StatusReportRefusedError(
        `report ${messageId} gives neither a group status nor any transaction's status`,
      );
    return {
      messageId,
      originalMessageId,
      transactions: {
        groupStatus: knownStatus(messageId, groupStatus),
        reason: rejectionReason(messageId, groupStatus, reasonOf(group), 'the group'),
      },
    };
  }
  const transactions = entries.map((entry: unknown, index): ReportedTransaction => {
    const status = text(entry, 'TxSts') ?? groupStatus;
    if (status === null)
      throw new StatusReportRefusedError(
        `report ${messageId}: TxInfAndSts ${index + 1} has no TxSts and the group no GrpSts`,
      );
    const uetr = text(entry, 'OrgnlUETR');
    const txId = text(entry, 'OrgnlTxId');
    if (uetr === null && txId === null)
      throw new StatusReportRefusedError(
        `report ${messageId}: TxInfAndSts ${index + 1} names no transaction (OrgnlUETR or OrgnlTxId)`,
      );
    const reason = reasonOf(entry) ?? (status === groupStatus ? reasonOf(group) : null);
    return {
      uetr,
      txId,
      endToEndId: text(entry, 'OrgnlEndToEndId'),
      status: knownStatus(messageId, status),
      reason: rejectionReason(messageId, status, reason, `TxInfAndSts ${index + 1}`),
    };
  });
  return { messageId, originalMessageId, transactions };
}

/** A rejection says why (the reason code is kept with the transaction); other statuses may. */
function rejectionReason(
  messageId: string,
  status: string,
  reason: string | null,
  where: string,
): string | null {
  if (status === REJECTED && reason === null)
    throw new StatusReportRefusedError(
      `report ${messageId}: ${where} is rejected without a reason (StsRsnInf/Rsn)`,
    );
  return reason;
}

function knownStatus(messageId: string, status: string): string {
  if (!TRANSACTION_STATUSES.includes(status)) {
    throw new StatusReportRefusedError(
      `report ${messageId}: status ${status} is not one this bank acts on (${TRANSACTION_STATUSES.join(', ')})`,
    );
  }
  return status;
}
