import { createMemo, For, Index, Show, untrack, type Accessor } from "solid-js";
import type { ItemSummary } from "../../core/form/list-model";
import { formatPath } from "../../core/json/json-path";
import { AddItemButton } from "./AddItemButton";
import { FieldProblems } from "./FieldProblems";
import { onFocusInPath } from "./focused-path";
import { groupId } from "./form-ids";
import type { FormSession, OkFormModel } from "./form-session";
import { summaryPageSize } from "./form-view";
import { GoToItem } from "./GoToItem";
import { ItemSummaryButton } from "./ItemSummaryButton";
import { ItemGroup } from "./ItemGroup";

/**
 * The body's list (`marketing_activity_datas`): one summary per item, one item open at a time.
 * Only the first summaries are listed (more on request); an item opened further down ("Go to
 * item") is shown after them. So a 1,000-item body opens quickly and a keystroke re-renders one
 * item, not a thousand.
 */
export function ItemsList(props: { session: FormSession; model: Accessor<OkFormModel> }) {
  const { path, label, field } = untrack(props.model);
  const view = props.session.view;
  const count = () => props.model().items.length;
  const expanded = () => Math.min(view.expanded(), count() - 1);
  const listed = () => props.model().items.slice(0, view.listedCount());
  // The open item when it lies past the listed summaries, keyed by index so typing in it keeps its inputs.
  const farIndex = createMemo(() => (expanded() >= view.listedCount() ? [expanded()] : []), [], {
    equals: (a, b) => a.length === b.length && a[0] === b[0],
  });
  const open = (index: number) => {
    view.setExpanded(index);
    props.session.focusLater(groupId([...path, index]));
  };
  const openItem = (item: Accessor<ItemSummary>, onCollapseFocus: string) => (
    <ItemGroup
      session={props.session}
      list={props.model}
      item={item}
      top={{
        onCollapse: () => {
          view.setExpanded(-1);
          props.session.focusLater(onCollapseFocus);
        },
        onMoved: (_from, to) => {
          if (to !== undefined) view.setExpanded(to);
        },
      }}
    />
  );
  return (
    <fieldset class="list-group top-list" id={groupId(path)} onFocusIn={onFocusInPath(() => path)}>
      <legend>{label}</legend>
      <p class="help">
        {field.description} · {count().toLocaleString("en")} {count() === 1 ? "item" : "items"}
      </p>
      <FieldProblems session={props.session} pathText={formatPath([])} />
      <FieldProblems session={props.session} pathText={label} />
      <Show when={props.model().problem}>{(problem) => <p class="field-note">{problem()}: change it in the JSON view.</p>}</Show>
      <ol class="items">
        <Index each={listed()}>
          {(item, index) => (
            <li>
              <Show when={expanded() === index} fallback={<ItemSummaryButton session={props.session} item={item} onOpen={() => open(index)} />}>
                {openItem(item, groupId([...path, index]))}
              </Show>
            </li>
          )}
        </Index>
      </ol>
      <For each={farIndex()}>
        {(index) => {
          const item = createMemo<ItemSummary>((previous) => props.model().items[index] ?? previous, untrack(props.model).items[index] as ItemSummary);
          return <div class="far-item">{openItem(item, "form-go-to-item")}</div>;
        }}
      </For>
      <div class="list-footer">
        <Show when={listed().length < count()}>
          <button type="button" onClick={() => view.setListedCount(listed().length + summaryPageSize)}>
            Show {Math.min(summaryPageSize, count() - listed().length)} more (of {count().toLocaleString("en")})
          </button>
        </Show>
        <Show when={count() > summaryPageSize}>
          <GoToItem count={count()} onGo={open} />
        </Show>
        <AddItemButton session={props.session} list={props.model} onAdded={(index) => view.setExpanded(index)} />
      </div>
    </fieldset>
  );
}
