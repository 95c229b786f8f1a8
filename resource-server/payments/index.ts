export { domesticPayments } from './routes.ts';
export { paymentOrders } from './payment-orders.ts';
