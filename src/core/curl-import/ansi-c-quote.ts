/**
 * The value of a bash/zsh ANSI-C quoted string `$'…'`, given the text after `$'`.
 * Returns the decoded value and the length consumed up to and including the closing quote, or
 * undefined when the quote is never closed.
 *
 * `\xHH` and octal escapes are bytes, not characters: `$'\xe2\x80\x99'` is the UTF-8 encoding
 * of "’" (browsers' "Copy as cURL" writes non-ASCII text that way), so consecutive byte escapes
 * are collected and decoded as UTF-8 together.
 */
export function readAnsiCQuoted(text: string): { readonly value: string; readonly length: number } | undefined {
  let value = "";
  let bytes: number[] = [];
  const flush = () => {
    if (bytes.length > 0) value += new TextDecoder().decode(new Uint8Array(bytes));
    bytes = [];
  };
  let i = 0;
  while (i < text.length) {
    const c = text[i]!;
    if (c === "'") {
      flush();
      return { value, length: i + 1 };
    }
    if (c !== "\\" || i + 1 >= text.length) {
      flush();
      value += c;
      i++;
      continue;
    }
    const escape = decodeEscape(text, i + 1);
    if (typeof escape.value === "number") bytes.push(escape.value);
    else {
      flush();
      value += escape.value;
    }
    i = escape.end;
  }
  return undefined;
}

const simpleEscapes: Readonly<Record<string, string>> = {
  a: "\x07", b: "\b", e: "\x1b", E: "\x1b", f: "\f", n: "\n", r: "\r", t: "\t", v: "\v",
  "\\": "\\", "'": "'", '"': '"', "?": "?",
};

/** Decodes the escape whose letter is at `start`: text, or a byte (number); `end` is the index after it. */
function decodeEscape(text: string, start: number): { value: string | number; end: number } {
  const letter = text[start]!;
  const simple = simpleEscapes[letter];
  if (simple !== undefined) return { value: simple, end: start + 1 };
  const byte = /^(?:[0-7]{1,3}|x[0-9a-fA-F]{1,2})/.exec(text.slice(start, start + 3));
  if (byte !== null) {
    const digits = byte[0];
    const value = digits.startsWith("x") ? parseInt(digits.slice(1), 16) : parseInt(digits, 8) & 0xff;
    return { value, end: start + digits.length };
  }
  const unicode = /^(?:u[0-9a-fA-F]{1,4}|U[0-9a-fA-F]{1,8})/.exec(text.slice(start, start + 9));
  if (unicode !== null) {
    const codePoint = parseInt(unicode[0].slice(1), 16);
    return { value: codePoint <= 0x10ffff ? String.fromCodePoint(codePoint) : "", end: start + unicode[0].length };
  }
  if (letter === "c" && start + 1 < text.length) {
    // \cx: control-x
    return { value: String.fromCharCode(text.charCodeAt(start + 1) & 0x1f), end: start + 2 };
  }
  return { value: `\\${letter}`, end: start + 1 };
}
