import { createEffect, createMemo, createSignal, getOwner, onCleanup, onMount, runWithOwner, untrack, type Accessor } from "solid-js";
import type { AppState } from "./state/app-state";
import type { EditorHandle } from "./editor-handle";
import { pathAtOffset } from "../core/json/path-at-offset";
import { isLargeBody } from "../core/body/large-body";
import { pathAtOffsetInItems } from "../core/preview/path-in-items";
import type { JsonPath } from "../core/json/json-path";
import { createMarkerSync } from "../services/monaco/marker-sync";
import { firstScreenOf } from "../core/stored-state/first-body";
import { createDeepBodyGuard, tooDeepMessage } from "../services/monaco/deep-body-guard";
import { createLongLineGuard, longLineMessage } from "../services/monaco/long-line-guard";
import { createJsonHelpSwitch } from "../services/monaco/json-help-switch";
import { formatJsonText } from "../core/json/format-json";
import { adoptLineEndings, interceptWholeBodyPaste, replaceWholeBody } from "../services/monaco/whole-body";
import { describeNormalisation, type LineEndingPlan } from "../core/text/line-endings";
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import { afterFirstCheckPainted } from "./after-first-check";
import { markEditorStarted } from "../services/editor-started";
import { carriedStandIn, readStandIn, restoreStandIn, standInLabel, type StandInState } from "./stand-in";

type Monaco = typeof MonacoApi;

/**
 * How long typing must pause before the whole text is read (and handed to the request, preview
 * and draft): at once for ordinary bodies; from 1 MB on (about 1,000 items) the copy and what
 * reacts to it cost a few to tens of ms, so not between keystrokes. Validation does not wait: it
 * follows the edits; send, copy and share read the text at once (flush).
 */
function readPauseMs(length: number): number {
  return length < 1_000_000 ? 0 : 250;
}

/**
 * The longest the editor's start waits for the first Problems to be painted: a check of a body
 * under 200,000 characters answers in well under a second even on a slow machine, so this only
 * guards against a worker that never answers.
 */
const firstCheckWaitLimitMs = 10_000;

/**
 * The Monaco editor holding the body text. Monaco is loaded lazily, so the page (and the first
 * validation, which runs in a worker) does not wait for it.
 */
export function EditorPanel(props: { state: AppState; theme: Accessor<"light" | "dark">; onCursorPath?: (path: JsonPath | undefined) => void }) {
  let host!: HTMLDivElement;
  let standIn: HTMLTextAreaElement | undefined;
  let disposed = false;

  // Effects created after Monaco's lazy import must still belong to this component, so they
  // are disposed with it (Solid warns about computations created outside a root otherwise).
  const owner = getOwner();
  onMount(async () => {
    // A large body's first check can take seconds: its editor does not wait for it.
    if (!isLargeBody(untrack(props.state.body.text))) await afterFirstCheckPainted(props.state.body.validation, firstCheckWaitLimitMs);
    if (disposed) return;
    const [{ monaco }, { registerBodySchema, bodyModelUri }] = await Promise.all([
      import("../services/monaco/monaco"),
      import("../services/monaco/schema-registration"),
    ]);
    if (disposed) return;
    runWithOwner(owner, () => mountEditor(monaco, registerBodySchema, bodyModelUri));
  });

  const mountEditor = (monaco: Monaco, registerBodySchema: () => void, bodyModelUri: string): void => {
    registerBodySchema();
    // The plain-text stand-in, shown (and maybe typed in) until now: its caret and focus carry over.
    const handover = standIn && readStandIn(standIn);
    host.replaceChildren();
    standIn = undefined;
    const initialText = untrack(props.state.body.text);
    const model = monaco.editor.createModel(initialText, "json", monaco.Uri.parse(bodyModelUri));
    // Said before anything is sent: a body the editor cannot hold exactly, and what it became.
    let normalisedNotice: string | undefined;
    const reportLineEndings = (plan: LineEndingPlan): void => {
      const stale = props.state.notices.list().find((n) => n.message === normalisedNotice);
      if (stale) props.state.notices.dismiss(stale.id);
      normalisedNotice = plan.exact ? undefined : describeNormalisation(plan);
      if (normalisedNotice) props.state.notices.notify(normalisedNotice, "warning");
    };
    const jsonHelp = createJsonHelpSwitch(monaco, model);
    const deepGuard = createDeepBodyGuard(jsonHelp, model, (tooDeep) => {
      const shown = props.state.notices.list().find((n) => n.message === tooDeepMessage);
      if (tooDeep) props.state.notices.notify(tooDeepMessage, "warning");
      else if (shown) props.state.notices.dismiss(shown.id);
    });
    deepGuard.check(initialText);
    const initialPlan = adoptLineEndings(monaco, model, initialText);
    // The body is what the editor holds: sent, copied and shared as shown, never a hidden original.
    if (!initialPlan.exact) props.state.body.setText(model.getValue());
    reportLineEndings(initialPlan);
    const editor = monaco.editor.create(host, {
      model,
      ariaLabel: "Request body",
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      // Completion offers only what the schema allows: Monaco's fallback proposes any word of the
      // text (an unquoted `Fackboo` breaks the JSON) wherever the schema has nothing to offer.
      wordBasedSuggestions: "off",
      theme: untrack(props.theme) === "dark" ? "vs-dark" : "vs",
    });
    // Caught on the way down to Monaco's input element: a paste of a whole body keeps its line breaks.
    const stopIntercepting = interceptWholeBodyPaste(host, editor, (text) => {
      handle.replaceAll(text);
      const end = model.getPositionAt(model.getValueLength());
      editor.setPosition(end);
      editor.revealPosition(end);
    });
    const longLines = createLongLineGuard(editor, model, jsonHelp, (longLine) => {
      const shown = props.state.notices.list().find((n) => n.message === longLineMessage);
      if (shown) props.state.notices.dismiss(shown.id);
      if (longLine) props.state.notices.notify(longLineMessage, "warning", [{ label: "Format body", run: formatLongBody }]);
    });
    // Text-based, in one pass: Monaco's formatter would first copy the whole line to its JSON worker.
    const formatLongBody = () => {
      const text = props.state.body.current();
      handle.replaceAll(formatJsonText(text, 2, text.includes("\r\n") ? "\r\n" : "\n"));
    };
    longLines.check();
    createEffect(() => monaco.editor.setTheme(props.theme() === "dark" ? "vs-dark" : "vs"));
    // The validator follows the edits themselves (a few bytes each). Reading the whole text copies
    // it: immediate for ordinary bodies, once typing pauses for multi-megabyte ones, so a
    // keystroke in a 13 MB body paints without that copy.
    let readTimer: ReturnType<typeof setTimeout> | undefined;
    const publish = () => {
      const text = model.getValue();
      // JSON help is off anyway while a line is long: the depth scan (the whole text) can wait.
      if (!longLines.check()) deepGuard.check(text);
      props.state.body.publishEditorText(text);
    };
    const changes = model.onDidChangeContent((event) => {
      clearTimeout(readTimer);
      // A new text or line break: the whole text is new to the validator.
      if (event.isFlush || event.isEolChange) {
        readTimer = undefined;
        const text = model.getValue();
        if (!longLines.check()) deepGuard.afterEdit([], text);
        else deepGuard.forget();
        return props.state.body.setText(text);
      }
      // One change as long as the model: the edit replaced the whole body (an import, a link, a paste of everything).
      const only = event.changes.length === 1 ? event.changes[0] : undefined;
      deepGuard.afterEdit(
        event.changes.map((c) => c.text),
        only !== undefined && only.text.length === model.getValueLength() ? only.text : undefined,
      );
      props.state.body.editorEdited(
        event.changes.map((c) => ({ offset: c.rangeOffset, length: c.rangeLength, text: c.text })),
        model.getValueLength(),
      );
      const pause = readPauseMs(model.getValueLength());
      if (pause === 0) return publish();
      readTimer = setTimeout(() => {
        readTimer = undefined;
        publish();
      }, pause);
    });
    // The docs panel follows the cursor; the text is read from state (getValue would copy it),
    // and with the validator's item spans only the item under the cursor is scanned.
    let cursorTimer: ReturnType<typeof setTimeout> | undefined;
    const [cursorOffset, setCursorOffset] = createSignal<number>();
    const cursor = editor.onDidChangeCursorPosition((event) => {
      clearTimeout(cursorTimer);
      cursorTimer = setTimeout(() => setCursorOffset(model.getOffsetAt(event.position)), 80);
    });
    createEffect(() => {
      const offset = cursorOffset();
      if (offset === undefined) return;
      const text = props.state.body.text();
      const index = props.state.body.itemsIndex();
      if (index?.items && index.text === text) props.onCursorPath?.(pathAtOffsetInItems(text, index.items, offset)?.path);
      // A large body is not scanned from its start: this runs again once its items are indexed.
      else if (!isLargeBody(text)) props.onCursorPath?.(pathAtOffset(text, offset)?.path);
    });
    // Publishes typing not yet published: before a send, copy or share, and after replacing the body.
    const handle = makeHandle(monaco, editor, model, () => {
      if (readTimer === undefined) return;
      clearTimeout(readTimer);
      readTimer = undefined;
      publish();
    }, reportLineEndings);
    props.state.body.setEditor(handle);
    if (handover) takeOverStandIn(monaco, editor, model, handover);
    markEditorStarted();

    const markers = createMarkerSync(monaco, model);
    createEffect(() => {
      const outcome = props.state.body.validationOutcome();
      if (outcome) markers.show(outcome.result.problems);
    });

    onCleanup(() => {
      stopIntercepting();
      markers.dispose();
      changes.dispose();
      clearTimeout(readTimer);
      cursor.dispose();
      clearTimeout(cursorTimer);
      props.state.body.setEditor(undefined);
      editor.dispose();
      model.dispose();
    });
  };

  onCleanup(() => {
    disposed = true;
  });

  // Until Monaco has loaded, the body is a plain textarea (as in index.html's shell): it can be
  // edited at once. A large body shows its first screen, read-only (a textarea would hold it all).
  const standInText = createMemo(() => {
    const text = props.state.body.pendingText();
    return isLargeBody(text) ? { text: firstScreenOf(text), readOnly: true } : { text, readOnly: false };
  });
  onMount(() => {
    const carried = carriedStandIn(true);
    if (standIn && carried) restoreStandIn(standIn, carried);
  });
  return (
    <div class="editor-host" ref={host} data-testid="editor">
      <textarea
        ref={standIn}
        class="editor-placeholder"
        aria-label={standInLabel}
        spellcheck={false}
        autocomplete="off"
        wrap="off"
        readonly={standInText().readOnly}
        value={standInText().text}
        onInput={(event) => props.state.body.typeBeforeEditor(event.currentTarget.value)}
      />
    </div>
  );
}

/** Monaco continues where the stand-in was: the same scroll, and for a user typing there the caret, selection and focus. */
function takeOverStandIn(monaco: Monaco, editor: MonacoApi.editor.IStandaloneCodeEditor, model: MonacoApi.editor.ITextModel, state: StandInState): void {
  if (!state.focused) {
    editor.setScrollTop(state.scrollTop);
    return;
  }
  const start = model.getPositionAt(state.selectionStart);
  const end = model.getPositionAt(state.selectionEnd);
  const [from, to] = state.backward ? [end, start] : [start, end];
  editor.setSelection(new monaco.Selection(from.lineNumber, from.column, to.lineNumber, to.column));
  editor.setScrollTop(state.scrollTop);
  editor.revealPositionInCenterIfOutsideViewport(to);
  editor.focus();
}

function makeHandle(
  monaco: Monaco,
  editor: MonacoApi.editor.IStandaloneCodeEditor,
  model: MonacoApi.editor.ITextModel,
  publishNow: () => void,
  onWholeBody: (plan: LineEndingPlan) => void,
): EditorHandle {
  const rangeOf = (offset: number, length: number) => {
    const start = model.getPositionAt(offset);
    const end = model.getPositionAt(offset + length);
    return new monaco.Range(start.lineNumber, start.column, end.lineNumber, end.column);
  };
  return {
    select(offset, length) {
      const range = rangeOf(offset, length);
      editor.setSelection(range);
      editor.revealRangeInCenterIfOutsideViewport(range);
      editor.focus();
    },
    applyEdits(edits) {
      editor.pushUndoStop();
      editor.executeEdits(
        "form",
        edits.map((e) => ({ range: rangeOf(e.offset, e.length), text: e.text, forceMoveMarkers: true })),
      );
      editor.pushUndoStop();
      // Published like typing (after a pause for large bodies): the form knows the new text already.
    },
    replaceAll(text) {
      const plan = replaceWholeBody(monaco, editor, model, text);
      // Its callers (a link opened, history restored) read the new text next.
      publishNow();
      onWholeBody(plan);
    },
    focus: () => editor.focus(),
    format: () => void editor.getAction("editor.action.formatDocument")?.run(),
    flush: publishNow,
  };
}
