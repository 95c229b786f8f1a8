import { XMLBuilder } from 'fast-xml-parser';

/**
 * One transaction's status as the scheme reports it; `uetr` names the payment as the pacs.008 did.
 */
export interface TransactionStatus {
  readonly uetr?: string;
  readonly txId?: string;
  readonly endToEndId?: string;
  readonly status?: string;
  readonly reason?: string;
}

export interface StatusReportInput {
  readonly messageId: string;
  readonly originalMessageId: string;
  readonly originalMessageName?: string;
  readonly groupStatus?: string;
  readonly groupReason?: string;
  readonly transactions?: readonly TransactionStatus[];
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  suppressEmptyNode: true,
});

function reason(code: string | undefined): Record<string, unknown> {
  return code === undefined ? {} : { StsRsnInf: { Rsn: { Cd: code } } };
}

/**
 * A pacs.002.001.11 as a clearing scheme answers a pacs.008: what the tests feed back, built the
 * way the platform builds its own messages (schema element order, escaped values).
 */
export function statusReportXml(input: StatusReportInput): string {
  return builder.build({
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Document: {
      '@_xmlns': 'urn:iso:std:iso:20022:tech:xsd:pacs.002.001.11',
      FIToFIPmtStsRpt: {
        GrpHdr: { MsgId: input.messageId, CreDtTm: new Date().toISOString() },
        OrgnlGrpInfAndSts: {
          OrgnlMsgId: input.originalMessageId,
          OrgnlMsgNmId: input.originalMessageName ?? 'pacs.008.001.09',
          ...(input.groupStatus === undefined ? {} : { GrpSts: input.groupStatus }),
          ...reason(input.groupReason),
        },
        ...(input.transactions === undefined
          ? {}
          : {
              TxInfAndSts: input.transactions.map((transaction) => ({
                ...(transaction.endToEndId === undefined
                  ? {}
                  : { OrgnlEndToEndId: transaction.endToEndId }),
                ...(transaction.txId === undefined ? {} : { OrgnlTxId: transaction.txId }),
                ...(transaction.uetr === undefined ? {} : { OrgnlUETR: transaction.uetr }),
                ...(transaction.status === undefined ? {} : { TxSts: transaction.status }),
                ...reason(transaction.reason),
              })),
            }),
      },
    },
  }) as string;
}
