import { createMemo, Show, untrack, type Accessor } from "solid-js";
import type { ItemSummary, ListModel } from "../../core/form/list-model";
import { buildObjectModel } from "../../core/form/object-model";
import { FieldProblems } from "./FieldProblems";
import { onFocusInPath } from "./focused-path";
import { groupId } from "./form-ids";
import type { FormSession } from "./form-session";
import { ItemActions, type ItemMoved } from "./ItemActions";
import { ObjectFields } from "./ObjectFields";

/** What only the body's own list has: one item open at a time, which can be collapsed. */
export interface OpenTopItem {
  readonly onCollapse: () => void;
  readonly onMoved: ItemMoved;
}

/**
 * One list item as a group: its path and summary as the legend, its actions and every field.
 * Only this item's fields are built and rendered. An item of the body's list (`top`) also has
 * Collapse; an item of a nested list (`…regional_visit_list[1]`) is always open.
 */
export function ItemGroup(props: { session: FormSession; list: Accessor<ListModel>; item: Accessor<ItemSummary>; top?: OpenTopItem }) {
  const { path, legend } = untrack(props.item);
  const top = untrack(() => props.top);
  const model = createMemo(() => {
    const shown = props.session.shown();
    return shown ? buildObjectModel(shown.text, shown.model.root, path) : undefined;
  });
  const okModel = () => {
    const current = model();
    return current?.ok ? current : undefined;
  };
  const notAnObject = () => {
    const current = model();
    return current && !current.ok ? current.error : undefined;
  };
  // Only an item of the body's list names its path; focus in a nested item's actions names its list.
  const onFocusIn = top ? onFocusInPath(() => path) : undefined;
  const actions = <ItemActions session={props.session} list={props.list} item={props.item} onMoved={top?.onMoved} />;
  return (
    <fieldset class={top ? "item top-item" : "item nested-item"} id={groupId(path)} onFocusIn={onFocusIn}>
      <legend>
        <span class="item-path">{legend}</span>
        <Show when={props.item().summary}>{(summary) => <span class="item-summary-text"> {summary()}</span>}</Show>
      </legend>
      {top ? (
        <div class="item-toolbar">
          <button type="button" aria-expanded="true" aria-label={`Collapse ${legend}`} onClick={() => top.onCollapse()}>
            Collapse
          </button>
          {actions}
        </div>
      ) : (
        actions
      )}
      <FieldProblems session={props.session} pathText={legend} />
      <Show when={notAnObject()}>{(error) => <p class="field-note">{error()}: change it in the JSON view.</p>}</Show>
      <Show when={okModel()}>{(current) => <ObjectFields session={props.session} model={current} />}</Show>
    </fieldset>
  );
}
