export { enqueueJob } from './enqueue.ts';
export { SETTLEMENT_BATCH_MAX, SETTLEMENT_DELAY_SECONDS, enqueueSettlement, settleBatch } from './tasks/settle-payments.ts';
export type { SettlementBatch } from './tasks/settle-payments.ts';
export type { EnqueueOptions } from './enqueue.ts';
export { EventsError, InvalidJobPayloadError, JobInvariantError } from './errors.ts';
export { CRONTAB, createTaskList } from './task-list.ts';
export type { TaskDeps, TaskName } from './task-list.ts';
export { migrateWorkerSchema, startWorker } from './worker.ts';
export type { Worker, WorkerOptions } from './worker.ts';
