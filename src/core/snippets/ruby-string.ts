import { escapeCodePoints, hex, isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

function fitsVerbatim(char: string, codePoint: number): boolean {
  return char !== "\r" && !isInvisibleOrUnsafe(codePoint) && !isLoneSurrogate(codePoint);
}

/**
 * A Ruby double-quoted string whose value is exactly `text`. `#` is always escaped (`#{`, `#$`
 * and `#@` interpolate), and so are `\` and `"`; CR and invisible characters use `\u{…}`-style
 * escapes (Ruby stops reading a script at a raw NUL, ^D or ^Z). A lone surrogate, which Ruby
 * rejects in a literal, becomes U+FFFD.
 */
export function rubyString(text: string, keepNewlines = false): string {
  const body = escapeCodePoints(text, (char, codePoint) => {
    if (char === "\\" || char === '"' || char === "#") return `\\${char}`;
    if (char === "\n") return keepNewlines ? undefined : "\\n";
    if (char === "\t") return keepNewlines ? undefined : "\\t";
    if (char === "\r") return "\\r";
    if (isLoneSurrogate(codePoint)) return "\\uFFFD";
    if (isInvisibleOrUnsafe(codePoint)) return `\\u${hex(codePoint, 4)}`;
    return undefined;
  });
  return `"${body}"`;
}

const baseDelimiter = "JSON_BODY";

interface RubyBody {
  /** What follows `body = ` on its line. */
  readonly expression: string;
  /** Lines that must follow the statement's line (a here-document's text and delimiter), or "". */
  readonly after: string;
}

/**
 * `text` for `body = …`: a single-quoted here-document (every character literal, backslashes
 * too) when the text fits one, with its added final newline removed by `delete_suffix("\n")`
 * (exact, where `chomp` would also eat a CR); otherwise a double-quoted string across lines.
 * The delimiter is one that does not occur in the text at all (a line equal to it would end the
 * here-document).
 */
export function rubyBody(text: string): RubyBody {
  if (![...text].every((char) => fitsVerbatim(char, char.codePointAt(0) ?? 0))) {
    return { expression: rubyString(text, true), after: "" };
  }
  let delimiter = baseDelimiter;
  for (let n = 1; text.includes(delimiter); n++) delimiter = `${baseDelimiter}_${n}`;
  return { expression: `<<'${delimiter}'.delete_suffix("\\n")`, after: `\n${text}\n${delimiter}` };
}
