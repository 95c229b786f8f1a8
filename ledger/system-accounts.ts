import type { AccountKind } from './accounts.ts';

/**
 * The bank's own GBP accounts, by well-known id. A domestic payment debits the customer and
 * credits outbound clearing; settlement moves clearing to the scheme settlement account. Inbound
 * payments (salary) come from scheme settlement, card spending goes to card clearing, and opening
 * balances come from funding. All may go negative: they are the other side of customer money.
 */
export const SYSTEM_ACCOUNT_IDS = {
  gbpFunding: 'sys-gbp-funding',
  gbpOutboundClearing: 'sys-gbp-outbound-clearing',
  gbpSchemeSettlement: 'sys-gbp-scheme-settlement',
  gbpCardClearing: 'sys-gbp-card-clearing',
} as const;

export interface SystemAccountDefinition {
  readonly id: string;
  readonly kind: Exclude<AccountKind, 'customer'>;
  readonly currency: string;
  readonly name: string;
}

export const SYSTEM_ACCOUNTS: readonly SystemAccountDefinition[] = [
  { id: SYSTEM_ACCOUNT_IDS.gbpFunding, kind: 'funding', currency: 'GBP', name: 'GBP funding' },
  { id: SYSTEM_ACCOUNT_IDS.gbpOutboundClearing, kind: 'clearing', currency: 'GBP', name: 'GBP outbound payments clearing' },
  { id: SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement, kind: 'settlement', currency: 'GBP', name: 'GBP payment scheme settlement' },
  { id: SYSTEM_ACCOUNT_IDS.gbpCardClearing, kind: 'clearing', currency: 'GBP', name: 'GBP card merchant clearing' },
];

/** Where each currency's outbound payments clear (at submission) and then settle with the scheme. */
export const OUTBOUND_PAYMENT_ACCOUNTS: Readonly<Record<string, { readonly clearing: string; readonly settlement: string }>> = {
  GBP: { clearing: SYSTEM_ACCOUNT_IDS.gbpOutboundClearing, settlement: SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement },
};
