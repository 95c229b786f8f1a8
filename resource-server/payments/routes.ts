import { respond, type RouteGroup } from '../api.ts';
import { idempotencyKeyHeader } from '../consents/idempotency-key.ts';
import { ResourceConsentMismatch, ResourceNotFound } from '../errors.ts';
import { endpoint } from '../pipeline.ts';
import { messageSigning } from '../signing.ts';
import { guarded, guardedConsent, type ResourceContext } from '../state.ts';
import { obBody } from '../validation/request-body.ts';
import { findClientPayment, type PaymentRecord } from '../../openbanking/index.ts';
import {
  domesticPaymentResponse,
  paymentDetailsResponse,
  type DomesticPaymentRequest,
} from './domestic-payment.ts';
import { refundAccountOf } from './debtor-account.ts';
import { fundsConfirmation } from './funds-confirmation.ts';
import { submitDomesticPayment } from './submit-payment.ts';

/** A payment's id: what the bank hands out; anything else names no payment. */
export const PAYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$/;

/**
 * PISP domestic payments (OB v3.1.11 Payment Initiation): submission with idempotency and message
 * signing, the payment and its details, and funds confirmation on an authorised consent.
 */
export const domesticPayments: RouteGroup = (router, deps) => {
  const { signed, verified } = messageSigning(deps);

  // A Consumed consent passes the guard so that a retry of its payment replays the response; a
  // new payment on it is refused inside the payment transaction, which also counts the request.
  const submission = deps.guard({
    grant: 'authorization_code',
    scope: 'payments',
    consent: { statuses: ['Authorised', 'Consumed'] },
    meteredByHandler: true,
  });
  const submissionSteps = [
    ...signed,
    ...submission,
    idempotencyKeyHeader,
    obBody<DomesticPaymentRequest>(),
    verified,
  ] as const;
  router.post(
    '/pisp/domestic-payments',
    ...endpoint(submissionSteps, async (ctx) => {
      const { token } = guarded(ctx);
      const consent = guardedConsent(ctx);
      const { idempotencyKey, body } = ctx.state;
      if (body.value.Data.ConsentId !== consent.id) {
        throw new ResourceConsentMismatch(
          'Data.ConsentId is not the consent this access token was issued for',
          'Data.ConsentId',
        );
      }
      const response = await submitDomesticPayment(deps, {
        clientId: token.clientId,
        consentId: consent.id,
        idempotencyKey,
        rawBody: body.raw,
        request: body.value,
      });
      respond(ctx, 201, response);
    }),
  );

  router.get(
    '/pisp/domestic-payments/:DomesticPaymentId',
    ...signed,
    ...deps.guard({ grant: 'client_credentials', scope: 'payments' }),
    async (ctx) => {
      const payment = await findPayment(ctx);
      const refund = await refundAccountOf(deps.knex, payment.consent_id);
      respond(ctx, 200, domesticPaymentResponse(deps, payment, refund));
    },
  );

  router.get(
    '/pisp/domestic-payments/:DomesticPaymentId/payment-details',
    ...signed,
    ...deps.guard({ grant: 'client_credentials', scope: 'payments' }),
    async (ctx) => {
      respond(ctx, 200, paymentDetailsResponse(deps, await findPayment(ctx)));
    },
  );

  router.get(
    '/pisp/domestic-payment-consents/:ConsentId/funds-confirmation',
    ...signed,
    ...deps.guard({ grant: 'authorization_code', scope: 'payments' }),
    async (ctx) => {
      const consent = guardedConsent(ctx);
      if (ctx.params.ConsentId !== consent.id) {
        throw new ResourceConsentMismatch(
          'the access token was issued for another consent',
          'ConsentId',
        );
      }
      respond(ctx, 200, await fundsConfirmation(deps, consent));
    },
  );

  /** The caller's own payment; another TPP's is answered as unknown (OB "400 v/s 404"). */
  async function findPayment(
    ctx: ResourceContext & { params: Record<string, string> },
  ): Promise<PaymentRecord> {
    const { token } = guarded(ctx);
    const paymentId = ctx.params.DomesticPaymentId!;
    const row = PAYMENT_ID.test(paymentId)
      ? await findClientPayment(deps.knex, paymentId, token.clientId)
      : undefined;
    if (!row) throw new ResourceNotFound('domestic payment', 'DomesticPaymentId');
    return row;
  }
};
