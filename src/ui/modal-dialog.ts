import { createSignal, onCleanup } from "solid-js";

/**
 * Shared behaviour of the page's `<dialog>`s: `showModal` (focus moves in, the page behind is
 * inert, Esc closes natively), a click on the backdrop closes, and closing gives focus back to
 * what had it before (the opening button, or wherever `?` was pressed). `opened` turns true on
 * the first opening: a dialog's content is built then, not at start-up (the reference alone was
 * a tenth of the first render).
 */
export function createModalDialog(fallbackFocus: () => HTMLElement | undefined) {
  let dialog: HTMLDialogElement | undefined;
  const [opened, setOpened] = createSignal(false);
  let returnFocus: HTMLElement | undefined;
  const onClose = () => {
    const target = returnFocus?.isConnected ? returnFocus : fallbackFocus();
    returnFocus = undefined;
    target?.focus();
  };
  // A click whose target is the <dialog> itself landed on its backdrop, outside the content box.
  const onClick = (event: MouseEvent) => {
    if (event.target === dialog) dialog?.close();
  };
  onCleanup(() => {
    dialog?.removeEventListener("close", onClose);
    dialog?.removeEventListener("click", onClick);
  });
  return {
    ref(element: HTMLDialogElement) {
      dialog = element;
      element.addEventListener("close", onClose);
      element.addEventListener("click", onClick);
    },
    opened,
    open() {
      if (!dialog || dialog.open) return;
      setOpened(true);
      returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : undefined;
      dialog.showModal();
    },
    close: () => dialog?.close(),
  };
}
