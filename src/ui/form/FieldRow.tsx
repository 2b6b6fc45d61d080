import { Match, Show, Switch, untrack, type Accessor } from "solid-js";
import type { PresentField } from "../../core/form/object-model";
import { removeField } from "../../core/form/remove-field";
import { setValue, type FormValue } from "../../core/form/set-value";
import { EnumSelect } from "./EnumSelect";
import { FieldProblems, hasErrorAt } from "./FieldProblems";
import { onFocusInPath } from "./focused-path";
import { fieldId } from "./form-ids";
import type { FormSession } from "./form-session";
import { Int64Input } from "./Int64Input";
import { StringInput } from "./StringInput";
import { TimestampPicker } from "./TimestampPicker";

type FieldOf<K extends PresentField["kind"]> = Extract<PresentField, { kind: K }>;

/**
 * One present, documented value: its name as the label, its documented description, the input
 * its kind calls for, its problems, and "Remove" when the schema does not require it. Keyed by
 * path by its parent, so rebuilding the model never replaces the input being typed in.
 */
export function FieldRow(props: { session: FormSession; field: Accessor<PresentField> }) {
  const initial = untrack(props.field);
  const { path, label, field } = initial;
  const objectPath = path.slice(0, -1);
  const id = fieldId(path);
  const helpId = `${id}-help`;
  const problemsId = `${id}-problems`;
  const describedBy = `${helpId} ${problemsId}`;
  const invalid = () => hasErrorAt(props.session, label);
  const write = (value: FormValue) => props.session.run((text, root) => setValue(text, path, value, root));
  const remove = () => {
    const result = props.session.run((text, root) => removeField(text, objectPath, field.name, root));
    if (result.ok) props.session.focusLater(fieldId(objectPath, "add-field"));
  };
  const as = <K extends PresentField["kind"]>(_kind: K) => props.field as Accessor<FieldOf<K>>;

  return (
    <div class="field" classList={{ "has-error": invalid() }} onFocusIn={onFocusInPath(() => path)}>
      <label class="field-name" for={id}>
        {field.name}
      </label>
      <div class="field-control">
        <Switch fallback={<span class="field-note">Edit this value in the JSON view.</span>}>
          <Match when={initial.kind === "int64"}>
            <Int64Input id={id} describedBy={describedBy} literal={() => as("int64")().literal} invalid={invalid()} write={write} />
            <Show when={field.timestamp === "epoch-ms"}>
              <TimestampPicker id={id} name={field.name} literal={() => as("int64")().literal} isoUtc={() => as("int64")().isoUtc} write={write} />
            </Show>
          </Match>
          <Match when={initial.kind === "integer-enum"}>
            <EnumSelect
              id={id}
              describedBy={describedBy}
              literal={() => as("integer-enum")().literal}
              options={field.enumOptions ?? []}
              invalid={invalid()}
              write={write}
            />
          </Match>
          <Match when={initial.kind === "string"}>
            <StringInput
              id={id}
              describedBy={describedBy}
              value={() => as("string")().displayValue}
              maxLength={field.maxLength}
              invalid={invalid()}
              write={write}
            />
          </Match>
        </Switch>
      </div>
      <Show when={!field.required}>
        <button type="button" class="remove-field" aria-label={`Remove ${field.name}`} title={`Remove ${label}`} onClick={remove}>
          Remove
        </button>
      </Show>
      <p class="help" id={helpId}>
        {field.description}
      </p>
      <FieldProblems session={props.session} pathText={label} id={problemsId} />
    </div>
  );
}
