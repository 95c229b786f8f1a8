export { domesticPayments } from './routes.ts';
