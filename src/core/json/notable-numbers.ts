/** A number literal whose text says more than JSON.parse's value: long, fractional or exponent. */
interface NumberLiteral {
  readonly offset: number;
  readonly literal: string;
}

/**
 * Candidates: after `:`, `[` or `,` (where JSON values start), a number written with a fraction
 * or an exponent, or with 16 or more digits. One native regex pass, no tree: on a 13 MB body
 * this is several times faster than a character loop. A match inside a string (`"a: 1.5"`) is a
 * harmless false positive: callers look paths up by offset, and no value starts there.
 */
const candidates = /[:[,][ \t\r\n]*(-?(?:0|[1-9][0-9]*)(?:\.[0-9]+(?:[eE][+-]?[0-9]+)?|[eE][+-]?[0-9]+)|-?[0-9]{16,})/g;

/**
 * Number literals that JSON.parse may have rounded or normalised: integers beyond ±(2^53 − 1),
 * or anything written with a `.` or an exponent. Every other integer literal is exactly its
 * JavaScript value, so only these need their text checked. Expects text JSON.parse accepted.
 */
export function findNotableNumbers(text: string): NumberLiteral[] {
  const found: NumberLiteral[] = [];
  candidates.lastIndex = 0;
  for (let match = candidates.exec(text); match !== null; match = candidates.exec(text)) {
    const literal = match[1] ?? "";
    const offset = match.index + match[0].length - literal.length;
    if (/[.eE]/.test(literal) || beyondSafe(literal)) found.push({ offset, literal });
  }
  return found;
}

const maxSafeDigits = String(Number.MAX_SAFE_INTEGER);

/** Whether an integer literal is beyond ±(2^53 − 1), compared as digits. */
function beyondSafe(literal: string): boolean {
  const digits = literal.startsWith("-") ? literal.slice(1) : literal;
  if (digits.length !== maxSafeDigits.length) return digits.length > maxSafeDigits.length;
  return digits > maxSafeDigits;
}
