export { ciApprovalRoute, CI_APPROVAL_PATH } from './ci-approval.ts';
export type { CiApprovalOptions } from './ci-approval.ts';
export { sandboxLatency } from './latency.ts';
export {
  MAGIC_REFERENCES,
  sandboxScreening,
  SETTLEMENT_HOLD_SECONDS,
  SLOW_ANSWER_MS,
} from './magic-values.ts';
export { resetSandbox } from './reset.ts';
export type { SandboxReset } from './reset.ts';
