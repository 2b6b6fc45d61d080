import { createEffect, onCleanup, onMount, untrack, type Accessor } from "solid-js";
import type { AppState } from "./app-state";
import type { EditorHandle } from "./editor-handle";
import type * as MonacoApi from "monaco-editor/editor/editor.api";

type Monaco = typeof MonacoApi;

/**
 * The Monaco editor holding the body text. Monaco is loaded lazily, so the page (and the first
 * validation, which runs in a worker) does not wait for it.
 */
export function EditorPanel(props: { state: AppState; theme: Accessor<"light" | "dark"> }) {
  let host!: HTMLDivElement;
  let disposed = false;

  onMount(async () => {
    const [{ monaco }, { registerBodySchema, bodyModelUri }] = await Promise.all([
      import("../services/monaco/monaco"),
      import("../services/monaco/schema-registration"),
    ]);
    if (disposed) return;
    registerBodySchema();
    const model = monaco.editor.createModel(untrack(props.state.bodyText), "json", monaco.Uri.parse(bodyModelUri));
    const editor = monaco.editor.create(host, {
      model,
      ariaLabel: "Request body",
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      theme: untrack(props.theme) === "dark" ? "vs-dark" : "vs",
    });
    createEffect(() => monaco.editor.setTheme(props.theme() === "dark" ? "vs-dark" : "vs"));
    const changes = model.onDidChangeContent(() => props.state.setBodyText(model.getValue()));
    const handle = makeHandle(monaco, editor, model);
    props.state.setEditor(handle);

    createEffect(() => {
      const result = props.state.validation();
      if (!result) return;
      monaco.editor.setModelMarkers(
        model,
        "sync-data-playground",
        result.problems.map((p) => {
          const start = model.getPositionAt(p.offset);
          const end = model.getPositionAt(p.offset + Math.max(p.length, 1));
          return {
            severity: p.severity === "error" ? monaco.MarkerSeverity.Error : monaco.MarkerSeverity.Warning,
            message: `${p.message}\n${p.pathText}`,
            startLineNumber: start.lineNumber,
            startColumn: start.column,
            endLineNumber: end.lineNumber,
            endColumn: end.column,
            source: "sync_data",
          };
        }),
      );
    });

    onCleanup(() => {
      changes.dispose();
      props.state.setEditor(undefined);
      editor.dispose();
      model.dispose();
    });
  });

  onCleanup(() => {
    disposed = true;
  });

  return <div class="editor-host" ref={host} data-testid="editor" />;
}

function makeHandle(monaco: Monaco, editor: MonacoApi.editor.IStandaloneCodeEditor, model: MonacoApi.editor.ITextModel): EditorHandle {
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
    },
    replaceAll(text) {
      editor.pushUndoStop();
      editor.executeEdits("replace", [{ range: model.getFullModelRange(), text }]);
      editor.pushUndoStop();
    },
    focus: () => editor.focus(),
    format: () => void editor.getAction("editor.action.formatDocument")?.run(),
  };
}
