/**
 * API plans (platform/config.ts API_PLANS): what a TPP's plan changes is how fast it may call the
 * resource APIs (its buckets hold `rateFactor` times the base rate limits of RATE_LIMITS) and how
 * many resource API requests it may make in a calendar month (UK time). A TPP without a plan of
 * its own is on the default plan.
 */
export const API_PLAN_NAMES = ['free', 'standard', 'premium'] as const;
export type ApiPlanName = (typeof API_PLAN_NAMES)[number];

export interface ApiPlan {
  name: ApiPlanName;
  rateFactor: number;
  /** Resource API requests per calendar month; absent: no quota. */
  monthlyQuota: number | undefined;
}

export interface ApiPlans {
  plans: Readonly<Record<ApiPlanName, ApiPlan>>;
  defaultPlan: ApiPlanName;
}

export function isPlanName(value: string): value is ApiPlanName {
  return (API_PLAN_NAMES as readonly string[]).includes(value);
}

/** The UK calendar day usage is booked on, and the month a quota counts. */
export const METERING_TIME_ZONE = 'Europe/London';
