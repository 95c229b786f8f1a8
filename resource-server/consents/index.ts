export { accountAccessConsents } from './account-access.ts';
export { domesticPaymentConsents } from './domestic-payment.ts';
export {
  domesticScheduledPaymentConsents,
  domesticStandingOrderConsents,
} from './payment-orders.ts';
export { fundsConfirmationConsents } from './funds-confirmation.ts';
export { describedConsents } from './described.ts';
