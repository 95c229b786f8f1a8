export {
  countJobFailure,
  countPayments,
  countTokenIssued,
  observeRequest,
  processMetrics,
} from './metrics.ts';
export type { RequestObservation, TokenBinding } from './metrics.ts';
export { noteRequest, requestFacts } from './request-facts.ts';
export type { RequestFacts } from './request-facts.ts';
export { INTERACTION_ID_ATTRIBUTE, startTracing, stopTracing, tracingWanted } from './tracing.ts';
