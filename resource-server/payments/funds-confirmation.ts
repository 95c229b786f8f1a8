import { getAccountBalance, parseAmount, type JsonObject } from '../../ledger/index.ts';
import { selfLink, type ApiDeps } from '../api.ts';
import { ResourceInvalidConsentStatus, ResourceNotFound } from '../errors.ts';
import type { DomesticInitiation } from './domestic-payment.ts';

interface ConsentRow {
  status: string;
  expired: boolean;
  initiation: DomesticInitiation;
  debtor_account_id: string | null;
}

/**
 * OBWriteFundsConfirmationResponse1 for an Authorised payment consent: whether the debtor account
 * covers the instructed amount now. Only the yes/no leaves the bank, never the balance.
 */
export async function fundsConfirmation(deps: Pick<ApiDeps, 'knex' | 'tppBaseUrl'>, clientId: string, consentId: string): Promise<JsonObject> {
  const { knex } = deps;
  const consent = await knex('openbanking.consents')
    .select<ConsentRow[]>('status', 'initiation', 'debtor_account_id', knex.raw('coalesce(expires_at <= now(), false) AS expired'))
    .where({ id: consentId, client_id: clientId, kind: 'domestic-payment' })
    .first();
  if (!consent) throw new ResourceNotFound('domestic payment consent', 'ConsentId');
  if (consent.status !== 'Authorised' || consent.expired || !consent.debtor_account_id) {
    throw new ResourceInvalidConsentStatus(`funds can be confirmed only for an Authorised consent; this one is ${consent.expired ? 'expired' : consent.status}`);
  }
  const { Amount, Currency } = consent.initiation.InstructedAmount;
  const balance = await getAccountBalance(knex, consent.debtor_account_id);
  const available = balance.currency === Currency && balance.balanceMinor >= parseAmount(Amount, Currency);
  return {
    Data: { FundsAvailableResult: { FundsAvailableDateTime: new Date().toISOString(), FundsAvailable: available } },
    Links: { Self: selfLink(deps, `/pisp/domestic-payment-consents/${encodeURIComponent(consentId)}/funds-confirmation`) },
    Meta: {},
  };
}
