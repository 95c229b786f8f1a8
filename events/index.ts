export { enqueueJob } from './enqueue.ts';
export { enqueueHeldSettlement, enqueueSettlement, settleBatch } from './tasks/settle-payments.ts';
export { enqueueOrderExecution, executeDueOrders } from './tasks/execute-payment-orders.ts';
export { JobInvariantError } from './errors.ts';
export { CRONTAB, createTaskList } from './task-list.ts';
export { migrateWorkerSchema, startWorker } from './worker.ts';
export { jobQueueCounts } from './queue.ts';
export type { JobQueueCount, JobState } from './queue.ts';
export type { Worker, WorkerOptions } from './worker.ts';
export { startEventDelivery } from './delivery/delivery-worker.ts';
export type { EventDeliveryOptions } from './delivery/delivery-worker.ts';
export {
  SET_TYPE,
  securityEventClaims,
  signSecurityEvent,
} from './delivery/security-event-token.ts';
export type { SetClaims, SetIssuer } from './delivery/security-event-token.ts';
export type { EventDeliverySettings } from './delivery/settings.ts';
