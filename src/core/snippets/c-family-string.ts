import { escapeCodePoints, hex, isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

/**
 * `text` as a double-quoted Java or C# string literal on one line. The escapes are the ones both
 * languages share. Java translates `\uXXXX` *before* it reads the source, so `\u000A` or `\u0022`
 * would end the literal: newline, CR, tab, `"` and `\` always use their own escapes, and `\u` is
 * only written for the invisible characters, none of which is a line end, a quote or a backslash.
 * A lone surrogate becomes U+FFFD (Java's encoder would send `?`, C#'s U+FFFD; browsers U+FFFD).
 * C#'s `\x` (variable length) and octal escapes are never used.
 */
export function cFamilyString(text: string): string {
  const body = escapeCodePoints(text, (char, codePoint) => {
    if (char === "\\" || char === '"') return `\\${char}`;
    if (char === "\n") return "\\n";
    if (char === "\r") return "\\r";
    if (char === "\t") return "\\t";
    if (isLoneSurrogate(codePoint)) return "\\uFFFD";
    if (isInvisibleOrUnsafe(codePoint)) return `\\u${hex(codePoint, 4)}`;
    return undefined;
  });
  return `"${body}"`;
}

/** `text` cut after each newline: the pieces a multi-line literal writes one per source line. */
export function linesKeepingEnds(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 0 ? [""] : lines;
}
