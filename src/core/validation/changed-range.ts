import type { TextEdit } from "../text/text-edit";

/**
 * Where a text differs from an earlier version: [start, oldEnd) of the old text became
 * [start, newEnd) of the new one. Everything before `start` and after the ends is unchanged.
 */
export interface ChangedRange {
  readonly start: number;
  readonly oldEnd: number;
  readonly newEnd: number;
}

/**
 * The range changed by `range` (undefined: nothing yet) followed by `edit`, in the coordinates of
 * the text before the first and after the last. A superset of the characters that truly differ
 * (an edit may put back what was there), never a subset.
 * @example composeChangedRange(undefined, { offset: 4, length: 2, text: "xyz" }) // → { start: 4, oldEnd: 6, newEnd: 7 }
 */
export function composeChangedRange(range: ChangedRange | undefined, edit: TextEdit): ChangedRange {
  const editEnd = edit.offset + edit.length;
  const delta = edit.text.length - edit.length;
  if (!range) return { start: edit.offset, oldEnd: editEnd, newEnd: editEnd + delta };
  // Past the range's current end, the text is the old text shifted by the range's growth.
  const beyond = Math.max(0, editEnd - range.newEnd);
  return {
    start: Math.min(range.start, edit.offset),
    oldEnd: range.oldEnd + beyond,
    newEnd: Math.max(range.newEnd, editEnd) + delta,
  };
}
