import { XMLBuilder } from 'fast-xml-parser';
import { formatAmount } from '../ledger/index.ts';
import { CREDIT_TRANSFER, namespaceOf } from './xsd.ts';

/**
 * How OB names a UK account: sort code and account number (14 digits), or an IBAN. A card account
 * of this bank that pays has neither, and its card number never leaves the bank: it is named by
 * the bank's own account reference (BANK_ACCOUNT_REFERENCE).
 */
export interface AccountIdentification {
  readonly scheme: 'UK.OBIE.SortCodeAccountNumber' | 'UK.OBIE.IBAN' | typeof BANK_ACCOUNT_REFERENCE;
  readonly identification: string;
}

/** The proprietary scheme of an account this bank names by its own reference (Max35Text). */
export const BANK_ACCOUNT_REFERENCE = 'BankAccountReference';

/**
 * One domestic payment as it leaves the bank: what the customer and the TPP asked for, and the
 * debtor's account.
 */
export interface OutgoingCreditTransfer {
  /** The OB DomesticPaymentId, a UUIDv4: the UETR that follows the payment through the scheme. */
  readonly paymentId: string;
  /** OB InstructionIdentification: the TPP's id for its instruction to this bank. */
  readonly instructionId: string;
  /** OB EndToEndIdentification: travels unchanged to the payee. */
  readonly endToEndId: string;
  readonly amountMinor: bigint;
  readonly currency: string;
  readonly debtor: { readonly name: string; readonly account: AccountIdentification };
  readonly creditor: { readonly name: string | null; readonly account: AccountIdentification };
  /** OB RemittanceInformation: the Reference the payee sees first, then the Unstructured text. */
  readonly remittance: readonly string[];
}

/** One settlement batch: one pacs.008 message. */
export interface CreditTransferBatch {
  /** GrpHdr/MsgId: unique per message, at most 35 characters. */
  readonly messageId: string;
  readonly createdAt: Date;
  readonly currency: string;
  readonly transactions: readonly OutgoingCreditTransfer[];
}

/** UK Domestic Sort Code, ISO 20022 ExternalClearingSystemIdentification1Code. */
const UK_SORT_CODE_CLEARING = 'GBDSC';
/** ISO 20022 Max140Text / Max35Text. */
const NAME_LENGTH_MAX = 140;
const TEXT35_LENGTH_MAX = 35;

/**
 * The sum of the batch's amounts, in minor units: GrpHdr/CtrlSum and TtlIntrBkSttlmAmt, which the
 * scheme checks against the transactions. Asserts one currency, since a sum across currencies
 * means nothing.
 */
export function controlSumMinor(batch: CreditTransferBatch): bigint {
  let sum = 0n;
  for (const transaction of batch.transactions) {
    if (transaction.currency !== batch.currency)
      throw new TypeError(
        `payment ${transaction.paymentId} is in ${transaction.currency}, the batch in ${batch.currency}`,
      );
    sum += transaction.amountMinor;
  }
  return sum;
}

/**
 * The batch as an ISO 20022 pacs.008.001.09 (FIToFICustomerCreditTransferV09) document: a bank
 * sending its customers' domestic credit transfers to the clearing scheme is the FI-to-FI leg, not
 * a corporate's pain.001 to its bank. Elements appear in the schema's order; XMLBuilder escapes
 * every text and attribute value, so a TPP's remittance text cannot alter the document.
 */
export function buildCreditTransfer(batch: CreditTransferBatch): string {
  if (batch.transactions.length === 0)
    throw new TypeError('a pacs.008 message carries at least one transaction');
  if (batch.messageId.length > TEXT35_LENGTH_MAX)
    throw new TypeError('MsgId is at most 35 characters');
  const total = formatAmount(controlSumMinor(batch), batch.currency);
  const settlementDate = isoDate(batch.createdAt);
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    Document: {
      '@_xmlns': namespaceOf(CREDIT_TRANSFER),
      FIToFICstmrCdtTrf: {
        GrpHdr: {
          MsgId: batch.messageId,
          CreDtTm: batch.createdAt.toISOString(),
          NbOfTxs: String(batch.transactions.length),
          CtrlSum: total,
          TtlIntrBkSttlmAmt: { '@_Ccy': batch.currency, '#text': total },
          IntrBkSttlmDt: settlementDate,
          // Settled through the clearing system's own books (CLRG), as the UK's domestic schemes
          // do.
          SttlmInf: { SttlmMtd: 'CLRG' },
        },
        CdtTrfTxInf: batch.transactions.map((transaction) =>
          creditTransferTransaction(transaction),
        ),
      },
    },
  };
  return builder.build(document) as string;
}

const builder = new XMLBuilder({
  ignoreAttributes: false,
  attributeNamePrefix: '@_',
  format: true,
  indentBy: '  ',
  suppressEmptyNode: true,
});

/** CreditTransferTransaction43, in the schema's element order. */
function creditTransferTransaction(transaction: OutgoingCreditTransfer): Record<string, unknown> {
  const remittance = transaction.remittance
    .filter((text) => text.trim() !== '')
    .map((text) => text.slice(0, NAME_LENGTH_MAX));
  return {
    PmtId: {
      InstrId: transaction.instructionId,
      EndToEndId: transaction.endToEndId,
      // The bank's own id for the interbank leg; the UETR carries the same payment with its dashes.
      TxId: transaction.paymentId.replaceAll('-', ''),
      UETR: transaction.paymentId,
    },
    IntrBkSttlmAmt: {
      '@_Ccy': transaction.currency,
      '#text': formatAmount(transaction.amountMinor, transaction.currency),
    },
    // Service level: each side pays its own bank's charges, the rule of UK domestic schemes.
    ChrgBr: 'SLEV',
    Dbtr: party(transaction.debtor.name),
    DbtrAcct: cashAccount(transaction.debtor.account),
    DbtrAgt: agent(transaction.debtor.account),
    CdtrAgt: agent(transaction.creditor.account),
    Cdtr: party(transaction.creditor.name),
    CdtrAcct: cashAccount(transaction.creditor.account),
    ...(remittance.length > 0 ? { RmtInf: { Ustrd: remittance } } : {}),
  };
}

function party(name: string | null): Record<string, unknown> {
  return name === null || name.trim() === '' ? {} : { Nm: name.slice(0, NAME_LENGTH_MAX) };
}

/**
 * An IBAN as such; a sort code and account number, or the bank's reference, as a proprietary
 * scheme.
 */
function cashAccount(account: AccountIdentification): Record<string, unknown> {
  if (account.scheme === 'UK.OBIE.IBAN') return { Id: { IBAN: account.identification } };
  return { Id: { Othr: { Id: account.identification, SchmeNm: { Prtry: account.scheme } } } };
}

/**
 * The account's bank, by UK sort code: the first six digits of a sort code and account number,
 * or a GB IBAN's characters 9 to 14. Any other IBAN's bank is reached through the IBAN itself.
 */
function agent(account: AccountIdentification): Record<string, unknown> {
  const sortCode = sortCodeOf(account);
  if (sortCode === null) return { FinInstnId: { Othr: { Id: 'NOTPROVIDED' } } };
  return {
    FinInstnId: { ClrSysMmbId: { ClrSysId: { Cd: UK_SORT_CODE_CLEARING }, MmbId: sortCode } },
  };
}

function sortCodeOf(account: AccountIdentification): string | null {
  if (account.scheme === 'UK.OBIE.SortCodeAccountNumber') return account.identification.slice(0, 6);
  return /^GB\d{2}[A-Z]{4}\d{14}$/.test(account.identification)
    ? account.identification.slice(8, 14)
    : null;
}

/** ISODate of the settlement, in UTC like CreDtTm. */
function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
