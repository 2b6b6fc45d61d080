import { onCleanup, onMount } from "solid-js";
import { decodeBodyFile } from "../core/workspace/body-file";
import { downloadText } from "../services/clipboard";
import type { AppState } from "./state/app-state";
import "./workspace.css";

/**
 * `Open file` (and a `.json` file dropped onto the editor) opens its text exactly, saying what
 * could not be kept; `Download body` saves exactly the text that would be sent.
 */
export function FileControls(props: { state: AppState }) {
  let input: HTMLInputElement | undefined;
  const openFile = async (file: File) => {
    const decoded = decodeBodyFile(new Uint8Array(await file.arrayBuffer()), file.name);
    if (!decoded.ok) return props.state.notices.notify(decoded.error, "error");
    props.state.history.openShared({ bodyText: decoded.text, target: props.state.target.settings() }, `opening ${file.name}`);
    for (const note of decoded.notes) props.state.notices.notify(note, "warning");
  };
  const download = () => {
    downloadText("sync_data-body.json", props.state.body.current());
  };
  // Capture phase on the window: Monaco handles drops itself (it would insert the file's name).
  const onDragOver = (event: DragEvent) => {
    if (overEditor(event) && event.dataTransfer?.types.includes("Files")) event.preventDefault();
  };
  const onDrop = (event: DragEvent) => {
    const file = event.dataTransfer?.files[0];
    if (!overEditor(event) || !file) return;
    event.preventDefault();
    event.stopPropagation();
    void openFile(file);
  };
  onMount(() => {
    window.addEventListener("dragover", onDragOver, { capture: true });
    window.addEventListener("drop", onDrop, { capture: true });
  });
  onCleanup(() => {
    window.removeEventListener("dragover", onDragOver, { capture: true });
    window.removeEventListener("drop", onDrop, { capture: true });
  });
  return (
    <span class="file-controls">
      <button type="button" onClick={() => input?.click()}>
        Open file
      </button>
      <input
        ref={input}
        type="file"
        accept=".json,application/json,text/plain"
        hidden
        aria-label="Body file to open"
        onChange={(e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = "";
          if (file) void openFile(file);
        }}
      />
      <button type="button" onClick={download}>
        Download body
      </button>
    </span>
  );
}

function overEditor(event: DragEvent): boolean {
  return event.target instanceof Element && event.target.closest("#body-view-editor") !== null;
}
