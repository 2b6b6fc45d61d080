import { Show, untrack, type Accessor } from "solid-js";
import { addListItem } from "../../core/form/list-edits";
import type { ListModel } from "../../core/form/list-model";
import { fieldId, groupId } from "./form-ids";
import type { FormSession } from "./form-session";

/** The id of a list's "why no more items" note, which Duplicate buttons point at too. */
export function addReasonId(list: ListModel): string {
  return fieldId(list.path, "add-reason");
}

/**
 * "Add item": appends the schema's example item. At `maxItems` it stays focusable but inactive
 * (`aria-disabled`), with the reason beside it and announced ("at most 5 items").
 */
export function AddItemButton(props: { session: FormSession; list: Accessor<ListModel>; onAdded?: (index: number) => void }) {
  const { path, label } = untrack(props.list);
  const reason = () => (props.list().canAdd ? undefined : props.list().addDisabledReason);
  const add = () => {
    if (reason() !== undefined) return;
    const result = props.session.run((text, root) => addListItem(text, path, root));
    if (!result.ok || !result.focusPath) return;
    const index = result.focusPath[result.focusPath.length - 1];
    if (typeof index === "number") props.onAdded?.(index);
    props.session.focusLater(groupId(result.focusPath));
  };
  return (
    <span class="add-item">
      <button
        type="button"
        id={fieldId(path, "add-item")}
        aria-label={`Add item to ${label}`}
        aria-disabled={reason() === undefined ? undefined : "true"}
        aria-describedby={reason() === undefined ? undefined : addReasonId(props.list())}
        onClick={add}
      >
        Add item
      </button>
      <span class="add-reason" id={addReasonId(props.list())} role="status">
        <Show when={reason()}>{(why) => why()}</Show>
      </span>
    </span>
  );
}
