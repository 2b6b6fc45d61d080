import { numberFormat } from "./intl-cache";

/**
 * Numbers for a report, computed from the literal text: counters are `long`s that a JavaScript
 * number would round past 2^53, so integers go through BigInt and decimals reach Intl as strings
 * (Intl.NumberFormat formats a decimal string exactly, ES2023).
 */

/** Shown where a value is missing or a rate cannot be computed (division by zero). */
export const missingValue = "—";

const plainInteger = /^-?(0|[1-9][0-9]*)$/;
const plainDecimal = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?$/;

/** `"1001672246800000"` → `1001672246800000n`; undefined for anything but a plain integer literal. */
export function integerOf(literal: string | undefined): bigint | undefined {
  return literal !== undefined && plainInteger.test(literal) ? BigInt(literal) : undefined;
}

/** A number literal with digit grouping, decimals kept as written: `"1234.50"` → `"1,234.50"`. */
export function formatNumberLiteral(literal: string, locale: string | undefined): string | undefined {
  if (!plainDecimal.test(literal)) return undefined;
  const fractionDigits = Math.min(fractionDigitsOf(literal), 20);
  const format = numberFormat(locale, { minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  return format.format(literal as `${number}`);
}

/** A fraction written as a decimal, as a percentage with every written digit kept: `"0.125"` → `"12.5%"`. */
export function formatFractionAsPercent(literal: string, locale: string | undefined): string | undefined {
  if (!plainDecimal.test(literal)) return undefined;
  const fractionDigits = Math.min(Math.max(fractionDigitsOf(literal) - 2, 0), 20);
  const format = numberFormat(locale, { style: "percent", minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits });
  return format.format(literal as `${number}`);
}

/**
 * `part / whole` as a percentage with 1–2 decimals (`"33.33%"`, `"100.0%"`), exact for any
 * 64-bit inputs; `missingValue` when either is missing or `whole` is zero.
 */
export function formatRate(part: bigint | undefined, whole: bigint | undefined, locale: string | undefined): string {
  if (part === undefined || whole === undefined || whole === 0n) return missingValue;
  const negative = part < 0n !== whole < 0n && part !== 0n;
  const absolute = (n: bigint) => (n < 0n ? -n : n);
  // Ten decimals of the fraction, cut (not rounded) so Intl's one rounding to two decimals of a
  // percent is the only one: a cut never carries a value across a rounding boundary.
  const scale = 10n ** 10n;
  const scaled = (absolute(part) * scale) / absolute(whole);
  const fraction = `${negative ? "-" : ""}${scaled / scale}.${(scaled % scale).toString().padStart(10, "0")}`;
  const format = numberFormat(locale, { style: "percent", minimumFractionDigits: 1, maximumFractionDigits: 2 });
  return format.format(fraction as `${number}`);
}

function fractionDigitsOf(literal: string): number {
  const match = /\.([0-9]+)/.exec(literal);
  return match?.[1]?.length ?? 0;
}
