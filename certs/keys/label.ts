/**
 * A label names a key in the HSM and, for the software provider, a file in the keystore, so it is
 * restricted to characters that can never form a path ("..", "/") or surprise a token's tooling.
 */
const LABEL_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export function assertKeyLabel(label: string): void {
  if (!LABEL_PATTERN.test(label)) {
    throw new TypeError(
      `invalid key label ${JSON.stringify(label)}: use 1-64 characters from A-Z a-z 0-9 . _ -, starting with a letter or digit`,
    );
  }
}
