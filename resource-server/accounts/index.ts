export { accountInformation } from './routes.ts';
export { TRANSACTIONS_PAGE_SIZE } from './transaction-pages.ts';
