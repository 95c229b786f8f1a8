export { enqueueJob } from './enqueue.ts';
export { enqueueSettlement, settleBatch } from './tasks/settle-payments.ts';
export { JobInvariantError } from './errors.ts';
export { CRONTAB, createTaskList } from './task-list.ts';
export { migrateWorkerSchema, startWorker } from './worker.ts';
export type { Worker, WorkerOptions } from './worker.ts';
