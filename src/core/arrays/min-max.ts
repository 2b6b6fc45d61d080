/**
 * The smallest and largest of `values`, without spreading them into `Math.min`/`Math.max` (whose
 * arguments are capped by stack size: a list the user decides the length of can throw a RangeError).
 * Like Math.min()/Math.max(), an empty list gives Infinity / -Infinity and a NaN gives NaN.
 * @example maxOf([3, 9, 4]) // → 9
 */
export function minOf(values: Iterable<number>): number {
  let least = Infinity;
  for (const value of values) least = Math.min(least, value);
  return least;
}

/** The largest of `values` (-Infinity when empty); see `minOf`. */
export function maxOf(values: Iterable<number>): number {
  let most = -Infinity;
  for (const value of values) most = Math.max(most, value);
  return most;
}
