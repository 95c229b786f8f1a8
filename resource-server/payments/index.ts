export { domesticPayments } from './routes.ts';
export { paymentOrders } from './payment-orders.ts';
export { ACCEPT_EVERY_PAYMENT } from './screening.ts';
export type { PaymentScreening, ScreeningDecision } from './screening.ts';
