import { randomInt } from 'node:crypto';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
/** The shape of the Open Banking Directory's organisation ids (e.g. 0015800001041REAAY). */
const ORG_ID_CHARS = 18;
/** The shape of the Open Banking Directory's software ids (e.g. 4ZcZJNfEK0T7sk1L2Jg8v5). */
const SOFTWARE_ID_CHARS = 22;

/**
 * Random identifiers in the directory's own alphabet (letters and digits only), so they are valid
 * as certificate subject attributes (`OU`, `CN`) and need no escaping in a DN or a URL.
 */
function randomBase62(length: number): string {
  let id = '';
  for (let i = 0; i < length; i += 1) id += BASE62[randomInt(BASE62.length)];
  return id;
}

export function newOrgId(): string {
  return randomBase62(ORG_ID_CHARS);
}

export function newSoftwareId(): string {
  return randomBase62(SOFTWARE_ID_CHARS);
}
