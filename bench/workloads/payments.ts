import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { clientCredentials, createIntent, DOMESTIC_PAYMENTS_PATH, signMessage } from '../../examples/tpp-client.ts';
import { reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import { ALICE, authorizeIntent, BOB } from '../../test/support/customer-consent.ts';
import { domesticPaymentRequest } from '../../test/support/intent-requests.ts';
import { runLoad, type LoadRequest } from '../load.ts';
import { dpopProof } from '../proofs.ts';
import { positiveInteger } from '../settings.ts';
import type { BenchContext, Workload } from './types.ts';

const CONNECTIONS = 16;
/** Small, so the sandbox customers' balances cover every payment of a run. */
const AMOUNT = '0.10';
/** Consents are authorised one at a time per customer (TOTP), these two side by side. */
const PAYERS = [ALICE, BOB];
/** Bounds the timed run when the platform is slower than expected; it normally ends when every consent is paid. */
const RUN_MS_MAX = 120_000;

interface AuthorisedConsent {
  consentId: string;
  accessToken: string;
  request: string;
}

/**
 * Issue 5, the write path: POST /domestic-payments, each on its own payment consent (a consent
 * pays once) with a fresh x-idempotency-key, the TPP's x-jws-signature and a DPoP proof, under
 * the consent's own authorization-code token. Every consent is authorised for real before the
 * timed run: the TPP creates the intent, the customer approves it on the bank's pages, the code
 * is exchanged (test/support/customer-consent.ts `authorizeIntent`); that makes a few consents
 * per second (one flow at a time per customer), so the count is `BENCH_PAYMENTS` (default 300) rather than what 500/s for the whole
 * duration would use. Access tokens live 10 minutes, which bounds how many one run can prepare.
 * Signatures and proofs are made after all consents are ready (DPoP proofs are accepted for
 * 60 s), then the timed run pays them all. The ledger is reconciled afterwards.
 */
export const payments: Workload = {
  name: 'payments',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const count = positiveInteger('BENCH_PAYMENTS', 300);
    const preparing = performance.now();
    const consents = await authorisedConsents(context, count);
    const preparedS = (performance.now() - preparing) / 1000;

    const url = `${context.urls.tpp}${DOMESTIC_PAYMENTS_PATH}`;
    const requests: LoadRequest[] = [];
    for (const consent of consents) {
      requests.push({
        method: 'POST',
        headers: {
          accept: 'application/json',
          'content-type': 'application/json',
          authorization: `DPoP ${consent.accessToken}`,
          dpop: await dpopProof(context.client.dpop, { method: 'POST', url, accessToken: consent.accessToken }),
          'x-idempotency-key': randomUUID(),
          'x-jws-signature': await signMessage(context.client.signer, consent.request),
        },
        body: consent.request,
      });
    }
    const paymentsBefore = await countPayments(context);
    let next = 0;
    const result = await runLoad({
      url,
      agent: context.tppAgent,
      cpu: context.cpu,
      connections,
      durationMs: RUN_MS_MAX,
      requestsMax: requests.length,
      expectStatus: 201,
      request: async () => requests[next++]!,
    });
    const made = (await countPayments(context)) - paymentsBefore;
    return [
      {
        name: `POST domestic-payments, DPoP + JWS, ${connections} conns`,
        result,
        goal: { perSecondMin: 500 },
        notes: [
          `prepared ${consents.length} authorised payment consents in ${preparedS.toFixed(1)} s (${(consents.length / preparedS).toFixed(1)}/s, not timed)`,
          `payments recorded: ${made} of ${consents.length}`,
          await ledgerCheck(context),
        ],
      },
    ];
  },
};

async function authorisedConsents(context: BenchContext, count: number): Promise<AuthorisedConsent[]> {
  const { registered } = context.client;
  const intentToken = await clientCredentials(registered, 'payments', true);
  const consents: AuthorisedConsent[] = [];
  let started = 0;
  const lane = async (payer: (typeof PAYERS)[number]) => {
    while (started < count) {
      started += 1;
      const intent = domesticPaymentRequest();
      intent.Data.Initiation.InstructedAmount.Amount = AMOUNT;
      intent.Data.Initiation.InstructionIdentification = `BENCH-${randomUUID().slice(0, 8)}`;
      // Payment intents are signed like payments (OB v3.1.11 requires x-jws-signature on both), with a fresh x-idempotency-key.
      const created = await createIntent(registered, intentToken, 'domestic-payment', intent);
      const answer = (await created.json()) as { Data: { ConsentId: string } };
      assert.equal(created.status, 201, JSON.stringify(answer));
      const consentId = answer.Data.ConsentId;
      const token = await authorizeIntent(context, registered, consentId, { redirectUri: context.tpp.redirectUris[0]!, customer: payer, accounts: 'first' });
      consents.push({
        consentId,
        accessToken: token.access_token,
        request: JSON.stringify({ Data: { ConsentId: consentId, Initiation: intent.Data.Initiation }, Risk: intent.Risk }),
      });
    }
  };
  await Promise.all(PAYERS.map(lane));
  return consents;
}

async function countPayments(context: BenchContext): Promise<number> {
  const [{ count }] = await context.knex('openbanking.payments').count<{ count: string }[]>('* as count');
  return Number(count);
}

/** After the run: every currency sums to zero and every account and transfer reconciles. */
async function ledgerCheck(context: BenchContext): Promise<string> {
  const totals = [...(await totalsByCurrency(context.knex))];
  const reconciliation = await reconcileLedger(context.knex);
  const balanced = totals.every(([, total]) => total === 0n);
  const summary = `ledger: ${reconciliation.transfers} transfers, totals ${totals.map(([currency, total]) => `${currency} ${total}`).join(', ')}`;
  if (balanced && reconciliation.ok) return `${summary}; reconciles`;
  return `${summary}; DOES NOT RECONCILE: accounts ${reconciliation.accountsOutOfBalance.join(', ') || 'none'}, transfers ${reconciliation.unbalancedTransfers.join(', ') || 'none'}`;
}
