import { skipString } from "./text-cursor";

/** A number literal whose text says more than JSON.parse's value: long, fractional or exponent. */
export interface NumberLiteral {
  readonly offset: number;
  readonly literal: string;
}

/**
 * Number literals (outside strings) that JSON.parse may have rounded or normalised: integers
 * beyond ±(2^53 − 1), or anything written with a `.` or an exponent. Every other integer literal is exactly its
 * JavaScript value, so only these need their text checked. One pass, no tree.
 */
export function findNotableNumbers(text: string): NumberLiteral[] {
  const found: NumberLiteral[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      i = skipString(text, i);
      continue;
    }
    if (c === 45 || (c >= 48 && c <= 57)) {
      const start = i;
      let plain = true;
      i++;
      for (; i < n; i++) {
        const d = text.charCodeAt(i);
        if (d >= 48 && d <= 57) continue;
        if (d === 46 || d === 101 || d === 69 || d === 43 || d === 45) plain = false;
        else break;
      }
      if (!plain || beyondSafe(text, start, i)) found.push({ offset: start, literal: text.slice(start, i) });
      continue;
    }
    i++;
  }
  return found;
}

const maxSafeDigits = String(Number.MAX_SAFE_INTEGER);

/** Whether the integer literal text[start, end) is beyond ±(2^53 − 1), compared as digits. */
function beyondSafe(text: string, start: number, end: number): boolean {
  const digitsStart = text.charCodeAt(start) === 45 ? start + 1 : start;
  const digits = end - digitsStart;
  if (digits !== maxSafeDigits.length) return digits > maxSafeDigits.length;
  return text.slice(digitsStart, end) > maxSafeDigits;
}
