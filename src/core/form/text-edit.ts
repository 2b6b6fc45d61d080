import type { JsonPath } from "../json/json-path";

/**
 * One replacement in the body text: `length` characters at `offset` become `text`. Offsets are
 * into the text the edit was computed from (the CURRENT editor text); when an operation returns
 * several edits they never overlap and all refer to that same text, which is what Monaco's
 * `executeEdits` expects (so one Ctrl+Z undoes the whole operation).
 */
export interface TextEdit {
  readonly offset: number;
  readonly length: number;
  readonly text: string;
}

/** What a form operation answers: the edits to apply, or why nothing may change. */
export type EditResult =
  | {
      readonly ok: true;
      readonly edits: readonly TextEdit[];
      /** The value the operation created or moved (an added item, a duplicated one…), for the UI to reveal. */
      readonly focusPath?: JsonPath;
    }
  | { readonly ok: false; readonly error: string };

export function editsOk(edits: readonly TextEdit[], focusPath?: JsonPath): EditResult {
  return focusPath === undefined ? { ok: true, edits } : { ok: true, edits, focusPath };
}

export function editError(error: string): EditResult {
  return { ok: false, error };
}

/**
 * Applies non-overlapping edits that all refer to `text`. Applied from the end backwards so
 * that an earlier edit's offsets stay valid. Throws on overlap, which would be a bug in an
 * operation, not a user error.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
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
