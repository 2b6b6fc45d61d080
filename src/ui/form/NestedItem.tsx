import { createMemo, Show, untrack, type Accessor } from "solid-js";
import type { ItemSummary, ListModel } from "../../core/form/list-model";
import { buildObjectModel } from "../../core/form/object-model";
import { FieldProblems } from "./FieldProblems";
import { groupId } from "./form-ids";
import type { FormSession } from "./form-session";
import { ItemActions } from "./ItemActions";
import { ObjectFields } from "./ObjectFields";

/** One item of a nested list (`…regional_visit_list[1]`): a group with its actions and fields. */
export function NestedItem(props: { session: FormSession; list: Accessor<ListModel>; item: Accessor<ItemSummary> }) {
  const { path, legend } = untrack(props.item);
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
  return (
    <fieldset class="item nested-item" id={groupId(path)}>
      <legend>
        <span class="item-path">{legend}</span>
        <Show when={props.item().summary}>
          {(summary) => <span class="item-summary-text"> {summary()}</span>}
        </Show>
      </legend>
      <ItemActions session={props.session} list={props.list} item={props.item} />
      <FieldProblems session={props.session} pathText={legend} />
      <Show when={notAnObject()}>{(error) => <p class="field-note">{error()}: change it in the JSON view.</p>}</Show>
      <Show when={okModel()}>{(current) => <ObjectFields session={props.session} model={current} />}</Show>
    </fieldset>
  );
}
