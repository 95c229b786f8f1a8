import { amountErrors, type CurrencyAndAmount } from '../validation/amount-rules.ts';
import { futureDateTimeError } from '../validation/date-rules.ts';
import { consentRoutes } from './consent-routes.ts';
import { type PaymentConsentRequest, paymentConsentSpec } from './payment-consent-spec.ts';
import { type StandingOrderSchedule, standingOrderErrors } from './payment-order-rules.ts';

/**
 * The payment consents of payment orders, which the bank pays later on their dates: domestic
 * scheduled payments and standing orders. Their responses carry `Permission: Create`, the only
 * permission OB v3.1 defines for them.
 */

type ScheduledRequest = PaymentConsentRequest<{
  RequestedExecutionDateTime: string;
  InstructedAmount: CurrencyAndAmount;
}>;
type StandingOrderRequest = PaymentConsentRequest<StandingOrderSchedule>;

/**
 * /pisp/domestic-scheduled-payment-consents (OBWriteDomesticScheduledConsent4 ->
 * OBWriteDomesticScheduledConsentResponse5): one payment on RequestedExecutionDateTime, which
 * must be in the future (UK.OBIE.Field.InvalidDate otherwise).
 */
export const domesticScheduledPaymentSpec = paymentConsentSpec<ScheduledRequest>({
  kind: 'domestic-scheduled-payment',
  path: '/pisp/domestic-scheduled-payment-consents',
  idPrefix: 'sdc',
  kindRules: ({ Data: { Initiation } }, now) => [
    ...amountErrors(Initiation.InstructedAmount, 'Data.Initiation.InstructedAmount'),
    futureDateTimeError(
      Initiation.RequestedExecutionDateTime,
      'Data.Initiation.RequestedExecutionDateTime',
      now,
    ),
  ],
  // The bank pays at the requested time (events/tasks/execute-payment-orders.ts).
  leading: (initiation) => ({
    Permission: 'Create',
    ExpectedExecutionDateTime: initiation.RequestedExecutionDateTime,
  }),
});

/**
 * /pisp/domestic-standing-order-consents (OBWriteDomesticStandingOrderConsent5 ->
 * OBWriteDomesticStandingOrderConsentResponse6).
 */
export const domesticStandingOrderSpec = paymentConsentSpec<StandingOrderRequest>({
  kind: 'domestic-standing-order',
  path: '/pisp/domestic-standing-order-consents',
  idPrefix: 'soc',
  kindRules: ({ Data: { Initiation } }, now) => standingOrderErrors(Initiation, now),
  leading: () => ({ Permission: 'Create' }),
});

export const domesticScheduledPaymentConsents = consentRoutes(domesticScheduledPaymentSpec);
export const domesticStandingOrderConsents = consentRoutes(domesticStandingOrderSpec);
