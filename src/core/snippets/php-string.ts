import { escapeCodePoints, hex, isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

function fitsVerbatim(char: string, codePoint: number): boolean {
  return char !== "\r" && !isInvisibleOrUnsafe(codePoint) && !isLoneSurrogate(codePoint);
}

/**
 * A PHP double-quoted string whose value is exactly `text`, newlines and tabs kept as written.
 * `$` is escaped (it would interpolate, also as `{$`), and so is every `\`, so no escape can be
 * formed by accident; other characters use `\u{…}` (PHP ≥ 7). A lone surrogate becomes U+FFFD.
 */
export function phpDoubleQuoted(text: string, keepNewlines = true): string {
  const body = escapeCodePoints(text, (char, codePoint) => {
    if (char === "\\" || char === '"' || char === "$") return `\\${char}`;
    if (char === "\n") return keepNewlines ? undefined : "\\n";
    if (char === "\t") return keepNewlines ? undefined : "\\t";
    if (char === "\r") return "\\r";
    if (isLoneSurrogate(codePoint)) return "\\u{FFFD}";
    if (isInvisibleOrUnsafe(codePoint)) return `\\u{${hex(codePoint, 4)}}`;
    return undefined;
  });
  return `"${body}"`;
}

/** A one-line PHP string: single-quoted (only `\` and `'` escaped) unless it needs an escape. */
export function phpString(text: string): string {
  if ([...text].every((char) => fitsVerbatim(char, char.codePointAt(0) ?? 0) && char !== "\n" && char !== "\t")) {
    return `'${text.replace(/['\\]/g, "\\$&")}'`;
  }
  return phpDoubleQuoted(text, false);
}

const baseDelimiter = "JSON_BODY";

/**
 * `text` as a PHP expression for a `$body = …;` statement: a nowdoc (`<<<'JSON_BODY'`), which
 * takes every byte literally, when the text fits one; otherwise a double-quoted string.
 *
 * A nowdoc cannot carry CR or invisible characters safely (editors change them), and since PHP
 * 7.3 it ends at *any* line that starts with optional spaces and the delimiter followed by a
 * non-identifier character; so the delimiter is one that does not occur in the text at all.
 * The newline before the closing delimiter is not part of the value, so the text comes out exact.
 */
export function phpBodyExpression(text: string): string {
  if (![...text].every((char) => fitsVerbatim(char, char.codePointAt(0) ?? 0))) return phpDoubleQuoted(text);
  let delimiter = baseDelimiter;
  for (let n = 1; text.includes(delimiter); n++) delimiter = `${baseDelimiter}_${n}`;
  return `<<<'${delimiter}'\n${text}\n${delimiter}`;
}
