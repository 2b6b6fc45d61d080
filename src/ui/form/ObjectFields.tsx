import { createMemo, For, untrack, type Accessor } from "solid-js";
import type { ObjectModel, PresentField } from "../../core/form/object-model";
import { AddFieldMenu } from "./AddFieldMenu";
import { FieldRow } from "./FieldRow";
import type { FormSession } from "./form-session";
import { ListGroup } from "./ListGroup";
import { UndocumentedEntries } from "./UndocumentedEntries";

export type OkObjectModel = Extract<ObjectModel, { ok: true }>;

function sameNames(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((name, i) => name === b[i]);
}

/**
 * The fields of one object (an item, a nested list's item): present ones in schema order, the
 * undocumented ones read-only, and the absent ones as "add" choices. Rows are keyed by field
 * name, so a rebuild of the model updates values in place and never replaces a row's input.
 */
export function ObjectFields(props: { session: FormSession; model: Accessor<OkObjectModel> }) {
  const names = createMemo(() => props.model().fields.map((entry) => entry.field.name), [], { equals: sameNames });
  const byName = createMemo(() => new Map(props.model().fields.map((entry) => [entry.field.name, entry])));
  const objectPath = untrack(props.model).path;
  return (
    <>
      <div class="fields">
        <For each={names()}>
          {(name) => {
            // While a removed row is being disposed, it keeps showing its last value.
            const field = createMemo<PresentField>((previous) => byName().get(name) ?? previous, untrack(byName).get(name) as PresentField);
            const first = untrack(field);
            return first.kind === "list" ? (
              <ListGroup session={props.session} list={() => (field() as Extract<PresentField, { kind: "list" }>).list} />
            ) : (
              <FieldRow session={props.session} field={field} />
            );
          }}
        </For>
      </div>
      <UndocumentedEntries session={props.session} entries={() => props.model().undocumented} />
      <AddFieldMenu session={props.session} objectPath={objectPath} choices={() => props.model().addChoices} />
    </>
  );
}
