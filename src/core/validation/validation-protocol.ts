import type { ProblemsUpdate } from "./problems-update";
import type { TextEdit } from "../text/text-edit";

/**
 * Messages between the page and the validation worker. The worker keeps its own copy of the body:
 * the page sends the whole text once (start, paste, a link opened) and then only the editor's
 * edits, so a keystroke in a 13 MB body posts a few bytes, not 13 MB. Every message carries the
 * version it makes; results say which version they describe.
 */
export type ToValidationWorker =
  | { readonly kind: "text"; readonly version: number; readonly text: string; readonly nowMs: number }
  | {
      readonly kind: "edits";
      readonly version: number;
      readonly edits: readonly TextEdit[];
      /** The text's length after the edits: a cheap check that both copies still agree. */
      readonly lengthAfter: number;
      readonly nowMs: number;
    };

export type FromValidationWorker =
  | {
      readonly kind: "result";
      readonly version: number;
      readonly update: ProblemsUpdate;
      readonly parsed: boolean;
      /** Item spans as [offset, length] pairs; null when the body has no items list. */
      readonly items: Float64Array | null;
      readonly elapsedMs: number;
    }
  /** The worker's copy no longer matches the edits it was sent: it needs the whole text again. */
  | { readonly kind: "resync"; readonly version: number };

/**
 * What the page shell asked of the validation worker before the app started: the body it shows,
 * sent as version 0, and the worker's answers received before the app listened.
 */
export interface ShellCheck {
  readonly text: string;
  readonly answers: readonly FromValidationWorker[];
}
