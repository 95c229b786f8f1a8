import { PermissionMissing } from '../errors.ts';
import { guardedConsent, type ResourceMiddleware } from '../state.ts';

/**
 * What an endpoint needs of the consent's permissions: every group must be met by at least one
 * of its permissions, e.g. transactions need (Basic or Detail) and (Credits or Debits).
 */
export type PermissionRule = readonly (readonly string[])[];

export function checkPermission(rule: PermissionRule): ResourceMiddleware {
  return async (ctx, next) => {
    const granted = new Set(guardedConsent(ctx).permissions);
    for (const group of rule) {
      if (!group.some((permission) => granted.has(permission))) throw new PermissionMissing(group);
    }
    await next();
  };
}
