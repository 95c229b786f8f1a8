import type { TokenConsent } from '../../authz/index.ts';
import { coversDebit, getAccount, parseAmount, type JsonObject } from '../../ledger/index.ts';
import { findConsentInitiation } from '../../openbanking/index.ts';
import { selfLink, type ApiDeps } from '../api.ts';
import type { DomesticInitiation } from './domestic-payment.ts';

/**
 * OBWriteFundsConfirmationResponse1 for an Authorised payment consent (the guard proved it: this
 * client's, a domestic payment, Authorised, not expired): whether the debtor account covers the
 * instructed amount now, by the same rule as the funds-confirmation API (the ledger's coversDebit:
 * account enabled, overdraft honoured). Only the yes/no leaves the bank, never the balance.
 */
export async function fundsConfirmation(
  deps: Pick<ApiDeps, 'knex' | 'tppBaseUrl'>,
  consent: TokenConsent,
): Promise<JsonObject> {
  const { knex } = deps;
  // Authorisation of a payment consent always binds the paying account (consents_authorised).
  if (!consent.debtorAccountId)
    throw new Error(`authorised payment consent ${consent.id} has no debtor account`);
  const initiation = await findConsentInitiation<DomesticInitiation>(knex, consent.id);
  if (!initiation) throw new Error(`authorised payment consent ${consent.id} is gone`);
  const { Amount, Currency } = initiation.InstructedAmount;
  const account = await getAccount(knex, consent.debtorAccountId);
  if (!account)
    throw new Error(`payment consent ${consent.id} names an account the ledger does not hold`);
  const available =
    account.currency === Currency && coversDebit(account, parseAmount(Amount, Currency));
  return {
    Data: {
      FundsAvailableResult: {
        FundsAvailableDateTime: new Date().toISOString(),
        FundsAvailable: available,
      },
    },
    Links: {
      Self: selfLink(
        deps,
        `/pisp/domestic-payment-consents/${encodeURIComponent(consent.id)}/funds-confirmation`,
      ),
    },
    Meta: {},
  };
}
