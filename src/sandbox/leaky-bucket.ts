/**
 * SHOPLINE's rate limit: a leaky bucket per app per store. Each request adds one drop; the
 * bucket drains `perSecond` drops a second; a request that would overflow it is refused and
 * adds nothing. With 4/s and 40, a burst of 40 passes, the 41st is refused, and one more
 * passes every 250 ms after that.
 */
export interface LeakyBucket {
  readonly perSecond: number;
  readonly size: number;
  /** Drops in the bucket at `lastMs`. */
  level: number;
  lastMs: number | undefined;
}

export function createLeakyBucket(perSecond: number, size: number): LeakyBucket {
  return { perSecond, size, level: 0, lastMs: undefined };
}

/**
 * Lets one request in at `nowMs` (true) or refuses it (false). A clock that steps back is
 * treated as no time passing, so the bucket never fills from a clock change.
 */
export function admit(bucket: LeakyBucket, nowMs: number): boolean {
  const elapsedMs = bucket.lastMs === undefined ? 0 : Math.max(0, nowMs - bucket.lastMs);
  bucket.level = Math.max(0, bucket.level - (elapsedMs * bucket.perSecond) / 1000);
  bucket.lastMs = Math.max(nowMs, bucket.lastMs ?? nowMs);
  // The small tolerance absorbs float drift from many fractional drains (e.g. 4 × 83.33 ms).
  if (bucket.level + 1 > bucket.size + 1e-9) return false;
  bucket.level += 1;
  return true;
}
