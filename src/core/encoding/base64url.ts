/**
 * base64url (RFC 4648 §5) without padding: the alphabet survives URLs, chat tools and
 * `location.hash` without percent-encoding. Written out rather than via `btoa`, which works on
 * "binary strings" and would need a byte-per-char detour for large payloads.
 */

const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

const valueOfCode = new Int8Array(128).fill(-1);
for (let i = 0; i < alphabet.length; i++) valueOfCode[alphabet.charCodeAt(i)] = i;

export function encodeBase64Url(bytes: Uint8Array): string {
  const parts: string[] = [];
  let chunk = "";
  for (let i = 0; i < bytes.length; i += 3) {
    const b0 = bytes[i] ?? 0;
    const b1 = bytes[i + 1] ?? 0;
    const b2 = bytes[i + 2] ?? 0;
    const left = bytes.length - i;
    chunk += alphabet[b0 >> 2]! + alphabet[((b0 & 3) << 4) | (b1 >> 4)]!;
    if (left > 1) chunk += alphabet[((b1 & 15) << 2) | (b2 >> 6)]!;
    if (left > 2) chunk += alphabet[b2 & 63]!;
    // Flush now and then: one huge `+=` string is fine, but joining parts keeps it linear everywhere.
    if (chunk.length >= 8192) {
      parts.push(chunk);
      chunk = "";
    }
  }
  parts.push(chunk);
  return parts.join("");
}

type Base64Result =
  | { readonly ok: true; readonly bytes: Uint8Array }
  /** `position` of the first character outside the alphabet, or -1 when the length is impossible. */
  | { readonly ok: false; readonly position: number };

/**
 * Decodes unpadded base64url. Unused low bits of the last character are ignored (a link cut
 * at any character still reaches the decompressor, which then reports it as truncated).
 */
export function decodeBase64Url(text: string): Base64Result {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 128 || valueOfCode[code] === -1) return { ok: false, position: i };
  }
  // A single leftover character carries only 6 bits: no whole byte can come from it.
  if (text.length % 4 === 1) return { ok: false, position: -1 };
  const bytes = new Uint8Array(Math.floor((text.length * 3) / 4));
  let out = 0;
  for (let i = 0; i < text.length; i += 4) {
    const v0 = valueOfCode[text.charCodeAt(i)]!;
    const v1 = valueOfCode[text.charCodeAt(i + 1)]!;
    const v2 = i + 2 < text.length ? valueOfCode[text.charCodeAt(i + 2)]! : 0;
    const v3 = i + 3 < text.length ? valueOfCode[text.charCodeAt(i + 3)]! : 0;
    bytes[out++] = (v0 << 2) | (v1 >> 4);
    if (i + 2 < text.length) bytes[out++] = ((v1 & 15) << 4) | (v2 >> 2);
    if (i + 3 < text.length) bytes[out++] = ((v2 & 3) << 6) | v3;
  }
  return { ok: true, bytes };
}
