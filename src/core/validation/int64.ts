/** Signed 64-bit range of SHOPLINE's `long`, as exact integers. */
export const int64Min = -(2n ** 63n);
export const int64Max = 2n ** 63n - 1n;
/** Largest integer a JavaScript number holds exactly (2^53 − 1). */
const maxSafeInteger = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * What a JSON number literal is, judged from its text alone (never through a JS number, which
 * would round 9223372036854775808 down to 2^63 − 1's neighbour and call it valid).
 */
type IntegerLiteralClass =
  | { readonly kind: "integer"; readonly value: bigint; readonly safe: boolean }
  | { readonly kind: "out-of-range"; readonly value: bigint }
  | { readonly kind: "fraction" }
  | { readonly kind: "exponent" };

const plainInteger = /^-?(0|[1-9][0-9]*)$/;

export function classifyIntegerLiteral(literal: string): IntegerLiteralClass {
  if (plainInteger.test(literal)) {
    const value = BigInt(literal);
    if (value < int64Min || value > int64Max) return { kind: "out-of-range", value };
    return { kind: "integer", value, safe: value >= -maxSafeInteger && value <= maxSafeInteger };
  }
  return /[eE]/.test(literal) ? { kind: "exponent" } : { kind: "fraction" };
}

/** Whether a number literal (integer or not) is an integer JavaScript cannot hold exactly. */
export function isUnsafeIntegerLiteral(literal: string): boolean {
  if (!plainInteger.test(literal)) return false;
  const digits = literal.startsWith("-") ? literal.length - 1 : literal.length;
  if (digits < 16) return false;
  const value = BigInt(literal);
  return value > maxSafeInteger || value < -maxSafeInteger;
}
