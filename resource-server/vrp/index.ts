export { domesticVrps } from './routes.ts';
export { vrpConsents } from './vrp-consents.ts';
