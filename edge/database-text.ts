/**
 * What PostgreSQL can hold of a JavaScript string. A `text` value cannot contain NUL (U+0000), and
 * `jsonb` refuses the `\u0000` escape and unpaired surrogate escapes, which is how JSON.stringify
 * writes those. Either reaches the database as an error (a 500 to whoever sent it), so values from
 * a request are held to this before they are used in a query: an identifier that fails it names
 * nothing that could exist, and a value to store is refused with the caller's own 400.
 */

/** A UTF-16 surrogate half without its partner: not a Unicode scalar value, so not UTF-8 either. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** True when PostgreSQL stores `value` as text (and in jsonb) exactly as given. */
export function isStorableText(value: string): boolean {
  return !value.includes('\u0000') && !LONE_SURROGATE.test(value);
}

/**
 * Where in a parsed JSON value the first string that is not storable text is: its path
 * (`Data.Initiation.Reference`, `Data.Permissions[0]`; for a member name, the object holding it,
 * `''` at the top level), or undefined when every string and member name is storable.
 */
export function unstorableTextPath(value: unknown, path = ''): string | undefined {
  if (typeof value === 'string') return isStorableText(value) ? undefined : path;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = unstorableTextPath(item, `${path}[${index}]`);
      if (found !== undefined) return found;
    }
    return undefined;
  }
  if (value === null || typeof value !== 'object') return undefined;
  for (const [name, member] of Object.entries(value)) {
    if (!isStorableText(name)) return path;
    const found = unstorableTextPath(member, path === '' ? name : `${path}.${name}`);
    if (found !== undefined) return found;
  }
  return undefined;
}
