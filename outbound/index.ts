export { checkCallbackUrl, checkedLookup, OutboundRefused } from './address-rules.ts';
