import { mkdir, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Knex } from 'knex';
import { getAccounts, parseAmount } from '../ledger/index.ts';
import { findPaymentInstructions, type PaymentInstruction } from '../openbanking/index.ts';
import {
  BANK_ACCOUNT_REFERENCE,
  buildCreditTransfer,
  controlSumMinor,
  type AccountIdentification,
  type CreditTransferBatch,
  type OutgoingCreditTransfer,
} from './credit-transfer.ts';
import { CREDIT_TRANSFER, validateMessage } from './xsd.ts';

/** A payment of a settlement batch and what the ledger moved for it. */
export interface SettledPayment {
  readonly id: string;
  readonly amountMinor: bigint;
}

/** A batch's message, built and validated, waiting to be recorded with its settlement transfer. */
export interface PreparedCreditTransfer {
  readonly batch: CreditTransferBatch;
  readonly xml: string;
}

interface Initiation {
  InstructionIdentification: string;
  EndToEndIdentification: string;
  InstructedAmount: { Amount: string; Currency: string };
  CreditorAccount: { SchemeName: string; Identification: string; Name?: string };
  RemittanceInformation?: { Reference?: string; Unstructured?: string };
}

interface PaymentData extends PaymentInstruction<Initiation> {
  debtor_name: string;
  sort_code: string | null;
  account_number: string | null;
}

/**
 * The pacs.008 of a settlement batch, built from the payments as stored and validated against
 * the official schema. Runs before the settlement transfer is posted: validation takes a few
 * hundred milliseconds (libxml2 in WebAssembly, off the event loop), and only the batch's payment
 * rows are locked then, not the clearing accounts every new payment credits. The message id is
 * the settlement transfer's id without dashes, so each names the other.
 */
export async function prepareCreditTransfer(
  trx: Knex.Transaction,
  batch: {
    readonly settlementTransferId: string;
    readonly currency: string;
    readonly payments: readonly SettledPayment[];
  },
): Promise<PreparedCreditTransfer> {
  const instructions = await findPaymentInstructions<Initiation>(
    trx,
    batch.payments.map((payment) => payment.id),
  );
  const debtors = new Map(
    (await getAccounts(trx, [...new Set(instructions.map((row) => row.debtor_account_id))])).map(
      (account) => [account.id, account],
    ),
  );
  const byId = new Map(instructions.map((row) => [row.id, row]));
  const transactions = batch.payments.map((payment): OutgoingCreditTransfer => {
    const row = byId.get(payment.id);
    const debtor = row && debtors.get(row.debtor_account_id);
    if (!row || !debtor)
      throw new Error(`payment ${payment.id} is not a stored payment from a ledger account`);
    return outgoingCreditTransfer(
      {
        ...row,
        debtor_name: debtor.name,
        sort_code: debtor.sortCode,
        account_number: debtor.accountNumber,
      },
      payment.amountMinor,
      batch.currency,
    );
  });
  const prepared: CreditTransferBatch = {
    messageId: batch.settlementTransferId.replaceAll('-', ''),
    createdAt: new Date(),
    currency: batch.currency,
    transactions,
  };
  const xml = buildCreditTransfer(prepared);
  await validateMessage(CREDIT_TRANSFER, xml);
  return { batch: prepared, xml };
}

function outgoingCreditTransfer(
  row: PaymentData,
  amountMinor: bigint,
  currency: string,
): OutgoingCreditTransfer {
  const { initiation } = row;
  // The ledger moved what the customer instructed: the message carries the same amount.
  const instructed = parseAmount(
    initiation.InstructedAmount.Amount,
    initiation.InstructedAmount.Currency,
  );
  if (instructed !== amountMinor || initiation.InstructedAmount.Currency !== currency) {
    throw new Error(
      `payment ${row.id}: the ledger cleared ${amountMinor} minor units of ${currency}, the initiation says ${initiation.InstructedAmount.Amount} ${initiation.InstructedAmount.Currency}`,
    );
  }
  return {
    paymentId: row.id,
    instructionId: initiation.InstructionIdentification,
    endToEndId: initiation.EndToEndIdentification,
    amountMinor,
    currency,
    debtor: { name: row.debtor_name, account: debtorAccount(row) },
    creditor: {
      name: initiation.CreditorAccount.Name ?? null,
      account: creditorAccount(row.id, initiation.CreditorAccount),
    },
    remittance: [
      initiation.RemittanceInformation?.Reference,
      initiation.RemittanceInformation?.Unstructured,
    ].filter((text): text is string => typeof text === 'string'),
  };
}

/**
 * The debtor's sort code and account number; a card account, which has none, by the bank's
 * reference, never its card number.
 */
function debtorAccount(row: PaymentData): AccountIdentification {
  if (row.sort_code !== null && row.account_number !== null)
    return {
      scheme: 'UK.OBIE.SortCodeAccountNumber',
      identification: `${row.sort_code}${row.account_number}`,
    };
  return {
    scheme: BANK_ACCOUNT_REFERENCE,
    identification: row.debtor_account_id.replaceAll('-', ''),
  };
}

/** The resource server accepts only these two schemes for a domestic payment's creditor. */
function creditorAccount(
  paymentId: string,
  account: { SchemeName: string; Identification: string },
): AccountIdentification {
  if (
    account.SchemeName === 'UK.OBIE.SortCodeAccountNumber' ||
    account.SchemeName === 'UK.OBIE.IBAN'
  ) {
    return { scheme: account.SchemeName, identification: account.Identification };
  }
  throw new Error(
    `payment ${paymentId}: creditor account scheme ${account.SchemeName} has no ISO 20022 form here`,
  );
}

/**
 * Puts the batch's message in the outbox, in the settlement's transaction: the message exists if
 * and only if its batch settled, so a settlement run that is retried or crashes emits it once.
 */
export async function recordCreditTransfer(
  trx: Knex.Transaction,
  prepared: PreparedCreditTransfer,
  settlementTransferId: string,
): Promise<void> {
  const { batch } = prepared;
  await trx('iso20022.messages').insert({
    id: batch.messageId,
    message_name: CREDIT_TRANSFER,
    settlement_transfer_id: settlementTransferId,
    currency: batch.currency,
    transactions: batch.transactions.length,
    control_sum_minor: controlSumMinor(batch).toString(),
    xml: prepared.xml,
    created_at: batch.createdAt,
  });
  await trx('iso20022.message_transactions').insert(
    batch.transactions.map((transaction) => ({
      message_id: batch.messageId,
      payment_id: transaction.paymentId,
      tx_id: transaction.paymentId.replaceAll('-', ''),
      end_to_end_id: transaction.endToEndId,
      instruction_id: transaction.instructionId,
      amount_minor: transaction.amountMinor.toString(),
    })),
  );
}

/** A message in the outbox, without its XML. */
export interface OutboxMessage {
  readonly id: string;
  readonly messageName: string;
  readonly settlementTransferId: string;
  readonly currency: string;
  readonly transactions: number;
  readonly controlSumMinor: bigint;
  readonly status: 'ready' | 'collected';
  readonly createdAt: Date;
  readonly collectedAt: Date | null;
}

interface MessageRow {
  id: string;
  message_name: string;
  settlement_transfer_id: string;
  currency: string;
  transactions: number;
  control_sum_minor: string | bigint;
  status: 'ready' | 'collected';
  created_at: Date;
  collected_at: Date | null;
}

const MESSAGE_COLUMNS = [
  'id',
  'message_name',
  'settlement_transfer_id',
  'currency',
  'transactions',
  'control_sum_minor',
  'status',
  'created_at',
  'collected_at',
] as const;

function outboxMessage(row: MessageRow): OutboxMessage {
  return {
    id: row.id,
    messageName: row.message_name,
    settlementTransferId: row.settlement_transfer_id,
    currency: row.currency,
    transactions: row.transactions,
    controlSumMinor: BigInt(row.control_sum_minor),
    status: row.status,
    createdAt: row.created_at,
    collectedAt: row.collected_at,
  };
}

/** Newest first; `status` narrows to the messages not yet collected, or those collected. */
export async function listMessages(
  knex: Knex,
  options: { status?: 'ready' | 'collected'; limit?: number } = {},
): Promise<OutboxMessage[]> {
  const query = knex('iso20022.messages')
    .select(...MESSAGE_COLUMNS)
    .orderBy([{ column: 'created_at', order: 'desc' }, { column: 'id' }])
    .limit(options.limit ?? 100);
  if (options.status) query.where({ status: options.status });
  return ((await query) as MessageRow[]).map(outboxMessage);
}

/** One message with its XML, or null. */
export async function getMessage(
  knex: Knex,
  id: string,
): Promise<(OutboxMessage & { xml: string }) | null> {
  const row = (await knex('iso20022.messages')
    .select(...MESSAGE_COLUMNS, 'xml')
    .where({ id })
    .first()) as (MessageRow & { xml: string }) | undefined;
  return row ? { ...outboxMessage(row), xml: row.xml } : null;
}

/**
 * Writes each message not yet collected (every message with `all`) to `<dir>/<MsgId>.xml`, then
 * marks them collected. A file is written whole under a temporary name and renamed, so a
 * collector never reads half a message; a run that stops half way writes the same files again
 * next time. Owner-only permissions: the files hold account numbers.
 */
export async function exportMessages(
  knex: Knex,
  dir: string,
  options: { all?: boolean } = {},
): Promise<string[]> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  return knex.transaction(async (trx) => {
    const query = trx('iso20022.messages').select('id', 'xml').orderBy('created_at').forUpdate();
    if (!options.all) query.where({ status: 'ready' });
    const rows = (await query) as { id: string; xml: string }[];
    const files: string[] = [];
    for (const row of rows) {
      const file = join(dir, `${row.id}.xml`);
      await writeFile(`${file}.part`, row.xml, { mode: 0o600 });
      await rename(`${file}.part`, file);
      files.push(file);
    }
    await trx('iso20022.messages')
      .whereIn(
        'id',
        rows.map((row) => row.id),
      )
      .where({ status: 'ready' })
      .update({ status: 'collected', collected_at: trx.fn.now() });
    return files;
  });
}
