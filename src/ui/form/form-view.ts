import { createSignal, type Accessor, type Setter } from "solid-js";
import type { AppState } from "../state/app-state";
import type { BuiltModel } from "./form-session";

/** How many item summaries are listed at first, and added by "Show more". */
export const summaryPageSize = 100;

/** Which item is open and how far the list of summaries goes: kept while the JSON view is shown. */
export interface FormView {
  readonly expanded: Accessor<number>;
  readonly setExpanded: Setter<number>;
  readonly listedCount: Accessor<number>;
  readonly setListedCount: Setter<number>;
  /** The last model that parsed, so a form opened on broken JSON still shows it (read-only). */
  lastGood: BuiltModel | undefined;
}

// The Form tab unmounts its panel when the JSON tab shows; the reader's place survives that.
const views = new WeakMap<AppState, FormView>();

export function formViewOf(state: AppState): FormView {
  let view = views.get(state);
  if (!view) {
    const [expanded, setExpanded] = createSignal(0);
    const [listedCount, setListedCount] = createSignal(summaryPageSize);
    view = { expanded, setExpanded, listedCount, setListedCount, lastGood: undefined };
    views.set(state, view);
  }
  return view;
}
