import { Index, Show, type Accessor } from "solid-js";
import type { UndocumentedEntry } from "../../core/form/object-model";
import { FieldProblems } from "./FieldProblems";
import { onFocusInPath } from "./focused-path";
import { fieldId } from "./form-ids";
import type { FormSession } from "./form-session";

/** Keys the schema does not document (or earlier duplicates): shown as written, read-only, never dropped. */
export function UndocumentedEntries(props: { session: FormSession; entries: Accessor<readonly UndocumentedEntry[]> }) {
  return (
    <Show when={props.entries().length > 0}>
      <div class="undocumented">
        <Index each={props.entries()}>
          {(entry, index) => {
            const id = () => fieldId(entry().path, `raw${index}`);
            return (
              <div class="field undocumented-field" onFocusIn={onFocusInPath(() => entry().path)}>
                <label class="field-name" for={id()}>
                  {entry().key}
                </label>
                <div class="field-control">
                  <input id={id()} type="text" readonly value={entry().raw} aria-describedby={`${id()}-note`} />
                </div>
                <p class="help" id={`${id()}-note`}>
                  <span class="badge">{entry().reason}</span> Kept as written; change it in the JSON view.
                </p>
                <FieldProblems session={props.session} pathText={entry().label} />
              </div>
            );
          }}
        </Index>
      </div>
    </Show>
  );
}
