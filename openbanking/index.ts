export {
  API_PREFIXES,
  CONSENT_AUTHORIZATION_REVOKED,
  RESOURCE_PATHS,
  RESOURCE_UPDATE,
  SUPPORTED_EVENT_TYPES,
} from './event-types.ts';
export type { EventType, EventVersion, ResourceType } from './event-types.ts';
export { DELIVER_EVENTS_TASK, deliverEventsJobKey, raiseEvents, requestPush } from './outbox.ts';
export type { ResourceChange } from './outbox.ts';
export {
  claimNextEvent,
  eventsToPoll,
  hasEventsToPoll,
  FINISHED_EVENT_RETENTION_DAYS,
  nextPushAt,
  purgeFinishedDeliveries,
  recordAttempt,
  releasePushLease,
  settlePolledEvents,
  takePushLease,
  tppsWithEventsToPush,
} from './event-deliveries.ts';
export type { AttemptResult, Claim, PendingEvent, PushLease } from './event-deliveries.ts';
export {
  createSubscription,
  deleteSubscription,
  findSubscriptions,
  replaceSubscription,
} from './event-subscriptions.ts';
export type { EventSubscription, SubscriptionRequest } from './event-subscriptions.ts';
export {
  limitBreach,
  paymentsBefore,
  perPaymentBreach,
  postedPaymentBreach,
} from './payment-limits.ts';
export type { LimitBreach, PaymentLimits } from './payment-limits.ts';
export {
  authoriseConsent,
  CUSTOMER_CONSENTS_MAX,
  expireConsentGrants,
  findConsent,
  findConsentIdOfGrant,
  listCustomerConsents,
  rejectConsent,
  revokeConsent,
  revokeCustomerConsents,
} from './consents.ts';
export type {
  Authorisation,
  ConsentKind,
  ConsentRecord,
  ConsentStatus,
  EndGrants,
  ExpiryResult,
  JsonRecord,
} from './consents.ts';
export {
  consumePaymentConsent,
  findAuthorizationRequestConsent,
  findClientConsent,
  findConsentInitiation,
  findIntentState,
  insertConsent,
  refundAccountIdOf,
  revokeClientConsent,
} from './intents.ts';
export type {
  ConsumedPaymentConsent,
  ConsumeOutcome,
  SingleUsePaymentKind,
  IntentState,
  NewConsent,
  StoredConsent,
} from './intents.ts';
export {
  currenciesInSettlement,
  findClientPayment,
  findPaymentInstructions,
  hasPaymentsToSettle,
  insertPayment,
  insertRejectedPayment,
  lockReportedPayments,
  markSettled,
  recordSchemeOutcome,
  takeSettlementBatch,
} from './payments.ts';
export type {
  NewPayment,
  PaymentKind,
  PaymentInstruction,
  PaymentRecord,
  PaymentStatus,
  PaymentToSettle,
  ReportedPayment,
} from './payments.ts';
export {
  calendarFortnightIndex,
  controlParameterBreach,
  periodWindow,
  periodWindows,
} from './control-parameters.ts';
export type {
  ControlBreach,
  ControlParameters,
  PeriodicLimit,
  PeriodWindow,
  VrpPaymentAsk,
} from './control-parameters.ts';
export { findClientVrp, lockVrpConsent, vrpPaidInWindows } from './vrp.ts';
export type { LockedVrpConsent, VrpConsentLock, VrpPaymentRecord } from './vrp.ts';
export { frequencyDays, parseFrequency } from './frequency.ts';
export { bankDate, bankHolidays, isWorkingDay } from './bank-calendar.ts';
export { ACCEPT_EVERY_PAYMENT } from './screening.ts';
export type { PaymentScreening, ScreeningDecision } from './screening.ts';
export type { Frequency } from './frequency.ts';
export {
  executionInstruction,
  firstInstalments,
  instalment,
  InvalidScheduleError,
  paymentCount,
} from './payment-schedule.ts';
export type {
  ExecutionInstruction,
  Instalment,
  OrderAmount,
  PaymentOrderKind,
  ScheduledInitiation,
  StandingOrderInitiation,
} from './payment-schedule.ts';
export {
  advanceOrder,
  cancelCustomerPaymentOrder,
  cancelRefusal,
  dueOrderIds,
  findClientPaymentOrder,
  findCustomerPaymentOrder,
  insertOrderExecution,
  insertPaymentOrder,
  listAccountPaymentOrders,
  listCustomerPaymentOrders,
  listOrderExecutions,
  lockDueOrder,
} from './payment-orders.ts';
export type {
  AccountOrdersQuery,
  AccountPaymentOrder,
  CancelOutcome,
  CancelRefusal,
  LastOrderPayment,
  NewOrderExecution,
  NewPaymentOrder,
  OrderExecution,
  PaymentOrderRecord,
  PaymentOrderStatus,
} from './payment-orders.ts';
