import { createMemo, Show, untrack, type Accessor } from "solid-js";
import { buildItemModel } from "../../core/form/form-model";
import type { ItemSummary, ListModel } from "../../core/form/list-model";
import { FieldProblems } from "./FieldProblems";
import { groupId } from "./form-ids";
import type { FormSession } from "./form-session";
import { ItemActions, type ItemMoved } from "./ItemActions";
import { ObjectFields } from "./ObjectFields";

/**
 * The one open item of the body's list: a group whose legend is its path and summary, with its
 * actions and every field. Only this item's fields are built and rendered.
 */
export function TopItem(props: {
  session: FormSession;
  list: Accessor<ListModel>;
  item: Accessor<ItemSummary>;
  onCollapse: () => void;
  onMoved: ItemMoved;
}) {
  const { path, legend, index } = untrack(props.item);
  const model = createMemo(() => {
    const shown = props.session.shown();
    return shown ? buildItemModel(shown.text, shown.model.root, index) : undefined;
  });
  const okModel = () => {
    const current = model();
    return current?.ok ? current : undefined;
  };
  const notAnObject = () => {
    const current = model();
    return current && !current.ok ? current.error : undefined;
  };
  return (
    <fieldset class="item top-item" id={groupId(path)} data-path={legend}>
      <legend>
        <span class="item-path">{legend}</span>
        <Show when={props.item().summary}>{(summary) => <span class="item-summary-text"> {summary()}</span>}</Show>
      </legend>
      <div class="item-toolbar">
        <button type="button" aria-expanded="true" aria-label={`Collapse ${legend}`} onClick={() => props.onCollapse()}>
          Collapse
        </button>
        <ItemActions session={props.session} list={props.list} item={props.item} onMoved={props.onMoved} />
      </div>
      <FieldProblems session={props.session} pathText={legend} />
      <Show when={notAnObject()}>{(error) => <p class="field-note">{error()}: change it in the JSON view.</p>}</Show>
      <Show when={okModel()}>{(current) => <ObjectFields session={props.session} model={current} />}</Show>
    </fieldset>
  );
}
