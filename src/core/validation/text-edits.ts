/**
 * Edits as editors report them: replace `length` characters at `offset` with `text`. A batch is
 * applied in order, each edit in the coordinates left by the one before (Monaco reports a
 * multi-cursor change sorted from the end of the text backwards, so this holds for its batches).
 */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

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
 * Applies `edits` in order. Returns undefined when an edit does not fit the text (the sender and
 * the receiver disagree about the text: the caller must ask for the whole text again).
 * @example applyTextEdits("abc", [{ offset: 1, length: 1, text: "XY" }]) // → "aXYc"
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string | undefined {
  let result = text;
  for (const edit of edits) {
    if (!fits(edit, result.length)) return undefined;
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return result;
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

function fits(edit: TextEdit, length: number): boolean {
  return Number.isInteger(edit.offset) && Number.isInteger(edit.length) && edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= length;
}
