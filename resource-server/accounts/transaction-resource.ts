import type { AccountEntry, JsonValue } from '../../ledger/index.ts';
import { signedAmount } from './balance-resource.ts';
import type { TransactionView } from './permissions.ts';

/**
 * OB Name_0 and MerchantName are at most 350 characters; the ledger's metadata is not bounded by
 * OB.
 */
const NAME_CHARS_MAX = 350;

/**
 * OBTransaction6 of one ledger entry: Basic always (booking time, amount, direction, reference,
 * the transfer's kind as a proprietary code); Detail adds the narrative, the balance after the
 * entry, the merchant and the counterparty's name (creditor of a debit, debtor of a credit).
 */
export function transactionResource(
  entry: AccountEntry,
  view: TransactionView,
): Record<string, unknown> {
  const { CreditDebitIndicator, Amount } = signedAmount(entry.amountMinor, entry.currency);
  const basic = {
    AccountId: entry.accountId,
    TransactionId: entry.entryId.toString(),
    TransactionReference: entry.reference,
    CreditDebitIndicator,
    Status: 'Booked',
    // Ledger transfers are immutable: a mistake is corrected by a reversing transfer.
    TransactionMutability: 'Immutable',
    BookingDateTime: entry.bookedAt.toISOString(),
    Amount,
    ProprietaryBankTransactionCode: { Code: entry.kind, Issuer: 'SandboxBank' },
  };
  if (!view.detail) return basic;
  const counterparty = name(member(entry.metadata.counterparty, 'name'));
  const merchant = entry.metadata.merchant;
  const merchantName = name(member(merchant, 'name'));
  const categoryCode = member(merchant, 'categoryCode');
  const balance = signedAmount(entry.balanceAfterMinor, entry.currency);
  return {
    ...basic,
    TransactionInformation: entry.reference,
    Balance: {
      CreditDebitIndicator: balance.CreditDebitIndicator,
      Type: 'InterimBooked',
      Amount: balance.Amount,
    },
    ...(merchantName && {
      MerchantDetails: {
        MerchantName: merchantName,
        ...(typeof categoryCode === 'string' &&
          /^\d{3,4}$/.test(categoryCode) && { MerchantCategoryCode: categoryCode }),
      },
    }),
    ...(counterparty &&
      (CreditDebitIndicator === 'Debit'
        ? { CreditorAccount: { Name: counterparty } }
        : { DebtorAccount: { Name: counterparty } })),
  };
}

/** Whether the consent's Credits/Debits permissions let the TPP see this entry. */
export function visible(entry: AccountEntry, view: TransactionView): boolean {
  return entry.amountMinor < 0n ? view.debits : view.credits;
}

function member(value: JsonValue | undefined, key: string): JsonValue | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  return (value as { readonly [key: string]: JsonValue })[key];
}

function name(value: JsonValue | undefined): string | undefined {
  return typeof value === 'string' && value.trim().length > 0
    ? value.slice(0, NAME_CHARS_MAX)
    : undefined;
}
