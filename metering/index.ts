export { chargeBindings, chargedLookupSql } from './lookup-sql.ts';
export type { LookupCharge } from './lookup-sql.ts';
export { API_PLAN_NAMES, isPlanName } from './plans.ts';
export type { ApiPlan, ApiPlanName, ApiPlans } from './plans.ts';
export { USAGE_FLUSH_INTERVAL_MS, usageCounter } from './usage-counter.ts';
export type { UsageCounter } from './usage-counter.ts';
export { currentMonth, isMonth, meterRequest, monthUsage, planOf, setPlan } from './usage.ts';
export type { MeteredApi, Month, UsageRow } from './usage.ts';
