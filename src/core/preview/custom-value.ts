import { customValueType } from "../../endpoint/item-fields";
import { formatFractionAsPercent, formatNumberLiteral } from "./number-text";

/** A custom card's value as a report shows it, and whether it fitted its type. */
interface CustomValueText {
  readonly text: string;
  /** False when the value does not read as its type says (then `text` is the value as written). */
  readonly understood: boolean;
}

const writtenPercent = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?%$/;

/**
 * Formats a custom engagement or sales value by its `type`: 1 amount and 3 numerical → a number
 * with digit grouping; 2 percent → `"0.09"` as 9%, a written `"9%"` kept as is. Anything that
 * does not fit (or an unknown type) is shown exactly as written.
 * @example formatCustomValue(2, "0.09", "en-US") // → { text: "9%", understood: true }
 */
export function formatCustomValue(type: unknown, value: string, locale: string | undefined): CustomValueText {
  let text: string | undefined;
  if (type === customValueType.amount || type === customValueType.numerical) text = formatNumberLiteral(value, locale);
  else if (type === customValueType.percent) text = writtenPercent.test(value) ? value : formatFractionAsPercent(value, locale);
  return text === undefined ? { text: value, understood: false } : { text, understood: true };
}
