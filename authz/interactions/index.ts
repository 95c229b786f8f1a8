export { interactionRoutes } from './routes.ts';
export type { InteractionDeps } from './routes.ts';
export { authorizationErrorPage } from './provider-error-page.ts';
export { brandedConsentUi } from './consent-ui.ts';
export { SCA_AMR } from './interaction-routes.ts';
export {
  ACCOUNT_ACCESS_CONSENT_TYPE,
  DOMESTIC_PAYMENT_CONSENT_TYPE,
  INTENT_AUTHORIZATION_DETAILS_TYPES,
  INTENT_ID_CLAIM,
  intentFromParams,
} from './intent.ts';
export type { IntentAuthorizationDetailsType, IntentReference } from './intent.ts';
