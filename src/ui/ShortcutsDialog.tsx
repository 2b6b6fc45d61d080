import { createUniqueId, For, onCleanup, Show } from "solid-js";
import { createModalDialog } from "./modal-dialog";
import "./panels.css";

interface Shortcut {
  /** Keys pressed together; "Ctrl/Cmd" is Ctrl on Windows and Linux, ⌘ on macOS. */
  readonly keys: readonly string[];
  readonly action: string;
}

/** Every shortcut of the page, the editor's own that matter here included. */
export const shortcuts: readonly Shortcut[] = [
  { keys: ["Ctrl/Cmd", "Enter"], action: "Send the request, from anywhere (the editor included)" },
  { keys: ["Esc"], action: "Cancel a running send" },
  { keys: ["Shift", "Alt", "F"], action: "Format the body" },
  { keys: ["Ctrl/Cmd", "S"], action: "Copy the permalink" },
  { keys: ["Ctrl", "M"], action: "In the editor: switch Tab between inserting a tab and moving focus out of the editor (macOS: Ctrl+Shift+M)" },
  { keys: ["Ctrl", "Space"], action: "In the editor: suggest fields and values" },
  { keys: ["F8"], action: "Go to the next problem (Shift+F8: the previous one): in the editor, the form and the Problems list" },
  { keys: ["?"], action: "Show these shortcuts (outside text fields and the editor)" },
];

/** Where a typed `?` is text, not a shortcut: form controls, editable content and the Monaco editor. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof Element)) return false;
  if (target instanceof HTMLElement && target.isContentEditable) return true;
  return target.closest('input, textarea, select, [contenteditable]:not([contenteditable="false"]), [role="textbox"], .monaco-editor') !== null;
}

/**
 * The `?` button (accessible name "Keyboard shortcuts") and the dialog listing the shortcuts.
 * Pressing `?` anywhere but in a text entry opens it too. Render it once per page.
 */
export function ShortcutsDialog() {
  let button: HTMLButtonElement | undefined;
  const modal = createModalDialog(() => button);
  const titleId = createUniqueId();

  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== "?" || event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return;
    if (isTextEntry(event.target) || document.querySelector("dialog[open]")) return;
    event.preventDefault();
    modal.open();
  };
  window.addEventListener("keydown", onKeyDown);
  onCleanup(() => window.removeEventListener("keydown", onKeyDown));

  return (
    <>
      <button type="button" ref={button} class="tool-button shortcuts-button" aria-label="Keyboard shortcuts" aria-haspopup="dialog" aria-keyshortcuts="?" title="Keyboard shortcuts (?)" onClick={() => modal.open()}>
        ?
      </button>
      <dialog ref={modal.ref} class="app-dialog shortcuts-dialog" aria-labelledby={titleId}>
        <div class="dialog-header">
          <h2 id={titleId}>Keyboard shortcuts</h2>
          <button type="button" class="dialog-close" onClick={() => modal.close()}>
            Close
          </button>
        </div>
        <Show when={modal.opened()}>
          <table class="shortcuts-table">
            <thead>
              <tr>
                <th scope="col">Keys</th>
                <th scope="col">Action</th>
              </tr>
            </thead>
            <tbody>
              <For each={shortcuts}>
                {(shortcut) => (
                  <tr>
                    <td class="keys">
                      <For each={shortcut.keys}>
                        {(key, i) => (
                          <>
                            {i() > 0 ? "+" : ""}
                            <kbd>{key}</kbd>
                          </>
                        )}
                      </For>
                    </td>
                    <td>{shortcut.action}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <p class="muted">Esc closes this dialog.</p>
        </Show>
      </dialog>
    </>
  );
}
