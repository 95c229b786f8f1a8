/**
 * Converts an ECDSA signature from the JWS form (r||s, fixed width) to the form X.509, CMS and TLS
 * use (RFC 3279 section 2.2.3): DER `SEQUENCE { r INTEGER, s INTEGER }`.
 */
export function ecdsaRawToDer(signature: Uint8Array): Uint8Array {
  if (signature.length === 0 || signature.length % 2 !== 0) {
    throw new TypeError(
      `an r||s ECDSA signature has an even, non-zero length, got ${signature.length}`,
    );
  }
  const half = signature.length / 2;
  const body = Buffer.concat([
    derInteger(signature.subarray(0, half)),
    derInteger(signature.subarray(half)),
  ]);
  return new Uint8Array(Buffer.concat([Buffer.from([0x30]), derLength(body.length), body]));
}

/**
 * DER INTEGER of an unsigned big-endian value: minimal length, and positive (a 0x00 before a high
 * bit).
 */
function derInteger(unsigned: Uint8Array): Buffer {
  let start = 0;
  while (start < unsigned.length - 1 && unsigned[start] === 0) start++;
  const digits = unsigned.subarray(start);
  const value = digits[0]! & 0x80 ? Buffer.concat([Buffer.from([0]), digits]) : Buffer.from(digits);
  return Buffer.concat([Buffer.from([0x02]), derLength(value.length), value]);
}

function derLength(length: number): Buffer {
  if (length < 0x80) return Buffer.from([length]);
  if (length <= 0xff) return Buffer.from([0x81, length]);
  return Buffer.from([0x82, length >> 8, length & 0xff]);
}
