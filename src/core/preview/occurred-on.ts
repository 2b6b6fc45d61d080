import { epochMsToIsoUtc } from "../form/epoch-ms";
import { dateFormat } from "./intl-cache";

/** `occurred_on` read as a date, in UTC and in a time zone (the browser's by default). */
export interface OccurredOnText {
  /** The literal as written: `1672246800000`. */
  readonly literal: string;
  /** For `<time datetime>`: `2022-12-28T17:00:00.000Z`; absent when the literal is no instant. */
  readonly iso?: string;
  readonly utc?: string;
  readonly local?: string;
}

const parts: Intl.DateTimeFormatOptions = {
  year: "numeric",
  month: "short",
  day: "numeric",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  timeZoneName: "short",
};

/**
 * A millisecond timestamp literal as dates a person reads. `timeZone` undefined means the
 * runtime's own (the browser's); tests pass one.
 * @example describeOccurredOn("1672246800000", "en-US", "Asia/Singapore").local // → "Dec 29, 2022, 01:00:00 AM GMT+8"
 */
export function describeOccurredOn(literal: string, locale: string | undefined, timeZone: string | undefined): OccurredOnText {
  const iso = epochMsToIsoUtc(literal);
  if (iso === undefined) return { literal };
  const instant = new Date(iso);
  const local = dateFormat(locale, timeZone === undefined ? parts : { ...parts, timeZone }).format(instant);
  const utc = dateFormat(locale, { ...parts, timeZone: "UTC" }).format(instant);
  return { literal, iso, utc, local };
}
