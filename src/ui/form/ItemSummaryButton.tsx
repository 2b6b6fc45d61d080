import { Show, untrack, type Accessor } from "solid-js";
import type { ItemSummary } from "../../core/form/list-model";
import { groupId } from "./form-ids";
import type { FormSession } from "./form-session";

function countsText(errors: number, warnings: number): string {
  const parts: string[] = [];
  if (errors > 0) parts.push(`${errors} ${errors === 1 ? "error" : "errors"}`);
  if (warnings > 0) parts.push(`${warnings} ${warnings === 1 ? "warning" : "warnings"}`);
  return parts.join(", ");
}

/** A closed item of the body's list: its path, what it is recognised by, and its problem count. */
export function ItemSummaryButton(props: { session: FormSession; item: Accessor<ItemSummary>; onOpen: () => void }) {
  const { index, legend, path } = untrack(props.item);
  const counts = () => props.session.problemCountsOfItem(index);
  return (
    <button type="button" class="item-summary" id={groupId(path)} aria-expanded="false" onClick={() => props.onOpen()}>
      <span class="item-path">{legend}</span>
      <Show when={props.item().summary}>{(summary) => <span class="item-summary-text"> {summary()}</span>}</Show>
      <Show when={counts()}>
        {(found) => (
          <span class="problem-badge" classList={{ error: found().errors > 0 }}>
            {" "}
            {countsText(found().errors, found().warnings)}
          </span>
        )}
      </Show>
    </button>
  );
}
