import { escapeCodePoints, hex, isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

/**
 * `text` as a JavaScript template literal whose value is exactly `text`, keeping newlines as
 * real line breaks so a JSON body stays readable. Quoting the text, never re-serialising it.
 *
 * Escaped: `\`, backtick, `${`, and CR (as `\r`), which template literals would otherwise
 * normalise to LF (ECMA-262 §12.9.6 TV/TRV); invisible controls and lone surrogates as `\uXXXX`.
 * @example jsTemplateLiteral("a`${b}") // → `a\`\${b}`
 */
export function jsTemplateLiteral(text: string): string {
  const body = escapeCodePoints(text, (char, codePoint) => {
    if (char === "\\" || char === "`") return `\\${char}`;
    if (char === "\r") return "\\r";
    if (isInvisibleOrUnsafe(codePoint) || isLoneSurrogate(codePoint)) return `\\u${hex(codePoint, 4)}`;
    return undefined;
  });
  return `\`${body.replaceAll("${", "\\${")}\``;
}

/**
 * A one-line JavaScript string literal. `JSON.stringify` of a *string* is a valid JS string
 * literal (since ES2019 U+2028/U+2029 are allowed in strings, and lone surrogates are escaped).
 */
export function jsStringLiteral(text: string): string {
  return JSON.stringify(text);
}
