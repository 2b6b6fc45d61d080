import { untrack, type Accessor } from "solid-js";
import { duplicateListItem, moveListItem, removeListItem } from "../../core/form/list-edits";
import type { ItemSummary, ListModel } from "../../core/form/list-model";
import type { EditResult } from "../../core/form/edit-result";
import type { JsonPath } from "../../core/json/json-path";
import { addReasonId } from "./AddItemButton";
import { fieldId, groupId } from "./form-ids";
import type { FormSession } from "./form-session";

/** Where an item went after an operation (for the list that shows one item open). */
export type ItemMoved = (from: number, to: number | undefined) => void;

/**
 * Move up, Move down, Duplicate and Remove for one list item. Each name carries the item's path
 * (`Remove marketing_activity_datas[0].regional_visit_list[1]`), so each is unique on the page.
 * Focus follows the item, so pressing "Move down" again keeps moving it.
 */
export function ItemActions(props: { session: FormSession; list: Accessor<ListModel>; item: Accessor<ItemSummary>; onMoved?: ItemMoved | undefined }) {
  const { path, legend, index } = untrack(props.item);
  const listPath: JsonPath = path.slice(0, -1);
  const full = () => !props.list().canAdd;

  const after = (result: EditResult, to: number | undefined, focus: (target: JsonPath) => string) => {
    if (!result.ok) return;
    props.onMoved?.(index, to);
    const target = to === undefined ? path : [...listPath, to];
    props.session.focusLater(focus(target), to === undefined ? fieldId(listPath, "add-item") : groupId(target));
  };
  const move = (delta: -1 | 1) => {
    const result = props.session.run((text, root) => moveListItem(text, listPath, index, delta, root));
    after(result, index + delta, (target) => fieldId(target, delta < 0 ? "move-up" : "move-down"));
  };
  const duplicate = () => {
    if (full()) return;
    const result = props.session.run((text, root) => duplicateListItem(text, listPath, index, root));
    after(result, index + 1, groupId);
  };
  const remove = () => {
    const result = props.session.run((text, root) => removeListItem(text, listPath, index, root));
    // The next item takes this place; with none left after it, focus goes to "Add item".
    after(result, undefined, (target) => (index < props.list().items.length ? groupId(target) : fieldId(listPath, "add-item")));
  };

  return (
    <div class="item-actions">
      <button type="button" id={fieldId(path, "move-up")} aria-label={`Move up ${legend}`} disabled={!props.item().canMoveUp} onClick={() => move(-1)}>
        Move up
      </button>
      <button type="button" id={fieldId(path, "move-down")} aria-label={`Move down ${legend}`} disabled={!props.item().canMoveDown} onClick={() => move(1)}>
        Move down
      </button>
      <button
        type="button"
        aria-label={`Duplicate ${legend}`}
        aria-disabled={full() ? "true" : undefined}
        aria-describedby={full() ? addReasonId(props.list()) : undefined}
        onClick={duplicate}
      >
        Duplicate
      </button>
      <button type="button" class="danger" aria-label={`Remove ${legend}`} onClick={remove}>
        Remove
      </button>
    </div>
  );
}
