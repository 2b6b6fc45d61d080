/**
 * Intl formatters, made once per locale and options: constructing one costs far more than
 * formatting with it (a preview redrawn on each keystroke formats dozens of numbers and dates).
 */
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** @example numberFormat("en-US", { style: "percent" }).format(0.5) // → "50%" */
export function numberFormat(locale: string | undefined, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cached(numberFormats, locale, options, () => new Intl.NumberFormat(locale, options));
}

/** @example dateFormat("en-US", { timeZone: "UTC", year: "numeric" }).format(new Date(0)) // → "1970" */
export function dateFormat(locale: string | undefined, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cached(dateFormats, locale, options, () => new Intl.DateTimeFormat(locale, options));
}

function cached<T>(cache: Map<string, T>, locale: string | undefined, options: object, make: () => T): T {
  const key = `${locale ?? ""}\u0000${JSON.stringify(options)}`;
  let value = cache.get(key);
  if (value === undefined) {
    value = make();
    cache.set(key, value);
  }
  return value;
}
