export { fundsConfirmations } from './routes.ts';
