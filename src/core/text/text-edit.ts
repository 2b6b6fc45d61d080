/**
 * One replacement in a text: `length` characters at `offset` become `text`. A batch of edits
 * comes in one of two orders, and each has its own apply function:
 * - {@link applyEditsToOriginal}: every edit's offsets are into the same, original text (a form
 *   operation's edits; what Monaco's `executeEdits` takes, so one Ctrl+Z undoes them all);
 * - {@link applyEditsInOrder}: each edit is in the coordinates left by the one before (as editors
 *   report changes: Monaco sorts a multi-cursor change from the end of the text backwards).
 */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/**
 * Applies non-overlapping edits that all refer to `text`, from the end backwards so that an
 * earlier edit's offsets stay valid. Throws on overlap, which would be a bug in an operation,
 * not a user error.
 * @example applyEditsToOriginal("[aaa, b]", [{ offset: 1, length: 3, text: "b" }, { offset: 6, length: 1, text: "aaa" }]) // → "[b, aaa]"
 */
export function applyEditsToOriginal(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => b.offset - a.offset || b.length - a.length);
  let out = text;
  let limit = text.length;
  for (const edit of sorted) {
    if (edit.offset < 0 || edit.offset + edit.length > limit) {
      throw new RangeError(`Edit at ${edit.offset} (+${edit.length}) overlaps another or leaves the text`);
    }
    out = out.slice(0, edit.offset) + edit.text + out.slice(edit.offset + edit.length);
    limit = edit.offset;
  }
  return out;
}

/**
 * Applies `edits` in order, each to the text the one before left. Returns undefined when an edit
 * does not fit the text (the sender and the receiver disagree about the text: the caller must
 * ask for the whole text again).
 * @example applyEditsInOrder("abc", [{ offset: 1, length: 1, text: "XY" }]) // → "aXYc"
 */
export function applyEditsInOrder(text: string, edits: readonly TextEdit[]): string | undefined {
  let result = text;
  for (const edit of edits) {
    if (!fits(edit, result.length)) return undefined;
    result = result.slice(0, edit.offset) + edit.text + result.slice(edit.offset + edit.length);
  }
  return result;
}

function fits(edit: TextEdit, length: number): boolean {
  return Number.isInteger(edit.offset) && Number.isInteger(edit.length) && edit.offset >= 0 && edit.length >= 0 && edit.offset + edit.length <= length;
}
