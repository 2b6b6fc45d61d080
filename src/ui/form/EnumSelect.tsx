import { For, Show, type Accessor } from "solid-js";
import type { EnumOption } from "../../core/form/schema-fields";
import { syncInputWithModel } from "./sync-input";

/** An integer enum (`type`) as a select of the schema's labelled options: `2 — percent`. */
export function EnumSelect(props: {
  id: string;
  describedBy: string;
  literal: Accessor<string>;
  options: readonly EnumOption[];
  invalid: boolean;
  write: (value: number) => void;
}) {
  let select!: HTMLSelectElement;
  const known = () => props.options.some((option) => String(option.value) === props.literal());
  syncInputWithModel(() => select, props.literal, (chosen, literal) => chosen === literal);
  return (
    <select
      ref={select}
      id={props.id}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || !known()}
      onChange={(event) => props.write(Number(event.currentTarget.value))}
    >
      {/* A value that is no option (typed in the editor) is shown as it is, not silently replaced. */}
      <Show when={!known()}>
        <option value={props.literal()} disabled>
          {props.literal()} — not one of the options
        </option>
      </Show>
      <For each={props.options}>{(option) => <option value={String(option.value)}>{option.label}</option>}</For>
    </select>
  );
}
