import { readFileSync } from 'node:fs';
import { loadConsentUi, type ConsentUi } from '../../consent-ui/index.ts';

/** The bank's branding settings (BANK_NAME, BANK_COLOUR, BANK_LOGO_FILE). */
export interface BankBranding {
  readonly name: string;
  readonly colour: string | undefined;
  readonly logoFile: string | undefined;
}

/**
 * The templates in the bank's branding, read from disk once at start; sandbox hints only in the
 * sandbox.
 */
export function brandedConsentUi(bank: BankBranding, sandbox: boolean): ConsentUi {
  const logo = bank.logoFile && {
    body: readFileSync(bank.logoFile),
    type: bank.logoFile.toLowerCase().endsWith('.png')
      ? ('image/png' as const)
      : ('image/svg+xml' as const),
  };
  return loadConsentUi({ name: bank.name, colour: bank.colour, logo: logo || undefined, sandbox });
}
