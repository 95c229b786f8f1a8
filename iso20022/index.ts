export { applyStatusReport } from './apply-status-report.ts';
export type { AppliedStatusReport } from './apply-status-report.ts';
export { BANK_ACCOUNT_REFERENCE, buildCreditTransfer, controlSumMinor } from './credit-transfer.ts';
export type {
  AccountIdentification,
  CreditTransferBatch,
  OutgoingCreditTransfer,
} from './credit-transfer.ts';
export { InvalidIsoMessageError, StatusReportRefusedError } from './errors.ts';
export {
  exportMessages,
  getMessage,
  listMessages,
  prepareCreditTransfer,
  recordCreditTransfer,
} from './outbox.ts';
export type { OutboxMessage, PreparedCreditTransfer, SettledPayment } from './outbox.ts';
export { TRANSACTION_STATUSES, parseStatusReport } from './status-report.ts';
export type { ReportedTransaction, StatusReport } from './status-report.ts';
export { CREDIT_TRANSFER, STATUS_REPORT, validateMessage } from './xsd.ts';
export type { MessageName } from './xsd.ts';
