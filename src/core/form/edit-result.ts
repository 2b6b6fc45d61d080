import type { JsonPath } from "../json/json-path";
import type { TextEdit } from "../text/text-edit";

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
