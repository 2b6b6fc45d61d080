/**
 * UTF-8 both ways. Decoding is strict: a permalink whose text bytes are not valid UTF-8 was
 * damaged, and silently replacing bytes with U+FFFD would hand the user a different body.
 */

const encoder = new TextEncoder();
// `ignoreBOM`: a leading U+FEFF is part of the body text and must survive byte for byte.
const strictDecoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });

/** UTF-8 bytes of a string. Lone surrogates (not valid Unicode) become U+FFFD, as in every UTF-8 encoder. */
export function encodeUtf8(text: string): Uint8Array {
  return encoder.encode(text);
}

/** The text of UTF-8 bytes, or `null` when the bytes are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array): string | null {
  try {
    return strictDecoder.decode(bytes);
  } catch {
    return null;
  }
}
