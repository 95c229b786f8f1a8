import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import {
  clientCredentials,
  createIntent,
  DOMESTIC_PAYMENTS_PATH,
  signMessage,
} from '../../examples/tpp-client.ts';
import { reconcileLedger, totalsByCurrency } from '../../ledger/index.ts';
import { ALICE, authorizeIntent, BOB, CAROL } from '../../test/support/customer-consent.ts';
import { domesticPaymentRequest } from '../../test/support/intent-requests.ts';
import { compare, type Side } from '../compare.ts';
import type { LoadRequest } from '../load.ts';
import { cyclingPool } from '../pool.ts';
import { dpopProof } from '../proofs.ts';
import { floorAccessToken, FLOOR_POOL_MAX } from './resource-load.ts';
import type { BenchContext, Workload } from './types.ts';

const CONNECTIONS = 16;
/** Small, so the sandbox customers' balances cover every payment of a run. */
const AMOUNT = '0.10';
/**
 * Consents are authorised one at a time per customer (TOTP), these three side by side, each
 * paying from their current and savings accounts in turn: six debtor accounts, as a bank's
 * payments come from many (every payment locks its debtor's row until it commits).
 */
const PAYERS = [ALICE, BOB, CAROL];

interface AuthorisedConsent {
  consentId: string;
  accessToken: string;
  request: string;
}

/**
 * The write path of issue 11: POST /domestic-payments, each on its own payment consent (a consent
 * pays once) with a fresh x-idempotency-key, the TPP's x-jws-signature and a DPoP proof, under
 * the consent's own authorization-code token. Every consent is authorised for real before the
 * timed runs: the TPP creates the intent, the customer approves it on the bank's pages, the code
 * is exchanged (test/support/customer-consent.ts `authorizeIntent`); that makes a few consents
 * per second, so each round pays a fixed number (`--payments`) rather than running for a time.
 * Access tokens live 10 minutes, which bounds how many one run can prepare. Signatures and proofs
 * are made just before each round (DPoP proofs are accepted for 60 s). The floor verifies the
 * same token, proof and message signature, signs its answer and moves money in one statement
 * (bench/floor/transfer.ts). The ledger is reconciled afterwards.
 */
export const payments: Workload = {
  name: 'payments',
  async run(context) {
    const connections = context.connections ?? CONNECTIONS;
    const count = context.payments;
    const preparing = performance.now();
    const consents = await authorisedConsents(context, count * context.rounds);
    const preparedS = (performance.now() - preparing) / 1000;
    const floorToken = await floorAccessToken(context, 'payments');

    const url = (origin: string) => `${origin}${DOMESTIC_PAYMENTS_PATH}`;
    const signed = async (
      origin: string,
      accessToken: string,
      body: string,
    ): Promise<LoadRequest> => ({
      method: 'POST',
      headers: {
        accept: 'application/json',
        'content-type': 'application/json',
        authorization: `DPoP ${accessToken}`,
        dpop: await dpopProof(context.client.dpop, {
          method: 'POST',
          url: url(origin),
          accessToken,
        }),
        'x-idempotency-key': randomUUID(),
        'x-jws-signature': await signMessage(context.client.signer, body),
      },
      body,
    });
    let round = 0;
    const platform: Side = async () => {
      const roundConsents = consents.slice(round * count, (round + 1) * count);
      round += 1;
      const requests = await Promise.all(
        roundConsents.map((consent) =>
          signed(context.urls.tpp, consent.accessToken, consent.request),
        ),
      );
      let next = 0;
      return {
        url: url(context.urls.tpp),
        expectStatus: 201,
        requestsMax: requests.length,
        pool: { next: async () => requests[next++]!, madeOnTheFly: 0 },
      };
    };
    const floor: Side = async () => ({
      url: url(context.floor.origin),
      expectStatus: 201,
      requestsMax: count,
      pool: await cyclingPool(Math.min(count, FLOOR_POOL_MAX), () =>
        signed(context.floor.origin, floorToken, consents[0]!.request),
      ),
    });

    const paymentsBefore = await countPayments(context);
    const comparison = await compare({
      platform: { target: context.platform, side: platform },
      floor: { target: context.floor, side: floor },
      connections,
      rounds: context.rounds,
      durationMs: context.durationMs,
      statements: context.statements,
    });
    const made = (await countPayments(context)) - paymentsBefore;
    return [
      {
        name: `POST domestic-payments, DPoP + JWS, ${count} per round, ${connections} conns`,
        comparison,
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

async function authorisedConsents(
  context: BenchContext,
  count: number,
): Promise<AuthorisedConsent[]> {
  const { registered } = context.client;
  const intentToken = await clientCredentials(registered, 'payments', true);
  const consents: AuthorisedConsent[] = [];
  let started = 0;
  const lane = async (payer: (typeof PAYERS)[number]) => {
    let authorised = 0;
    while (started < count) {
      started += 1;
      const intent = domesticPaymentRequest();
      intent.Data.Initiation.InstructedAmount.Amount = AMOUNT;
      intent.Data.Initiation.InstructionIdentification = `BENCH-${randomUUID().slice(0, 8)}`;
      // Payment intents are signed like payments (OB v3.1.11 requires x-jws-signature on both),
      // with a fresh x-idempotency-key.
      const created = await createIntent(registered, intentToken, 'domestic-payment', intent);
      const answer = (await created.json()) as { Data: { ConsentId: string } };
      assert.equal(created.status, 201, JSON.stringify(answer));
      const consentId = answer.Data.ConsentId;
      const token = await authorizeIntent(context, registered, consentId, {
        redirectUri: context.tpp.redirectUris[0]!,
        customer: payer,
        accounts: [(authorised++ % 2 === 0 ? payer.current : payer.savings).id],
      });
      consents.push({
        consentId,
        accessToken: token.access_token,
        request: JSON.stringify({
          Data: { ConsentId: consentId, Initiation: intent.Data.Initiation },
          Risk: intent.Risk,
        }),
      });
    }
  };
  await Promise.all(PAYERS.map(lane));
  return consents;
}

async function countPayments(context: BenchContext): Promise<number> {
  const [{ count }] = await context
    .knex('openbanking.payments')
    .count<{ count: string }[]>('* as count');
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
