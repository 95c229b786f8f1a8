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

/**
 * Outbound clearing is split into this many accounts per currency. Every payment credits one of
 * them and locks it until it commits (the ledger serialises postings per account), so with a
 * single clearing account all payments of a currency would queue on one row; spread over the
 * sub-accounts, concurrent payments rarely meet. The settlement job folds them all back into the
 * scheme settlement account, so together they behave as the one clearing account they stand for.
 */
export const CLEARING_SUBACCOUNTS = 16;

/** The first keeps the historical id, so existing ledgers and their history stay as they are. */
function clearingSubaccountIds(base: string): readonly string[] {
  return Array.from({ length: CLEARING_SUBACCOUNTS }, (_, index) =>
    index === 0 ? base : `${base}-${String(index).padStart(2, '0')}`,
  );
}

const GBP_OUTBOUND_CLEARING = clearingSubaccountIds(SYSTEM_ACCOUNT_IDS.gbpOutboundClearing);

export const SYSTEM_ACCOUNTS: readonly SystemAccountDefinition[] = [
  { id: SYSTEM_ACCOUNT_IDS.gbpFunding, kind: 'funding', currency: 'GBP', name: 'GBP funding' },
  ...GBP_OUTBOUND_CLEARING.map(
    (id, index): SystemAccountDefinition => ({
      id,
      kind: 'clearing',
      currency: 'GBP',
      name: `GBP outbound payments clearing ${index + 1} of ${CLEARING_SUBACCOUNTS}`,
    }),
  ),
  {
    id: SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement,
    kind: 'settlement',
    currency: 'GBP',
    name: 'GBP payment scheme settlement',
  },
  {
    id: SYSTEM_ACCOUNT_IDS.gbpCardClearing,
    kind: 'clearing',
    currency: 'GBP',
    name: 'GBP card merchant clearing',
  },
];

export interface OutboundPaymentAccounts {
  /** The clearing sub-accounts a payment credits, one per payment (`clearingAccountFor`). */
  readonly clearing: readonly string[];
  /** Where settlement moves what the clearing sub-accounts hold. */
  readonly settlement: string;
}

/**
 * Where each currency's outbound payments clear (at submission) and then settle with the scheme.
 */
export const OUTBOUND_PAYMENT_ACCOUNTS: Readonly<Record<string, OutboundPaymentAccounts>> = {
  GBP: { clearing: GBP_OUTBOUND_CLEARING, settlement: SYSTEM_ACCOUNT_IDS.gbpSchemeSettlement },
};

/**
 * The clearing sub-account a payment credits, chosen by its id (a random UUID, so payments spread
 * evenly): the same payment always names the same one.
 */
export function clearingAccountFor(accounts: OutboundPaymentAccounts, paymentId: string): string {
  let hash = 0;
  for (let i = 0; i < paymentId.length; i += 1) hash = (hash * 31 + paymentId.charCodeAt(i)) >>> 0;
  return accounts.clearing[hash % accounts.clearing.length]!;
}
