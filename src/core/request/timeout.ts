/** The send timeout's range, in seconds: long enough for a big batch, short of "forever". */
export const timeoutRangeSeconds = { min: 1, max: 600 } as const;

type TimeoutResult = { readonly ok: true; readonly seconds: number } | { readonly ok: false; readonly error: string };

/**
 * Reads the timeout field. Out-of-range values are refused here rather than passed on: a timer
 * of 1e308 ms overflows to "now" in browsers (setTimeout keeps 32 bits) and ky throws on it,
 * which used to surface as a network failure.
 * @example readTimeoutSeconds("45") // → { ok: true, seconds: 45 }
 */
export function readTimeoutSeconds(text: string): TimeoutResult {
  const { min, max } = timeoutRangeSeconds;
  const trimmed = text.trim();
  const seconds = Number(trimmed);
  if (trimmed === "" || !Number.isFinite(seconds) || seconds < min || seconds > max) {
    return { ok: false, error: `The timeout must be a number of seconds from ${min} to ${max}.` };
  }
  return { ok: true, seconds };
}
