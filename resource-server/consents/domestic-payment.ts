import { amountErrors, type CurrencyAndAmount } from '../validation/amount-rules.ts';
import { consentRoutes } from './consent-routes.ts';
import { type PaymentConsentRequest, paymentConsentSpec } from './payment-consent-spec.ts';

/** OBWriteDomesticConsent4, as its schema has already shaped it (the members the rules read). */
type DomesticPaymentRequest = PaymentConsentRequest<{ InstructedAmount: CurrencyAndAmount }>;

/**
 * OB Payment Initiation API: /pisp/domestic-payment-consents (OBWriteDomesticConsent4 ->
 * OBWriteDomesticConsentResponse5).
 */
export const domesticPaymentSpec = paymentConsentSpec<DomesticPaymentRequest>({
  kind: 'domestic-payment',
  path: '/pisp/domestic-payment-consents',
  idPrefix: 'pdc',
  kindRules: ({ Data: { Initiation } }) =>
    amountErrors(Initiation.InstructedAmount, 'Data.Initiation.InstructedAmount'),
});

export const domesticPaymentConsents = consentRoutes(domesticPaymentSpec);
