/**
 * Appends every element of `source` to `target`, in order, and returns `target`.
 * `target.push(...source)` passes each element as a call argument, and engines cap arguments by
 * stack size: about 100,000 elements throw `RangeError: Maximum call stack size exceeded`
 * (70,000 items that each carry a warning did). Use this for any list whose size the user decides.
 * @example appendAll([1], [2, 3]) // → [1, 2, 3]
 */
export function appendAll<T>(target: T[], source: Iterable<T>): T[] {
  for (const element of source) target.push(element);
  return target;
}
