import { findClientVrp, type VrpPaymentRecord } from '../../openbanking/index.ts';
import { respond, selfLink, type RouteGroup } from '../api.ts';
import { idempotencyKeyHeader } from '../consents/idempotency-key.ts';
import { ResourceConsentMismatch, ResourceNotFound, throwIfAny } from '../errors.ts';
import { confirmFunds } from '../funds-confirmation/confirm-funds.ts';
import { endpoint } from '../pipeline.ts';
import { messageSigning } from '../signing.ts';
import { guarded, guardedConsent, type ResourceContext } from '../state.ts';
import { accountIdentificationErrors } from '../validation/account-identification.ts';
import { amountErrors, type CurrencyAndAmount } from '../validation/amount-rules.ts';
import { obBody } from '../validation/request-body.ts';
import { refundAccountOf } from '../payments/debtor-account.ts';
import { submitVrp } from './submit-vrp.ts';
import { VRPS_PATH, vrpDetailsResponse, vrpResponse, type VrpRequest } from './vrp-payment.ts';

/** OBVRPFundsConfirmationRequest, as its schema has already shaped it. */
interface VrpFundsConfirmationRequest {
  Data: { ConsentId: string; Reference?: string; InstructedAmount: CurrencyAndAmount };
}

/** A payment's id: what the bank hands out; anything else names no payment. */
const PAYMENT_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,39}$/;

/**
 * OB v3.1.11 domestic VRP: payments on an authorised VRP consent and funds confirmation on it,
 * both with the authorization-code token of the consent the customer approved once (the OB VRP
 * profile: the TPP pays without the customer, with that token); the payment and its details with
 * a client-credentials token. The consent endpoints are vrp-consents.ts.
 */
export const domesticVrps: RouteGroup = (router, deps) => {
  const { signed, verified } = messageSigning(deps);
  const onConsent = (ctx: ResourceContext, consentId: string, path: string) => {
    const consent = guardedConsent(ctx);
    if (consent.kind !== 'domestic-vrp' || consentId !== consent.id)
      throw new ResourceConsentMismatch(
        `${path} is not the VRP consent this access token was issued for`,
        path,
      );
    return consent;
  };

  const submission = deps.guard({
    grant: 'authorization_code',
    scope: 'payments',
    meteredByHandler: true,
  });
  const submissionSteps = [
    ...signed,
    ...submission,
    idempotencyKeyHeader,
    obBody<VrpRequest>(),
    verified,
  ] as const;
  router.post(
    VRPS_PATH,
    ...endpoint(submissionSteps, async (ctx) => {
      const { token } = guarded(ctx);
      const { idempotencyKey, body } = ctx.state;
      const { Instruction } = body.value.Data;
      const consent = onConsent(ctx, body.value.Data.ConsentId, 'Data.ConsentId');
      throwIfAny([
        ...amountErrors(Instruction.InstructedAmount, 'Data.Instruction.InstructedAmount'),
        ...accountIdentificationErrors(
          Instruction.CreditorAccount,
          'Data.Instruction.CreditorAccount',
        ),
      ]);
      const response = await submitVrp(deps, {
        clientId: token.clientId,
        consentId: consent.id,
        idempotencyKey,
        rawBody: body.raw,
        request: body.value,
      });
      respond(ctx, 201, response);
    }),
  );

  const clientCredentials = [
    ...signed,
    ...deps.guard({ grant: 'client_credentials', scope: 'payments' }),
  ];
  router.get(`${VRPS_PATH}/:DomesticVRPId`, ...clientCredentials, async (ctx) => {
    const row = await findVrp(ctx);
    respond(
      ctx,
      200,
      vrpResponse(deps, {
        payment: row,
        consentInitiation: row.consent_initiation,
        risk: row.risk,
        refund: await refundAccountOf(deps.knex, row.consent_id),
      }),
    );
  });
  router.get(`${VRPS_PATH}/:DomesticVRPId/payment-details`, ...clientCredentials, async (ctx) => {
    respond(ctx, 200, vrpDetailsResponse(deps, await findVrp(ctx)));
  });

  // Funds confirmation with the consent's authorization-code token, against the consent's debtor
  // account by the one funds rule (funds-confirmation/confirm-funds.ts): only the yes/no leaves.
  const fundsSteps = [
    ...signed,
    ...deps.guard({ grant: 'authorization_code', scope: 'payments' }),
    obBody<VrpFundsConfirmationRequest>(),
    verified,
  ] as const;
  router.post(
    '/pisp/domestic-vrp-consents/:ConsentId/funds-confirmation',
    ...endpoint(fundsSteps, async (ctx) => {
      const { Data } = ctx.state.body.value;
      const consent = onConsent(ctx, ctx.params.ConsentId!, 'ConsentId');
      if (Data.ConsentId !== consent.id)
        throw new ResourceConsentMismatch(
          'Data.ConsentId is not the consent of the path',
          'Data.ConsentId',
        );
      throwIfAny(amountErrors(Data.InstructedAmount, 'Data.InstructedAmount'));
      const check = await confirmFunds(deps.knex, consent, Data.InstructedAmount);
      respond(ctx, 201, {
        Data: {
          FundsConfirmationId: check.fundsConfirmationId,
          ConsentId: consent.id,
          CreationDateTime: check.createdAt.toISOString(),
          ...(Data.Reference !== undefined && { Reference: Data.Reference }),
          FundsAvailableResult: {
            FundsAvailableDateTime: check.createdAt.toISOString(),
            FundsAvailable: check.fundsAvailable ? 'Available' : 'NotAvailable',
          },
          InstructedAmount: Data.InstructedAmount,
        },
        Links: {
          Self: selfLink(
            deps,
            `/pisp/domestic-vrp-consents/${encodeURIComponent(consent.id)}/funds-confirmation`,
          ),
        },
        Meta: {},
      });
    }),
  );

  /** The caller's own VRP payment; another TPP's is answered as unknown (OB "400 v/s 404"). */
  async function findVrp(
    ctx: ResourceContext & { params: Record<string, string> },
  ): Promise<VrpPaymentRecord> {
    const { token } = guarded(ctx);
    const paymentId = ctx.params.DomesticVRPId!;
    const row = PAYMENT_ID.test(paymentId)
      ? await findClientVrp(deps.knex, paymentId, token.clientId)
      : undefined;
    if (!row) throw new ResourceNotFound('domestic VRP', 'DomesticVRPId');
    return row;
  }
};
