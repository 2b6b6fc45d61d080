import { createSignal, createUniqueId, For, onCleanup, Show } from "solid-js";
import type { HistoryEntry } from "../core/stored-state/history-entry";
import { describeNotKept, responseLimits } from "../core/stored-state/recorded-response";
import { prettyResponseText } from "../core/response/pretty-json";
import type { AppState } from "./state/app-state";
import { createModalDialog } from "./modal-dialog";
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import "./panels.css";
import "./workspace.css";

/** One side of a comparison: a send from history, or the body as it is now. */
interface Side {
  readonly label: string;
  readonly bodyText: string;
  /** The response body as the response view shows it, or a sentence in brackets saying why there is none. */
  readonly responseText: () => string;
  readonly outcome: string;
}

const currentKey = "current";
/** How long replaced models outlive a diff editor that had not computed its diff yet. */
const retiredModelsMs = 30_000;

/** What the diff editor compares: the request bodies sent, or the responses they got. */
type CompareMode = "bodies" | "responses";

const modeNames: Readonly<Record<CompareMode, { readonly all: string; readonly one: string }>> = {
  bodies: { all: "Compared bodies", one: "body" },
  responses: { all: "Compared responses", one: "response" },
};

/** An entry's response, re-indented losslessly like the response view (numbers keep every digit). */
function responseTextOf(entry: HistoryEntry): string {
  const response = entry.response;
  if (response?.kept) return prettyResponseText(response.text);
  if (response) return `(${describeNotKept(response.reason)})`;
  if (entry.status === null) return "(No response: this send got no answer, or it is a draft that was not sent.)";
  return "(No response kept: this send is older than History's responses.)";
}

function describeOutcome(entry: HistoryEntry): string {
  if (entry.label) return entry.label;
  const status = entry.status === null ? "no answer" : `status ${entry.status}`;
  const count = entry.successCount === null ? "" : `, success_count ${entry.successCount}`;
  const trace = entry.traceId === null ? "" : `, traceId ${entry.traceId}`;
  return `${status}${count}${trace}`;
}

/**
 * `Compare`: two sends from history (or a send and the current body) side by side in Monaco's
 * diff editor — what changed between the payload that got 200 and the one that got 422 — and the
 * responses they got (History keeps each send's response body within limits: recorded-response.ts).
 * Each side's status, success_count and traceId are shown above it.
 */
export function CompareDialog(props: { state: AppState }) {
  let button: HTMLButtonElement | undefined;
  let host: HTMLDivElement | undefined;
  const modal = createModalDialog(() => button);
  const titleId = createUniqueId();
  const entries = () => props.state.history.entries().entries;
  const [left, setLeft] = createSignal<string>(currentKey);
  const [right, setRight] = createSignal<string>(currentKey);
  const [mode, setMode] = createSignal<CompareMode>("bodies");
  const modeGroup = createUniqueId();
  let diff: MonacoApi.editor.IStandaloneDiffEditor | undefined;
  let models: MonacoApi.editor.ITextModel[] = [];
  /** Whether the shown diff editor has computed its diff once. */
  let computed = false;
  /** Bumped by each show(): a show() overtaken while Monaco loaded builds nothing. */
  let generation = 0;
  const disposeDiff = () => {
    diff?.dispose();
    // A diff still being computed reads its models in Monaco's worker, and Monaco's provider throws
    // "no diff result available", uncaught, when they are gone by then (seen in CI, switching to
    // Responses right after opening). The worker answers in order, so the models are let go once
    // it has answered (this diff computed), at the latest after a while.
    const retired = models;
    const release = () => retired.forEach((model) => model.dispose());
    if (computed) release();
    else setTimeout(release, retiredModelsMs);
    diff = undefined;
    models = [];
    computed = false;
  };
  onCleanup(disposeDiff);

  const sideOf = (key: string): Side => {
    const entry = entries().find((e) => e.id === key);
    if (!entry) {
      return { label: "Current body", bodyText: props.state.body.current(), responseText: () => "(No response: the current body has not been sent.)", outcome: "not sent yet" };
    }
    return {
      label: `${new Date(entry.time).toLocaleString()} → ${entry.request.url}`,
      bodyText: entry.request.body,
      responseText: () => responseTextOf(entry),
      outcome: describeOutcome(entry),
    };
  };

  const show = async () => {
    const mine = ++generation;
    const { monaco, loadDiffEditor } = await import("../services/monaco/monaco");
    await loadDiffEditor();
    if (!host || mine !== generation) return;
    disposeDiff();
    const textOf = (side: Side) => (mode() === "bodies" ? side.bodyText : side.responseText());
    const original = monaco.editor.createModel(textOf(sideOf(left())), "json");
    const modified = monaco.editor.createModel(textOf(sideOf(right())), "json");
    const names = modeNames[mode()];
    models = [original, modified];
    diff = monaco.editor.createDiffEditor(host, {
      readOnly: true,
      originalEditable: false,
      automaticLayout: true,
      renderSideBySide: true,
      useInlineViewWhenSpaceIsLimited: false,
      minimap: { enabled: false },
      scrollBeyondLastLine: false,
      ariaLabel: names.all,
      originalAriaLabel: `Left ${names.one}`,
      modifiedAriaLabel: `Right ${names.one}`,
    });
    // The diff editor's own labels do not reach its two text inputs: name them for screen readers.
    diff.getOriginalEditor().updateOptions({ ariaLabel: `Left ${names.one}` });
    diff.getModifiedEditor().updateOptions({ ariaLabel: `Right ${names.one}` });
    const shown = diff;
    // Bring the first change into view: what changed is the point of comparing.
    shown.onDidUpdateDiff(() => {
      if (diff === shown) computed = true;
      const first = shown.getLineChanges()?.[0];
      if (first) shown.getModifiedEditor().revealLineInCenter(Math.max(1, first.modifiedStartLineNumber));
    });
    diff.setModel({ original, modified });
  };

  const open = () => {
    const [newest, previous] = entries();
    setRight(newest?.id ?? currentKey);
    setLeft(previous?.id ?? currentKey);
    setMode("bodies");
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
        <fieldset class="compare-mode">
          <legend>Show</legend>
          <For each={["bodies", "responses"] as const}>
            {(value) => (
              <label>
                <input
                  type="radio"
                  name={modeGroup}
                  value={value}
                  checked={mode() === value}
                  onChange={() => {
                    setMode(value);
                    void show();
                  }}
                />{" "}
                {value === "bodies" ? "Request bodies" : "Responses"}
              </label>
            )}
          </For>
        </fieldset>
        <Show when={mode() === "responses"}>
          <p class="muted">
            History keeps a send's response while this tab is open (up to {responseLimits.keptChars.toLocaleString("en")} characters) and stores it on this
            device when it is up to {responseLimits.storedChars.toLocaleString("en")} characters.
          </p>
        </Show>
        <Show when={entries().length === 0}>
          <p class="muted">Send first: each send joins History and can be compared here.</p>
        </Show>
        <div class="compare-diff" ref={host} />
      </dialog>
    </>
  );
}
