import { respond, selfLink, type RouteGroup } from '../api.ts';
import { ResourceConsentMismatch, throwIfAny } from '../errors.ts';
import { endpoint } from '../pipeline.ts';
import { guardedConsent } from '../state.ts';
import { amountErrors, type CurrencyAndAmount } from '../validation/amount-rules.ts';
import { obBody } from '../validation/request-body.ts';
import { confirmFunds } from './confirm-funds.ts';

/** OBFundsConfirmation1, as its schema has already shaped it. */
interface FundsConfirmationRequest {
  Data: {
    ConsentId: string;
    Reference: string;
    InstructedAmount: CurrencyAndAmount;
  };
}

/**
 * OB v3.1 Confirmation of Funds: a card-based payment instrument issuer (CBPII) asks whether the
 * customer's account covers an amount, with the authorization-code token of the customer's
 * funds-confirmation consent. The guard has proven the consent is this TPP's, Authorised and not
 * expired (else 401); the answer is FundsAvailable, never the balance.
 */
export const fundsConfirmations: RouteGroup = (router, deps) => {
  const steps = [
    ...deps.guard({ grant: 'authorization_code', scope: 'fundsconfirmations' }),
    obBody<FundsConfirmationRequest>(),
  ] as const;

  router.post(
    '/cbpii/funds-confirmations',
    ...endpoint(steps, async (ctx) => {
      const consent = guardedConsent(ctx);
      const { value } = ctx.state.body;
      const { ConsentId, Reference, InstructedAmount } = value.Data;
      if (ConsentId !== consent.id) {
        throw new ResourceConsentMismatch(
          'Data.ConsentId is not the consent this access token was issued for',
          'Data.ConsentId',
        );
      }
      throwIfAny(amountErrors(InstructedAmount, 'Data.InstructedAmount'));
      const check = await confirmFunds(deps.knex, consent, InstructedAmount);
      deps.logger.info(
        {
          interactionId: ctx.state.interactionId,
          consentId: consent.id,
          fundsConfirmationId: check.fundsConfirmationId,
          fundsAvailable: check.fundsAvailable,
        },
        'funds confirmed',
      );
      respond(ctx, 201, {
        Data: {
          FundsConfirmationId: check.fundsConfirmationId,
          ConsentId,
          CreationDateTime: check.createdAt.toISOString(),
          FundsAvailable: check.fundsAvailable,
          Reference,
          InstructedAmount,
        },
        // The OB document's own example: the check's URL, though the API defines no GET for it.
        Links: { Self: selfLink(deps, `/cbpii/funds-confirmations/${check.fundsConfirmationId}`) },
        Meta: {},
      });
    }),
  );
};
