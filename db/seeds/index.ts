export {
  CONFORMANCE_CUSTOMER,
  maskAccountNumber,
  restoreSeedBalances,
  SANDBOX_CUSTOMERS,
  seedSandboxBank,
} from './sandbox-bank.ts';
export type {
  ConformanceCustomer,
  ConformanceCustomerSummary,
  RestoredBalance,
  SandboxCustomer,
  SandboxCustomerSummary,
  SandboxSummary,
  SeedOptions,
} from './sandbox-bank.ts';
export { SANDBOX_HISTORY, SANDBOX_SORT_CODE } from './sandbox-data.ts';
export type { SandboxAccount, SandboxCard, SandboxHistoryItem } from './sandbox-data.ts';
