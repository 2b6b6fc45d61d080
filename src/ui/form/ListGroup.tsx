import { Index, Show, untrack, type Accessor } from "solid-js";
import type { ListModel } from "../../core/form/list-model";
import { removeField } from "../../core/form/remove-field";
import { AddItemButton } from "./AddItemButton";
import { FieldProblems } from "./FieldProblems";
import { onFocusInPath } from "./focused-path";
import { fieldId, groupId } from "./form-ids";
import type { FormSession } from "./form-session";
import { ItemGroup } from "./ItemGroup";

/**
 * A list inside an item (`product_sale_list`, `regional_visit_list`…): a group of item groups,
 * all open (such lists are short), with "Add item" and the list's own "Remove".
 */
export function ListGroup(props: { session: FormSession; list: Accessor<ListModel> }) {
  const { path, label, field } = untrack(props.list);
  const objectPath = path.slice(0, -1);
  const removeList = () => {
    const result = props.session.run((text, root) => removeField(text, objectPath, field.name, root));
    if (result.ok) props.session.focusLater(fieldId(objectPath, "add-field"));
  };
  return (
    <fieldset class="list-group" id={groupId(path)} onFocusIn={onFocusInPath(() => path)}>
      <legend>{label}</legend>
      <p class="help">{field.description}</p>
      <FieldProblems session={props.session} pathText={label} />
      <Show when={props.list().problem}>{(problem) => <p class="field-note">{problem()}: change it in the JSON view.</p>}</Show>
      <Index each={props.list().items}>{(item) => <ItemGroup session={props.session} list={props.list} item={item} />}</Index>
      <div class="list-footer">
        <AddItemButton session={props.session} list={props.list} />
        <Show when={!field.required}>
          <button type="button" class="remove-field" aria-label={`Remove ${field.name}`} title={`Remove ${label}`} onClick={removeList}>
            Remove {field.name}
          </button>
        </Show>
      </div>
    </fieldset>
  );
}
