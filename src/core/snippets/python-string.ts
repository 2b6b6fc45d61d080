import { escapeCodePoints, hex, isInvisibleOrUnsafe, isLoneSurrogate } from "./escape-code-points";

function escapePython(quote: "'" | '"', keepNewlines: boolean) {
  return (char: string, codePoint: number): string | undefined => {
    if (char === "\\" || char === quote) return `\\${char}`;
    if (char === "\n") return keepNewlines ? undefined : "\\n";
    if (char === "\t") return keepNewlines ? undefined : "\\t";
    if (char === "\r") return "\\r";
    // A lone surrogate cannot be encoded to UTF-8 by Python (it raises); encoders in the
    // browser and Node send U+FFFD for it, so the snippet does too.
    if (isLoneSurrogate(codePoint)) return "\\ufffd";
    if (isInvisibleOrUnsafe(codePoint)) return codePoint <= 0xff ? `\\x${hex(codePoint, 2)}` : `\\u${hex(codePoint, 4)}`;
    return undefined;
  };
}

/**
 * `text` as a Python 3 triple-quoted string whose value is exactly `text`, keeping newlines as
 * real line breaks. Every `'` is escaped, so neither `'''` nor a trailing quote can end it early;
 * CR is escaped because Python reads CR and CRLF in source as LF.
 */
export function pythonTripleQuoted(text: string): string {
  return `'''${escapeCodePoints(text, escapePython("'", true))}'''`;
}

/** `text` as a one-line double-quoted Python 3 string. */
export function pythonString(text: string): string {
  return `"${escapeCodePoints(text, escapePython('"', false))}"`;
}
