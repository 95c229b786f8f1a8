import { randomUUID } from 'node:crypto';
import type { Knex } from 'knex';
import { insertPaymentOrder, type PaymentOrderKind } from '../../openbanking/index.ts';
import {
  type AccessToken,
  callApi,
  type RegisteredTpp,
  signMessage,
} from '../../examples/tpp-client.ts';
import type { ObApi } from '../../resource-server/validation/openapi-ajv.ts';
import { obResponseBody } from './ob-spec.ts';
import { assertSignedByBank } from './tpp.ts';

/** The v3.1 paths (under /pisp) and id member of each kind of payment order. */
export const PAYMENT_ORDER_API = {
  scheduled: {
    consents: '/domestic-scheduled-payment-consents',
    orders: '/domestic-scheduled-payments',
    id: 'DomesticScheduledPaymentId',
  },
  standing: {
    consents: '/domestic-standing-order-consents',
    orders: '/domestic-standing-orders',
    id: 'DomesticStandingOrderId',
  },
} as const;
export type PaymentOrderApiKind = keyof typeof PAYMENT_ORDER_API;

export interface PispAnswer {
  status: number;
  body: Record<string, any>;
  text: string;
}

/**
 * One payment initiation call on `version` (`path` under its /pisp/): a body is sent signed with
 * a fresh idempotency key; the answer is held to that version's official document at `template`
 * and the bank's signature on it verified.
 */
export async function pispCall(
  tpp: RegisteredTpp,
  version: 'v3.1' | 'v4.0',
  token: AccessToken,
  method: 'GET' | 'POST',
  path: string,
  template: string,
  body?: unknown,
): Promise<PispAnswer> {
  const text = body === undefined ? undefined : JSON.stringify(body);
  const headers: Record<string, string> = {};
  if (text !== undefined) {
    headers['x-idempotency-key'] = randomUUID();
    headers['x-jws-signature'] = await signMessage(tpp.signer, text);
  }
  const response = await callApi(
    tpp,
    token,
    method,
    `/open-banking/${version}/pisp${path}`,
    text,
    headers,
  );
  const answered = await response.text();
  const api: ObApi = version === 'v4.0' ? 'v4.0-payment-initiation' : 'payment-initiation';
  const parsed = await obResponseBody(api, method, template, {
    status: response.status,
    text: async () => answered,
  });
  if (answered !== '') await assertSignedByBank(tpp, response.headers, answered);
  return { status: response.status, body: parsed, text: answered };
}

/** The balance (minor units) of the account a payment consent pays from. */
export async function debtorBalance(knex: Knex, consentId: string): Promise<bigint> {
  const { rows } = await knex.raw<{ rows: { balance: string }[] }>(
    `SELECT a.balance_minor::text AS balance FROM openbanking.consents c
     JOIN ledger.accounts a ON a.id = c.debtor_account_id WHERE c.id = ?`,
    [consentId],
  );
  return BigInt(rows[0]!.balance);
}

/**
 * An order as the TPP's submission leaves it, without the HTTP steps: the customer's consent,
 * approved and consumed, paying from `accountId`, and the order on it, InitiationPending, its
 * first instalment due at `dueAt`.
 */
export async function insertSubmittedOrder(
  knex: Knex,
  order: {
    kind: PaymentOrderKind;
    clientId: string;
    customerId: string;
    accountId: string;
    initiation: Record<string, unknown>;
    dueAt: Date;
  },
): Promise<{ id: string; consentId: string }> {
  const consentId = `${order.kind === 'domestic-standing-order' ? 'sop' : 'sdp'}-${randomUUID()}`;
  const id = randomUUID();
  await knex.transaction(async (trx) => {
    await trx.raw(
      `INSERT INTO openbanking.consents (id, kind, client_id, status, initiation, risk, customer_id, debtor_account_id, authorised_at)
       VALUES (?, ?, ?, 'Consumed', ?::jsonb, '{}', ?, ?, now())`,
      [
        consentId,
        order.kind,
        order.clientId,
        JSON.stringify(order.initiation),
        order.customerId,
        order.accountId,
      ],
    );
    await insertPaymentOrder(trx, {
      id,
      kind: order.kind,
      consentId,
      clientId: order.clientId,
      initiation: order.initiation,
      debtorAccountId: order.accountId,
      firstDueAt: order.dueAt,
    });
  });
  return { id, consentId };
}
