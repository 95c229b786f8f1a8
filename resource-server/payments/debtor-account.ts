import type { Knex } from 'knex';
import { getAccount, type JsonObject } from '../../ledger/index.ts';
import { refundAccountIdOf } from '../../openbanking/index.ts';

/**
 * OBCashAccountDebtorWithName of the account the customer chose to pay from: its sort code and
 * account number, which the TPP may see once the customer approved. Undefined before approval, or
 * for an account without them (a card account pays nothing through VRP: it is identified by PAN).
 */
export async function debtorAccountOf(
  knex: Knex,
  accountId: string | null | undefined,
): Promise<JsonObject | undefined> {
  if (!accountId) return undefined;
  const account = await getAccount(knex, accountId);
  if (!account?.sortCode || !account.accountNumber) return undefined;
  return {
    SchemeName: 'UK.OBIE.SortCodeAccountNumber',
    Identification: `${account.sortCode}${account.accountNumber}`,
    Name: account.name,
  };
}

/**
 * OB Refund's account for a payment on a consent being spent: the account it pays from, when the
 * consent's ReadRefundAccount is Yes; undefined otherwise (the responses then carry no Refund).
 */
export async function refundAccount(
  knex: Knex,
  readRefundAccount: 'Yes' | 'No' | null,
  debtorAccountId: string,
): Promise<JsonObject | undefined> {
  return readRefundAccount === 'Yes' ? debtorAccountOf(knex, debtorAccountId) : undefined;
}

/** refundAccount for a payment read later, by its consent's id. */
export async function refundAccountOf(
  knex: Knex,
  consentId: string,
): Promise<JsonObject | undefined> {
  return debtorAccountOf(knex, await refundAccountIdOf(knex, consentId));
}
