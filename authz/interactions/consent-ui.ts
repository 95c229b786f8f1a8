import { readFileSync } from 'node:fs';
import { loadConsentUi, type ConsentUi } from '../../consent-ui/index.ts';
import type { BankBranding } from '../../platform/config.ts';

/** The templates in the bank's branding, read from disk once at start; sandbox hints only in the sandbox. */
export function brandedConsentUi(bank: BankBranding, sandbox: boolean): ConsentUi {
  const logo = bank.logoFile && { body: readFileSync(bank.logoFile), type: bank.logoFile.toLowerCase().endsWith('.png') ? ('image/png' as const) : ('image/svg+xml' as const) };
  return loadConsentUi({ name: bank.name, colour: bank.colour, logo: logo || undefined, sandbox });
}
