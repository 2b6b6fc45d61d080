import { onCleanup } from "solid-js";

export interface ShortcutActions {
  send(): void;
  /** Only acts while a send runs or a question is open, so Esc stays the editor's otherwise. */
  cancel(): boolean;
  copyPermalink(): void;
  /** Format the body (Shift+Alt+F everywhere; Monaco binds it only on some platforms). */
  format(): void;
}

/**
 * Page-wide shortcuts, in the capture phase so they work inside the editor too: Ctrl/Cmd+Enter
 * sends (Monaco's "insert line below" gives way), Ctrl/Cmd+S copies the permalink (instead of the
 * browser's "save page"), Esc cancels a running send.
 */
export function useKeyboardShortcuts(actions: ShortcutActions): void {
  const onKeyDown = (event: KeyboardEvent) => {
    const mod = event.ctrlKey || event.metaKey;
    if (mod && event.key === "Enter") {
      event.preventDefault();
      event.stopPropagation();
      actions.send();
    } else if (mod && !event.shiftKey && !event.altKey && event.key.toLowerCase() === "s") {
      event.preventDefault();
      event.stopPropagation();
      actions.copyPermalink();
    } else if (event.shiftKey && event.altKey && !mod && event.code === "KeyF") {
      event.preventDefault();
      event.stopPropagation();
      actions.format();
    } else if (event.key === "Escape" && actions.cancel()) {
      event.stopPropagation();
    }
  };
  window.addEventListener("keydown", onKeyDown, { capture: true });
  onCleanup(() => window.removeEventListener("keydown", onKeyDown, { capture: true }));
}
