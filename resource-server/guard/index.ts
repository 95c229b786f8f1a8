export { guard, type ApiRequirement, type ConsentRequirement, type GuardDeps } from './guard.ts';
export type { ApiScope } from './check-scope.ts';
export type { ApiCharging, ApiRateLimits, FindAccessToken } from './check-token.ts';
export type { RecordFirstUse } from './check-binding.ts';
export type { PermissionRule } from './check-permission.ts';
