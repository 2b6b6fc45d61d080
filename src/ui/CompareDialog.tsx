import { createSignal, createUniqueId, For, onCleanup, Show } from "solid-js";
import type { HistoryEntry } from "../core/stored-state/history-entry";
import type { AppState } from "./state/app-state";
import { createModalDialog } from "./modal-dialog";
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import "./panels.css";
import "./workspace.css";

/** One side of a comparison: a send from history, or the body as it is now. */
interface Side {
  readonly label: string;
  readonly bodyText: string;
  readonly outcome: string;
}

const currentKey = "current";

function describeOutcome(entry: HistoryEntry): string {
  if (entry.label) return entry.label;
  const status = entry.status === null ? "no answer" : `status ${entry.status}`;
  const count = entry.successCount === null ? "" : `, success_count ${entry.successCount}`;
  const trace = entry.traceId === null ? "" : `, traceId ${entry.traceId}`;
  return `${status}${count}${trace}`;
}

/**
 * `Compare`: two sends from history (or a send and the current body) side by side in Monaco's
 * diff editor — what changed between the payload that got 200 and the one that got 422. History
 * keeps each send's status, success_count and traceId (not the response body), shown above each side.
 */
export function CompareDialog(props: { state: AppState }) {
  let button: HTMLButtonElement | undefined;
  let host: HTMLDivElement | undefined;
  const modal = createModalDialog(() => button);
  const titleId = createUniqueId();
  const entries = () => props.state.history.entries().entries;
  const [left, setLeft] = createSignal<string>(currentKey);
  const [right, setRight] = createSignal<string>(currentKey);
  let diff: MonacoApi.editor.IStandaloneDiffEditor | undefined;
  let models: MonacoApi.editor.ITextModel[] = [];
  const disposeDiff = () => {
    diff?.dispose();
    for (const model of models) model.dispose();
    diff = undefined;
    models = [];
  };
  onCleanup(disposeDiff);

  const sideOf = (key: string): Side => {
    const entry = entries().find((e) => e.id === key);
    if (!entry) return { label: "Current body", bodyText: props.state.body.current(), outcome: "not sent yet" };
    return { label: `${new Date(entry.time).toLocaleString()} → ${entry.request.url}`, bodyText: entry.request.body, outcome: describeOutcome(entry) };
  };

  const show = async () => {
    const { monaco } = await import("../services/monaco/monaco");
    if (!host) return;
    disposeDiff();
    const original = monaco.editor.createModel(sideOf(left()).bodyText, "json");
    const modified = monaco.editor.createModel(sideOf(right()).bodyText, "json");
    models = [original, modified];
    diff = monaco.editor.createDiffEditor(host, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      ariaLabel: "Compared bodies",
      originalAriaLabel: "Left body",
      modifiedAriaLabel: "Right body",
    });
    const shown = diff;
    // Bring the first change into view: what changed is the point of comparing.
    shown.onDidUpdateDiff(() => {
      const first = shown.getLineChanges()?.[0];
      if (first) shown.getModifiedEditor().revealLineInCenter(Math.max(1, first.modifiedStartLineNumber));
    });
    diff.setModel({ original, modified });
  };

  const open = () => {
    const [newest, previous] = entries();
    setRight(newest?.id ?? currentKey);
    setLeft(previous?.id ?? currentKey);
    modal.open();
    void show();
  };

  const choice = (id: string, label: string, value: () => string, set: (key: string) => void) => (
    <label>
      {label}{" "}
      <select
        id={id}
        onChange={(e) => {
          set(e.currentTarget.value);
          void show();
        }}
      >
        <option value={currentKey} selected={value() === currentKey}>
          Current body
        </option>
        <For each={entries()}>
          {(entry) => (
            <option value={entry.id} selected={value() === entry.id}>
              {new Date(entry.time).toLocaleString()}: {describeOutcome(entry)}
            </option>
          )}
        </For>
      </select>
    </label>
  );

  return (
    <>
      <button type="button" ref={button} aria-haspopup="dialog" onClick={open}>
        Compare
      </button>
      <dialog ref={modal.ref} class="app-dialog compare-dialog" aria-labelledby={titleId} onClose={disposeDiff}>
        <div class="dialog-header">
          <h2 id={titleId}>Compare</h2>
          <button type="button" class="dialog-close" onClick={() => modal.close()}>
            Close
          </button>
        </div>
        <div class="compare-sides">
          <div>
            {choice("compare-left", "Left", left, setLeft)}
            <p data-testid="compare-left-outcome">{sideOf(left()).outcome}</p>
          </div>
          <div>
            {choice("compare-right", "Right", right, setRight)}
            <p data-testid="compare-right-outcome">{sideOf(right()).outcome}</p>
          </div>
        </div>
        <Show when={entries().length === 0}>
          <p class="muted">Send first: each send joins History and can be compared here.</p>
        </Show>
        <div class="compare-diff" ref={host} />
      </dialog>
    </>
  );
}
