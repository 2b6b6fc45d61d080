import { hex, isInvisibleOrUnsafe } from "./escape-code-points";

/** PowerShell treats the typographic single quotes as `'` too, and each is escaped by doubling. */
const singleQuoteChars = /['\u2018\u2019\u201A\u201B]/g;

/** `text` as a verbatim single-quoted PowerShell string (may span lines). */
export function powershellSingleQuoted(text: string): string {
  return `'${text.replace(singleQuoteChars, "$&$&")}'`;
}

/**
 * A PowerShell expression whose value is exactly `text`: verbatim single-quoted pieces, with the
 * characters a script file cannot be trusted to carry (CR, other controls, separators, BOM)
 * joined in as `[char]0x..`. It always starts with a string, so every `+` concatenates text.
 * @example powershellStringExpression("a\rb") // → 'a' + [char]0x0D + 'b'
 */
export function powershellStringExpression(text: string): string {
  const parts: string[] = [];
  let literal = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (!isInvisibleOrUnsafe(codePoint)) {
      literal += char;
      continue;
    }
    if (literal !== "" || parts.length === 0) parts.push(powershellSingleQuoted(literal));
    parts.push(`[char]0x${hex(codePoint, 2)}`);
    literal = "";
  }
  if (literal !== "" || parts.length === 0) parts.push(powershellSingleQuoted(literal));
  return parts.join(" + ");
}
