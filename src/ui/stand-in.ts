/**
 * The body as a plain textarea until Monaco has loaded: in index.html's shell (before any of the
 * app's code has run) and then in EditorPanel. It can be edited at once, so a returning user types
 * from the first paint on; Monaco takes over the text, the selection and the focus.
 */

/** Its accessible name: not "Request body", which names the editor (and what tests look for). */
export const standInLabel = "Body (plain text until the editor has loaded)";

/** What one stand-in hands to the next: the shell's to the app's, the app's to Monaco. */
export interface StandInState {
  /** The text, when the user has edited it (undefined: the text shown is the one the app opens on). */
  readonly editedText: string | undefined;
  readonly selectionStart: number;
  readonly selectionEnd: number;
  readonly backward: boolean;
  readonly focused: boolean;
  readonly scrollTop: number;
}

export function readStandIn(textarea: HTMLTextAreaElement): StandInState {
  return {
    // The markup's (or paint-shell's) text is the default value; typing makes the value differ.
    editedText: textarea.readOnly || textarea.value === textarea.defaultValue ? undefined : textarea.value,
    selectionStart: textarea.selectionStart,
    selectionEnd: textarea.selectionEnd,
    backward: textarea.selectionDirection === "backward",
    focused: textarea.ownerDocument.activeElement === textarea,
    scrollTop: textarea.scrollTop,
  };
}

/** Puts the caret, selection, focus and scroll of `state` on another stand-in. */
export function restoreStandIn(textarea: HTMLTextAreaElement, state: StandInState): void {
  textarea.scrollTop = state.scrollTop;
  if (!state.focused) return;
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(state.selectionStart, state.selectionEnd, state.backward ? "backward" : "forward");
}

/** The shell's stand-in as main.tsx found it, for the app's first render (App, EditorPanel). */
let carried: StandInState | undefined;

export function carryStandIn(state: StandInState | undefined): void {
  carried = state;
}

/** The carried state; `take` also forgets it (it is restored once). */
export function carriedStandIn(take = false): StandInState | undefined {
  const state = carried;
  if (take) carried = undefined;
  return state;
}
