import { createMemo, createSignal, lazy, Show, type Accessor } from "solid-js";
import type { AppState } from "./state/app-state";
import { EditorPanel } from "./EditorPanel";
import { ProblemsPanel } from "./ProblemsPanel";
import { DocsPanel, type FieldFocus } from "./DocsPanel";
import { FocusedPathContext } from "./form/focused-path";
import { Splitter } from "./Splitter";
import { FileControls } from "./FileControls";
import type { Problem } from "../core/validation/problem";
import { problemSelection } from "../core/validation/problem-selection";
import { revealInForm } from "./form/reveal-field";
import { hasUnfinishedStoredRun } from "../services/bulk-store";

// Loaded when first opened, not with the first screen.
const FormPanel = lazy(() => import("./form/FormPanel").then((m) => ({ default: m.FormPanel })));
const BulkPanel = lazy(() => import("./bulk/BulkPanel").then((m) => ({ default: m.BulkPanel })));

type View = "editor" | "form" | "bulk";
const views: readonly View[] = ["editor", "form", "bulk"];

/**
 * The body, as JSON text or as a form, with its problems underneath. The editor stays mounted
 * while the form shows: form edits go through it, onto its undo stack.
 */
export function BodyPane(props: {
  state: AppState;
  theme: Accessor<"light" | "dark">;
  focus: FieldFocus;
  editorPercent: Accessor<number>;
  onEditorPercent: (percent: number) => void;
  hidden?: boolean;
}) {
  const [view, setView] = createSignal<View>("editor");
  // Bulk is loaded when first opened, or at once when a reload interrupted a run (it offers to
  // resume it); then it stays mounted: a run goes on when another view shows.
  const [runToResume, setRunToResume] = createSignal(false);
  void hasUnfinishedStoredRun()
    .then(setRunToResume)
    .catch(() => undefined); // no IndexedDB: no stored run; the Bulk view says so when opened
  const bulkOpened = createMemo((opened: boolean) => opened || runToResume() || view() === "bulk", false);
  // A problem is shown where the body is: its field in the form, or its text in the editor
  // (a string's content, not its quotes: typing then replaces what the person means to replace).
  const showProblem = (problem: Problem) => {
    if (view() === "form") return revealInForm(props.state, problem.path);
    const editor = props.state.body.editor();
    if (!editor) return;
    const { offset, length } = problemSelection(props.state.body.current(), problem.offset, problem.length);
    editor.select(offset, length);
  };
  const tab = (id: View, label: string) => (
    <button
      type="button"
      role="tab"
      id={`body-tab-${id}`}
      aria-selected={view() === id}
      aria-controls={`body-view-${id}`}
      tabindex={view() === id ? 0 : -1}
      onClick={() => setView(id)}
      onKeyDown={(event) => {
        if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
          const step = event.key === "ArrowRight" ? 1 : views.length - 1;
          const next = views[(views.indexOf(view()) + step) % views.length] ?? "editor";
          setView(next);
          document.getElementById(`body-tab-${next}`)?.focus();
        }
      }}
    >
      {label}
    </button>
  );
  return (
    <section class="body-pane" aria-label="Body" hidden={props.hidden}>
      <div class="tabs" role="tablist" aria-label="Body view">
        {tab("editor", "JSON")}
        {tab("form", "Form")}
        {tab("bulk", "Bulk")}
        <span class="tab-hint muted">
          In the editor Tab indents; <kbd>Ctrl</kbd>+<kbd>M</kbd> makes Tab move focus instead.
        </span>
      </div>
      <FileControls state={props.state} />
      <div class="body-views" style={{ flex: `0 0 ${props.editorPercent()}%` }}>
        <div id="body-view-editor" role="tabpanel" aria-labelledby="body-tab-editor" class="body-view" hidden={view() !== "editor"}>
          <EditorPanel state={props.state} theme={props.theme} onCursorPath={(path) => props.focus.setPath(path)} />
        </div>
        <Show when={view() === "form"}>
          <div
            id="body-view-form"
            role="tabpanel"
            aria-label="Form"
            class="body-view form-view"
          >
            {/* Each form field and group names its path on focus; the docs panel follows it. */}
            <FocusedPathContext.Provider value={(path) => props.focus.setPath(path)}>
              <FormPanel state={props.state} />
            </FocusedPathContext.Provider>
          </div>
        </Show>
        {/* Mounted while hidden: a run goes on when another view shows. */}
        <div id="body-view-bulk" role="tabpanel" aria-labelledby="body-tab-bulk" class="body-view bulk-view" hidden={view() !== "bulk"}>
          <Show when={bulkOpened()}>
            <BulkPanel state={props.state} />
          </Show>
        </div>
      </div>
      <Splitter orientation="horizontal" percent={props.editorPercent} onChange={props.onEditorPercent} label="Resize the editor and the problems" />
      {/* Scrolls when the docs run long: focusable, so the keyboard can scroll it too (axe). */}
      <div class="body-footer" tabindex="0" role="region" aria-label="Body checks and docs">
        <ProblemsPanel state={props.state} onShow={showProblem} />
        <DocsPanel focus={props.focus} />
      </div>
    </section>
  );
}
