import type { ApiScope } from '../guard/index.ts';

/**
 * The Events APIs serve the TPPs of every OB API: a client-credentials token of any of their
 * scopes.
 */
export const EVENTS_SCOPES: readonly ApiScope[] = ['accounts', 'payments', 'fundsconfirmations'];
