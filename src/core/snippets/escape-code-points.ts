/**
 * Walks a string by code points and lets a language escape the ones it must, so that each
 * literal writer only states its own rules. Lone surrogates are passed as such (one unit).
 */
export function escapeCodePoints(text: string, escape: (char: string, codePoint: number) => string | undefined): string {
  let out = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    out += escape(char, codePoint) ?? char;
  }
  return out;
}

/**
 * Characters a snippet must not write raw even where the language would allow it: C0 controls
 * other than newline and tab, DEL, C1 controls, the line/paragraph separators and the BOM.
 * Editors, terminals and clipboards change or hide these; an escape keeps them visible and exact.
 */
export function isInvisibleOrUnsafe(codePoint: number): boolean {
  return (
    (codePoint < 0x20 && codePoint !== 0x0a && codePoint !== 0x09) ||
    (codePoint >= 0x7f && codePoint <= 0x9f) ||
    codePoint === 0x2028 ||
    codePoint === 0x2029 ||
    codePoint === 0xfeff
  );
}

export function isLoneSurrogate(codePoint: number): boolean {
  return codePoint >= 0xd800 && codePoint <= 0xdfff;
}

export function hex(codePoint: number, digits: number): string {
  return codePoint.toString(16).toUpperCase().padStart(digits, "0");
}
