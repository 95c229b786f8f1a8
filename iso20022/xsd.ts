import { readFile } from 'node:fs/promises';
import { validateXML } from 'xmllint-wasm';
import { InvalidIsoMessageError } from './errors.ts';

/**
 * The ISO 20022 messages this platform writes or reads, each with its official schema in schemas/.
 */
export const CREDIT_TRANSFER = 'pacs.008.001.09';
export const STATUS_REPORT = 'pacs.002.001.11';
export type MessageName = typeof CREDIT_TRANSFER | typeof STATUS_REPORT;

export function namespaceOf(name: MessageName): string {
  return `urn:iso:std:iso:20022:tech:xsd:${name}`;
}

const schemas = new Map<MessageName, Promise<string>>();

function schema(name: MessageName): Promise<string> {
  let text = schemas.get(name);
  if (!text) {
    text = readFile(new URL(`./schemas/${name}.xsd`, import.meta.url), 'utf8');
    schemas.set(name, text);
  }
  return text;
}

/** Libxml2's errors are long; a refusal names the first few, enough to find the element. */
const ERRORS_SHOWN = 5;

/**
 * Validates `xml` against the official XSD of `name` with libxml2 (xmllint, in WebAssembly), so
 * what leaves the bank and what it accepts back are the standard's messages, not look-alikes.
 */
export async function validateMessage(name: MessageName, xml: string): Promise<void> {
  const result = await validateXML({
    xml: { fileName: 'message.xml', contents: xml },
    schema: { fileName: `${name}.xsd`, contents: await schema(name) },
  });
  if (!result.valid) {
    const problems = result.errors.slice(0, ERRORS_SHOWN).map((error) => error.message.trim());
    throw new InvalidIsoMessageError(name, problems);
  }
}
