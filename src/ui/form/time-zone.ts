import type { TimezoneOffset } from "../../core/form/epoch-ms";

/** The browser's zone, right on both sides of a daylight-saving change (see epoch-ms.ts). */
export const browserTimezoneOffset: TimezoneOffset = (utcMs) => new Date(utcMs).getTimezoneOffset();

let zoneName: string | undefined;

/** `Asia/Singapore, UTC+08:00` for the instant `utcMs` (the offset may differ by season). */
export function describeBrowserZone(utcMs: number): string {
  // Building an Intl.DateTimeFormat costs milliseconds; the zone's name does not change in a page's life.
  zoneName ??= Intl.DateTimeFormat().resolvedOptions().timeZone;
  const name = zoneName;
  // An instant outside the Date range (a wrong value typed in) has no offset: use today's.
  const offset = new Date(utcMs).getTimezoneOffset();
  const minutes = -(Number.isNaN(offset) ? new Date().getTimezoneOffset() : offset);
  const sign = minutes < 0 ? "-" : "+";
  const hours = String(Math.floor(Math.abs(minutes) / 60)).padStart(2, "0");
  const rest = String(Math.abs(minutes) % 60).padStart(2, "0");
  return `${name}, UTC${sign}${hours}:${rest}`;
}
