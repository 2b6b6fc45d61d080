import type { JsonPath } from "../../core/json/json-path";
import { itemsListField } from "../../endpoint/item-fields";
import type { AppState } from "../state/app-state";
import { fieldId, groupId } from "./form-ids";
import { formViewOf } from "./form-view";

/**
 * Shows the field at `path` in the form: opens its item (the form shows one at a time), then
 * focuses the field's input and scrolls it into view. A path the form has no input for (an item,
 * a missing field, an undocumented key) lands on the nearest enclosing group that it has.
 */
export function revealInForm(state: AppState, path: JsonPath): void {
  const [list, index] = path;
  if (list === itemsListField && typeof index === "number") formViewOf(state).setExpanded(index);
  // The opened item renders synchronously; the microtask also covers a form that is just mounting.
  queueMicrotask(() => {
    for (let length = path.length; length >= 0; length--) {
      const at = path.slice(0, length);
      const target = document.getElementById(fieldId(at)) ?? document.getElementById(groupId(at));
      if (!target) continue;
      const focusable = target.matches("input, select, textarea, button")
        ? target
        : target.querySelector<HTMLElement>("input:not([readonly]), select, textarea, button");
      (focusable ?? target).focus({ preventScroll: true });
      target.scrollIntoView({ block: "center" });
      return;
    }
  });
}
