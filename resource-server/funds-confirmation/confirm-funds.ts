import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { coversDebit, getAccount, parseAmount } from '../../ledger/index.ts';
import type { TokenConsent } from '../../authz/index.ts';
import { UnsupportedCurrency } from '../errors.ts';
import type { CurrencyAndAmount } from '../validation/amount-rules.ts';

export interface FundsCheck {
  readonly fundsConfirmationId: string;
  readonly fundsAvailable: boolean;
  readonly createdAt: Date;
}

/**
 * Whether the consent's account could pay `amount` now (the ledger's coversDebit, as a payment
 * consent's funds confirmation answers too). Only the yes/no leaves the bank.
 * `amount` has passed amountErrors (supported currency, valid precision, above zero).
 */
export async function confirmFunds(
  knex: Knex,
  consent: TokenConsent,
  amount: CurrencyAndAmount,
): Promise<FundsCheck> {
  // Authorisation of a funds-confirmation consent always binds the checked account
  // (consents_authorised).
  if (!consent.debtorAccountId)
    throw new Error(`authorised funds-confirmation consent ${consent.id} has no debtor account`);
  const account = await getAccount(knex, consent.debtorAccountId);
  if (!account)
    throw new Error(
      `funds-confirmation consent ${consent.id} names an account the ledger does not hold`,
    );
  if (account.currency !== amount.Currency) {
    throw new UnsupportedCurrency(
      `the consent's account is held in ${account.currency}; funds can be confirmed in ${account.currency} only`,
      'Data.InstructedAmount.Currency',
    );
  }
  return {
    fundsConfirmationId: randomUUID(),
    fundsAvailable: coversDebit(account, parseAmount(amount.Amount, amount.Currency)),
    createdAt: new Date(),
  };
}
