export { accountAccessConsents } from './account-access.ts';
export { domesticPaymentConsents } from './domestic-payment.ts';
export { fundsConfirmationConsents } from './funds-confirmation.ts';
export { describedConsents } from './described.ts';
