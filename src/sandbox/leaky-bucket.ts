/**
 * SHOPLINE's flow control: a leaky bucket per app per store (4 requests/s, bucket of 40).
 * Requests that fit in the bucket **queue** and are answered one every 1/perSecond seconds, in
 * arrival order; a request that arrives with the bucket full is refused (429) and adds nothing.
 *
 * Each admitted request gets a slot: the time it is answered. It stays in the bucket until its
 * slot plus one interval (the time its drop has leaked out). So 41 requests at once: slots
 * 0, 250, …, 9750 ms for the first 40, the 41st refused; one more fits every 250 ms after.
 */
export interface LeakyBucket {
  readonly perSecond: number;
  readonly size: number;
  /** Slots (ms) of the admitted requests still in the bucket, oldest first. */
  readonly slots: number[];
  /** The latest "now" seen, so a clock that steps back drains nothing. */
  lastMs: number | undefined;
}

export function createLeakyBucket(perSecond: number, size: number): LeakyBucket {
  return { perSecond, size, slots: [], lastMs: undefined };
}

/** Absorbs float drift of fractional intervals (1000 / 3 ms). */
const epsilonMs = 1e-6;

/** How many requests are in the bucket at `nowMs` (after dropping those that have leaked). */
function bucketLevel(bucket: LeakyBucket, nowMs: number): number {
  const now = Math.max(nowMs, bucket.lastMs ?? nowMs);
  const interval = 1000 / bucket.perSecond;
  while (bucket.slots.length > 0 && (bucket.slots[0] ?? 0) + interval <= now + epsilonMs) bucket.slots.shift();
  return bucket.slots.length;
}

/**
 * Puts one request in the bucket at `nowMs`: the time (ms) it is to be answered, or undefined
 * when the bucket is full. A clock that steps back is treated as no time passing.
 */
export function reserveSlot(bucket: LeakyBucket, nowMs: number): number | undefined {
  const now = Math.max(nowMs, bucket.lastMs ?? nowMs);
  bucket.lastMs = now;
  if (bucketLevel(bucket, now) >= bucket.size) return undefined;
  const last = bucket.slots[bucket.slots.length - 1];
  const slot = last === undefined ? now : Math.max(now, last + 1000 / bucket.perSecond);
  bucket.slots.push(slot);
  return slot;
}
