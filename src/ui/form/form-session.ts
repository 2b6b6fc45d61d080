import { createEffect, createMemo, createSignal, on, onCleanup, untrack, type Accessor } from "solid-js";
import { isLargeBody } from "../../core/body/large-body";
import type { JsonNode } from "../../core/json/parse-json";
import { buildFormModel, type FormModel } from "../../core/form/form-model";
import { reparseAfterEdits } from "../../core/form/reparse-after-edits";
import { editError, type EditResult } from "../../core/form/edit-result";
import { applyEditsToOriginal } from "../../core/text/text-edit";
import type { Problem } from "../../core/validation/problem";
import { itemsListField } from "../../endpoint/item-fields";
import type { AppState } from "../state/app-state";
import { formViewOf, type FormView } from "./form-view";

export type OkFormModel = Extract<FormModel, { ok: true }>;

/** A model and the very text it was built from (offsets in the model refer to that text). */
export interface BuiltModel {
  readonly text: string;
  readonly model: OkFormModel;
}

export interface FormSnapshot {
  /** The text the snapshot was made from. */
  readonly text: string;
  readonly model: FormModel;
  /** The latest model that parsed: the current one, or, while the text is broken, the last good one (shown read-only). */
  readonly good: BuiltModel | undefined;
}

export interface ProblemCounts {
  readonly errors: number;
  readonly warnings: number;
}

export interface FormSession {
  readonly snapshot: Accessor<FormSnapshot>;
  /** What the form shows: the good model, editable only when `editable()`. */
  readonly shown: Accessor<BuiltModel | undefined>;
  readonly editable: Accessor<boolean>;
  /**
   * Runs a form operation on the current text and its tree, and applies its edits through the
   * editor (one undo step). Refusals are shown in the form's status line.
   */
  run(operation: (text: string, root: JsonNode) => EditResult): EditResult;
  /** The last operation's refusal, cleared by the next success. */
  readonly refusal: Accessor<string | undefined>;
  /** The validator's problems whose path is `pathText` (the same objects the Problems panel lists). */
  problemsAt(pathText: string): readonly Problem[];
  /** Problems anywhere inside item `index` of the body's list (for collapsed summaries). */
  problemCountsOfItem(index: number): ProblemCounts | undefined;
  /** Focuses the element with this id once the form has re-rendered. */
  focusLater(id: string, fallbackId?: string): void;
  readonly view: FormView;
}

/** A large body's model waits for this pause in typing; a smaller one follows every change at once. */
const debounceMs = 150;

function snapshotOf(text: string, previousGood: BuiltModel | undefined, root?: JsonNode): FormSnapshot {
  const model = buildFormModel(text, root);
  return { text, model, good: model.ok ? { text, model } : previousGood };
}

/**
 * The form's link to the body text. The model is rebuilt from `state.body.text()` when the text
 * changes (at once below 200 KB, after a 150 ms pause above); the form's own edits rebuild it at
 * once from the tree they were computed on, re-parsing only the part they touched.
 */
export function createFormSession(state: AppState): FormSession {
  const view = formViewOf(state);
  const initialText = untrack(state.body.text);
  // Back from the JSON view with the text unchanged: the model is still right, no parse needed.
  const reusable = view.lastGood?.text === initialText ? view.lastGood : undefined;
  const [snapshot, setSnapshot] = createSignal<FormSnapshot>(
    reusable ? { text: initialText, model: reusable.model, good: reusable } : snapshotOf(initialText, view.lastGood),
  );
  createEffect(() => (view.lastGood = snapshot().good));
  const [refusal, setRefusal] = createSignal<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let applying = false;
  let measured = 0;

  const rebuildNow = (): FormSnapshot => {
    clearTimeout(timer);
    timer = undefined;
    // A large body's last edits may not be published yet: the form must see the editor's text.
    const text = state.body.current();
    const current = snapshot();
    if (current.text === text) return current;
    const next = snapshotOf(text, current.good);
    setSnapshot(next);
    return next;
  };

  createEffect(
    on(
      state.body.text,
      (text) => {
        // The form's own edit: run() rebuilds from the tree it already has.
        if (applying || text === snapshot().text) return;
        clearTimeout(timer);
        if (!isLargeBody(text)) rebuildNow();
        else timer = setTimeout(rebuildNow, debounceMs);
      },
      { defer: true },
    ),
  );
  onCleanup(() => clearTimeout(timer));

  const editable = () => snapshot().model.ok && state.body.editor() !== undefined;

  const run = (operation: (text: string, root: JsonNode) => EditResult): EditResult => {
    const handle = state.body.editor();
    if (!handle) return refuse("The editor is still loading.");
    const started = performance.now();
    const current = rebuildNow();
    if (!current.model.ok) return refuse("The body does not parse: the form is read-only until it is fixed in the JSON view.");
    const { text } = current;
    const root = current.model.root;
    const result = operation(text, root);
    if (!result.ok) return refuse(result.error);
    setRefusal(undefined);
    if (result.edits.length === 0) return result;
    applying = true;
    const applyStarted = performance.now();
    try {
      handle.applyEdits(result.edits);
    } finally {
      applying = false;
    }
    const applied = performance.now();
    // The editor now holds this text; it publishes it itself (after a pause for large bodies).
    performance.mark("form:text-updated");
    const newText = applyEditsToOriginal(text, result.edits);
    // The tree is updated in place (it belongs to the snapshot being replaced): one item's parse, not the body's.
    const patched = reparseAfterEdits(text, root, result.edits, newText);
    setSnapshot(snapshotOf(newText, current.good, patched));
    // User Timing entries for benchmarks: the whole edit, and the part spent in the editor and
    // in whatever else reacts to the new text synchronously (the rest is the form's own work).
    if (++measured % 1000 === 0) {
      for (const name of ["form:edit", "form:apply"]) performance.clearMeasures(name);
      performance.clearMarks("form:text-updated");
    }
    performance.measure("form:edit", { start: started, end: performance.now() });
    performance.measure("form:apply", { start: applyStarted, end: applied });
    return result;
  };

  function refuse(reason: string): EditResult {
    setRefusal(reason);
    return editError(reason);
  }

  const problemIndex = createMemo(() => {
    const byPath = new Map<string, Problem[]>();
    const byItem = new Map<number, { errors: number; warnings: number }>();
    for (const problem of state.body.validation()?.problems ?? []) {
      const list = byPath.get(problem.pathText);
      if (list) list.push(problem);
      else byPath.set(problem.pathText, [problem]);
      const [first, index] = problem.path;
      if (first === itemsListField && typeof index === "number") {
        const counts = byItem.get(index) ?? { errors: 0, warnings: 0 };
        if (problem.severity === "error") counts.errors++;
        else counts.warnings++;
        byItem.set(index, counts);
      }
    }
    return { byPath, byItem };
  });

  return {
    snapshot,
    shown: () => snapshot().good,
    editable,
    run,
    refusal,
    problemsAt: (pathText) => problemIndex().byPath.get(pathText) ?? [],
    problemCountsOfItem: (index) => problemIndex().byItem.get(index),
    focusLater(id, fallbackId) {
      queueMicrotask(() => {
        const usable = (element: HTMLElement | null) => (element && !element.matches(":disabled") ? element : null);
        const target = usable(document.getElementById(id)) ?? (fallbackId ? usable(document.getElementById(fallbackId)) : null);
        const focusable = target?.matches("input, select, button, textarea")
          ? target
          : target?.querySelector<HTMLElement>("input:not([readonly]):not(:disabled), select:not(:disabled), button:not(:disabled)");
        (focusable ?? target)?.focus();
        target?.scrollIntoView({ block: "nearest" });
      });
    },
    view,
  };
}
