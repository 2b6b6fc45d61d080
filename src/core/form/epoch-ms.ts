/**
 * Date-time helpers for millisecond timestamps such as `occurred_on` ("standard 13-digit stamp").
 * Pure: the time zone is a parameter, so tests fix it and the UI passes the browser's.
 *
 * `TimezoneOffset` follows `Date#getTimezoneOffset`: minutes to ADD to local time to get UTC
 * (UTC+8 → -480, UTC-5 → 300). Either a fixed number, or a function of the UTC instant so that
 * daylight saving is right on both sides of a change: pass `(ms) => new Date(ms).getTimezoneOffset()`.
 */
export type TimezoneOffset = number | ((utcMs: number) => number);

/** JavaScript Dates cover ±8.64e15 ms around the epoch; outside that there is no calendar date. */
const maxDateMs = 8_640_000_000_000_000n;
const minuteMs = 60_000;

function msFromLiteral(literal: string): number | undefined {
  if (!/^-?(0|[1-9][0-9]*)$/.test(literal)) return undefined;
  const value = BigInt(literal);
  return value > maxDateMs || value < -maxDateMs ? undefined : Number(value);
}

function offsetAt(offset: TimezoneOffset, utcMs: number): number {
  return typeof offset === "number" ? offset : offset(utcMs);
}

/** `"1672246800000"` → `"2022-12-28T17:00:00.000Z"`; undefined when the literal is no usable instant. */
export function epochMsToIsoUtc(literal: string): string | undefined {
  const ms = msFromLiteral(literal);
  return ms === undefined ? undefined : new Date(ms).toISOString();
}

const isoUtc = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z$/;
const localInput = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/;

/** Wall-clock fields read as if they were UTC, or undefined when they name no real time. */
function wallClockMs(match: RegExpExecArray): number | undefined {
  const [year, month, day, hour, minute, second = 0] = match.slice(1, 7).map((part) => Number(part ?? 0));
  const fraction = match[7] ?? "";
  const ms = Number(fraction.padEnd(3, "0"));
  if (year === undefined || month === undefined || day === undefined || hour === undefined || minute === undefined) return undefined;
  if (year < 1 || month < 1 || month > 12 || hour > 23 || minute > 59 || second > 59) return undefined;
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (date.getUTCMonth() !== month - 1) return undefined; // 31 April, 29 February of a common year
  date.setUTCHours(hour, minute, second, ms);
  return date.getTime();
}

/** `"2022-12-28T17:00:00.000Z"` (seconds and milliseconds optional, `Z` required) → `"1672246800000"`. */
export function isoUtcToEpochMs(iso: string): string | undefined {
  const match = isoUtc.exec(iso.trim());
  const ms = match ? wallClockMs(match) : undefined;
  return ms === undefined ? undefined : String(ms);
}

function pad(value: number, width: number): string {
  return String(value).padStart(width, "0");
}

/**
 * The value for an `<input type="datetime-local">`: `"YYYY-MM-DDTHH:mm"`, with `:ss` and `.SSS`
 * only when they are not zero (HTML's normalized form; set `step="0.001"` to edit milliseconds).
 * Undefined outside years 0001–9999, which the input cannot show.
 */
export function epochMsToLocalInput(literal: string, timezoneOffset: TimezoneOffset): string | undefined {
  const ms = msFromLiteral(literal);
  if (ms === undefined) return undefined;
  const local = new Date(ms - offsetAt(timezoneOffset, ms) * minuteMs);
  const year = local.getUTCFullYear();
  if (year < 1 || year > 9999) return undefined;
  let out = `${pad(year, 4)}-${pad(local.getUTCMonth() + 1, 2)}-${pad(local.getUTCDate(), 2)}T${pad(local.getUTCHours(), 2)}:${pad(local.getUTCMinutes(), 2)}`;
  const seconds = local.getUTCSeconds();
  const millis = local.getUTCMilliseconds();
  if (seconds !== 0 || millis !== 0) out += `:${pad(seconds, 2)}`;
  if (millis !== 0) out += `.${pad(millis, 3)}`;
  return out;
}

/**
 * An `<input type="datetime-local">` value in the given zone → the millisecond literal to write.
 * With a function offset, the offset is taken at the resulting instant (two passes), so times
 * just after a daylight-saving change land on the right side of it.
 */
export function localInputToEpochMs(value: string, timezoneOffset: TimezoneOffset): string | undefined {
  const match = localInput.exec(value.trim());
  const wall = match ? wallClockMs(match) : undefined;
  if (wall === undefined) return undefined;
  const first = wall + offsetAt(timezoneOffset, wall) * minuteMs;
  const second = wall + offsetAt(timezoneOffset, first) * minuteMs;
  return String(second);
}
