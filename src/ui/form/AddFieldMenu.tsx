import { For, Show, type Accessor } from "solid-js";
import { addField } from "../../core/form/add-field";
import type { FieldDescriptor } from "../../core/form/schema-fields";
import { formatPath, type JsonPath } from "../../core/json/json-path";
import { fieldId } from "./form-ids";
import type { FormSession } from "./form-session";

/** The documented fields an object lacks, as "add" choices; adding one writes the schema's example. */
export function AddFieldMenu(props: { session: FormSession; objectPath: JsonPath; choices: Accessor<readonly FieldDescriptor[]> }) {
  const id = fieldId(props.objectPath, "add-field");
  const where = formatPath(props.objectPath);
  return (
    <Show when={props.choices().length > 0}>
      <div class="add-field">
        <label for={id}>Add field</label>
        <select
          id={id}
          aria-label={`Add field to ${where}`}
          onChange={(event) => {
            const name = event.currentTarget.value;
            event.currentTarget.value = "";
            if (!name) return;
            const result = props.session.run((text, root) => addField(text, props.objectPath, name, root));
            if (result.ok) props.session.focusLater(fieldId([...props.objectPath, name]), fieldId([...props.objectPath, name], "group"));
          }}
        >
          <option value="">
            {props.choices().length} absent {props.choices().length === 1 ? "field" : "fields"}…
          </option>
          <For each={props.choices()}>
            {(choice) => (
              <option value={choice.name} title={choice.description}>
                {choice.name} — {choice.description}
              </option>
            )}
          </For>
        </select>
      </div>
    </Show>
  );
}
