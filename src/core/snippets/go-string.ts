import { cFamilyString } from "./c-family-string";
import { isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

/** Whether Go's raw string (backquoted) can carry this character as written. */
function fitsRawString(char: string, codePoint: number): boolean {
  // A raw string cannot hold a backquote, and the compiler drops every CR inside one.
  return char !== "`" && char !== "\r" && !isInvisibleOrUnsafe(codePoint) && !isLoneSurrogate(codePoint);
}

/**
 * `text` as a one-line Go interpreted string literal ("…"). Go reads the same escapes Java and C#
 * share (`\\`, `\"`, `\n`, `\r`, `\t`, `\uXXXX`), so it is their literal: a lone surrogate becomes
 * U+FFFD (not a code point UTF-8 can carry), and `\x` (raw bytes in Go) is never written.
 */
export function goString(text: string): string {
  return cFamilyString(text);
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
