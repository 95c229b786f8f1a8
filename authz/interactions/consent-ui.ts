import { loadConsentUi, type ConsentUi } from '../../consent-ui/index.ts';

let loaded: ConsentUi | undefined;

/** The templates, read from disk once per process and shared by the routes and the provider's error page. */
export function consentUi(): ConsentUi {
  loaded ??= loadConsentUi();
  return loaded;
}
