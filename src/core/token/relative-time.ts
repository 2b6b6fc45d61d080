/**
 * "expires in 2 hours" / "expired 3 days ago". Written out rather than with
 * `Intl.RelativeTimeFormat`, whose wording follows the machine's locale and so could not be
 * pinned by tests or read the same in screenshots.
 */

const second = 1000;
const minute = 60 * second;
const hour = 60 * minute;
const day = 24 * hour;

/** Largest unit first; each applies from its `from` on. Months and years are approximate (30 and 365 days). */
const units: readonly { readonly name: string; readonly ms: number; readonly from: number }[] = [
  { name: "year", ms: 365 * day, from: 365 * day },
  { name: "month", ms: 30 * day, from: 60 * day },
  { name: "day", ms: day, from: 2 * day },
  { name: "hour", ms: hour, from: hour },
  { name: "minute", ms: minute, from: minute },
];

/**
 * A duration in whole units, rounded down so that "expires in 2 hours" never overstates the time
 * left. Days are kept up to 60 so that "45 days" does not become a vague "1 month".
 * @example durationInWords(3 * 86_400_000 + 5) // → "3 days"
 */
export function durationInWords(ms: number): string {
  const abs = Math.abs(ms);
  for (const unit of units) {
    if (abs >= unit.from) {
      const count = Math.floor(abs / unit.ms);
      return `${count} ${unit.name}${count === 1 ? "" : "s"}`;
    }
  }
  return "less than a minute";
}

/**
 * How an expiry reads from `nowMs`: past (or exactly now) is "expired … ago".
 * @example expiryInWords(Date.UTC(2026, 1, 1), Date.UTC(2026, 1, 4)) // → "expired 3 days ago"
 */
export function expiryInWords(expiresAtMs: number, nowMs: number): string {
  const left = expiresAtMs - nowMs;
  return left > 0 ? `expires in ${durationInWords(left)}` : `expired ${durationInWords(left)} ago`;
}
