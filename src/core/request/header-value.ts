/**
 * Why a header value cannot go on the wire as typed, or undefined when it can. A browser's
 * `fetch` throws on a value with NUL, CR or LF, or with a character above U+00FF, and sends
 * U+0080–U+00FF as single Latin-1 bytes where curl sends UTF-8; other control characters are
 * paste accidents. Saying so before sending beats the bare TypeError, which reads like a
 * network failure.
 * @example headerValueProblem("abc\r\n") // → 'a carriage return (U+000D) at character 4'
 */
export function headerValueProblem(value: string): string | undefined {
  let position = 0;
  for (const character of value) {
    position++;
    const code = character.codePointAt(0) ?? 0;
    if (code === 0x09 || (code >= 0x20 && code <= 0x7e)) continue;
    return `${describeCharacter(character, code)} at character ${position}`;
  }
  return undefined;
}

const namedControls: Readonly<Record<number, string>> = {
  0x00: "a NUL character",
  0x0a: "a line feed",
  0x0d: "a carriage return",
};

function describeCharacter(character: string, code: number): string {
  const unicode = `U+${code.toString(16).toUpperCase().padStart(4, "0")}`;
  const named = namedControls[code];
  if (named !== undefined) return `${named} (${unicode})`;
  if (code < 0x20 || (code >= 0x7f && code <= 0x9f)) return `a control character (${unicode})`;
  return `"${character}" (${unicode}), which is not plain ASCII`;
}
