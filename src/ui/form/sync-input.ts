import { createEffect, type Accessor } from "solid-js";

/**
 * Keeps an input showing the model's value without fighting the person typing in it. The DOM
 * value is only written when the MODEL changes (not on every rebuild) and no longer matches what
 * the input holds — so the caret never jumps, and text kept locally while invalid (nothing was
 * written to the body) stays until the body's value really changes.
 *
 * @param matches whether the input's current text already stands for `value` (e.g. " 42" for 42)
 * @param render the text to put in the input for `value`
 * @param onReplaced called after the input was overwritten from the model (to clear a local error)
 */
export function syncInputWithModel(
  input: () => HTMLInputElement | HTMLSelectElement,
  value: Accessor<string>,
  matches: (inputText: string, value: string) => boolean,
  render: (value: string) => string = (v) => v,
  onReplaced?: () => void,
): void {
  let seen: string | undefined;
  createEffect(() => {
    const next = value();
    if (next === seen) return;
    seen = next;
    const element = input();
    if (matches(element.value, next)) return;
    element.value = render(next);
    onReplaced?.();
  });
}
