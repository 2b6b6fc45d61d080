import { escapeCodePoints, hex, isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

/** Whether Go's raw string (backquoted) can carry this character as written. */
function fitsRawString(char: string, codePoint: number): boolean {
  // A raw string cannot hold a backquote, and the compiler drops every CR inside one.
  return char !== "`" && char !== "\r" && !isInvisibleOrUnsafe(codePoint) && !isLoneSurrogate(codePoint);
}

/**
 * `text` as a one-line Go interpreted string literal ("…"). A lone surrogate cannot be in a Go
 * string (it is not a code point UTF-8 can carry): like browser and Node encoders, it becomes
 * U+FFFD. `\x` escapes are avoided: in Go they are raw bytes, not characters.
 */
export function goString(text: string): string {
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

/**
 * A Go expression whose value is exactly `text`, readable for JSON: backquoted raw strings (no
 * `\"` everywhere, newlines as real line breaks), with the characters a raw string cannot carry
 * (backquote, CR, invisible controls, lone surrogates) joined in as interpreted strings.
 * Raw strings also make the snippet immune to CRLF line endings: Go drops CR from them.
 * @example goStringExpression("a`b") // → `a` + "`" + `b`
 */
export function goStringExpression(text: string): string {
  if (text === "") return '""';
  const parts: string[] = [];
  let raw = "";
  let escaped = "";
  for (const char of text) {
    const codePoint = char.codePointAt(0) ?? 0;
    if (fitsRawString(char, codePoint)) {
      if (escaped !== "") parts.push(goString(escaped));
      escaped = "";
      raw += char;
    } else {
      if (raw !== "") parts.push(`\`${raw}\``);
      raw = "";
      escaped += char;
    }
  }
  if (raw !== "") parts.push(`\`${raw}\``);
  if (escaped !== "") parts.push(goString(escaped));
  return parts.join(" + ");
}
