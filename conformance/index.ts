export { runSelfCheck } from './check/self-check.ts';
export type { SelfCheckOptions } from './check/self-check.ts';
export type { CheckResult, Report } from './check/report.ts';
export { Connections } from './connections.ts';
export type { Deployment } from './deployment.ts';
export { MANIFEST_FILE, writePlans } from './plans.ts';
export type { PlanEntry, PlanOptions } from './plans.ts';
export { suitePlanArgument, suiteVariant, supportedVariants, variantSlug } from './variants.ts';
export type { Variant } from './variants.ts';
