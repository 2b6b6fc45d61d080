import { createEffect, getOwner, onCleanup, onMount, runWithOwner, untrack } from "solid-js";
import type * as MonacoApi from "monaco-editor/editor/editor.api";
import "./workspace.css";

type Monaco = typeof MonacoApi;

/** The view grows with the body up to this height, then scrolls. */
const maxHeightPx = 360;
/** Enough for three lines and Monaco's find widget above them. */
const minHeightPx = 72;

/**
 * The response body in a read-only Monaco editor: folding and Ctrl+F find, in the page's theme
 * (Monaco's theme is global: the body editor sets it). It shows the text it is given as is —
 * the lossless pretty body, whose numbers keep every digit — and is only given bodies the page
 * draws whole (up to 200,000 characters; a longer one stays plain text, cut). Until Monaco is
 * there the text shows plain, so the answer never waits for the editor.
 */
export function ResponseBodyView(props: { text: string; json: boolean }) {
  let host!: HTMLDivElement;
  let disposed = false;
  const owner = getOwner();
  onMount(async () => {
    const { monaco } = await import("../services/monaco/monaco");
    if (disposed) return;
    runWithOwner(owner, () => mount(monaco));
  });
  onCleanup(() => {
    disposed = true;
  });

  const mount = (monaco: Monaco): void => {
    host.replaceChildren();
    const language = () => (props.json ? "json" : "plaintext");
    const model = monaco.editor.createModel(untrack(() => props.text), untrack(language));
    const editor = monaco.editor.create(host, {
      model,
      readOnly: true,
      ariaLabel: "Response body",
      automaticLayout: true,
      minimap: { enabled: false },
      fontSize: 13,
      tabSize: 2,
      lineNumbersMinChars: 3,
      scrollBeyondLastLine: false,
      fixedOverflowWidgets: true,
      folding: true,
      showFoldingControls: "always",
      renderLineHighlight: "none",
      // At its top or bottom the view hands the wheel back to the page.
      scrollbar: { alwaysConsumeMouseWheel: false },
    });
    const fit = () => {
      host.style.height = `${Math.max(minHeightPx, Math.min(maxHeightPx, editor.getContentHeight()))}px`;
    };
    const sized = editor.onDidContentSizeChange(fit);
    fit();
    createEffect(() => {
      const text = props.text;
      if (text !== model.getValue()) model.setValue(text);
      monaco.editor.setModelLanguage(model, language());
    });
    onCleanup(() => {
      sized.dispose();
      editor.dispose();
      model.dispose();
    });
  };

  return (
    <div class="response-body-view" ref={host} data-testid="response-body">
      <pre class="response-body">{untrack(() => props.text) || "(empty body)"}</pre>
    </div>
  );
}
