import { createEffect, createMemo, createSignal, createUniqueId, For, Match, on, Show, Switch, type Accessor } from "solid-js";
import { previewItem, type CustomCard, type ItemPreview, type PreviewGroup, type PreviewList } from "../core/preview/item-preview";
import { itemFields, itemsListField } from "../endpoint/item-fields";
import type { ItemsIndex } from "./state/app-state";
import type { FieldFocus } from "./DocsPanel";
import "./panels.css";

/** Up to this many items the picker is a select; past it, a number input. */
const selectLimit = 100;
/** Rankings can be long (product_sale_list has no documented limit); a report shows the top. */
const rankingLimit = 20;

/**
 * One item of the body as a person would read it in a report. Only the shown item is parsed; the
 * items' spans come from the validation worker, which keeps them as the body is edited. With `focus`,
 * the preview follows the item under the editor's cursor or the focused form field.
 * Every value is inserted as text, never as HTML.
 */
export function PreviewPanel(props: { index: Accessor<ItemsIndex | undefined>; focus?: FieldFocus }) {
  const items = () => props.index()?.items;
  const [chosen, setChosen] = createSignal(0);
  const count = () => items()?.length ?? 0;
  const index = () => Math.min(chosen(), Math.max(count() - 1, 0));

  createEffect(
    on(
      () => props.focus?.path(),
      (path) => {
        if (path?.[0] === itemsListField && typeof path[1] === "number") setChosen(path[1]);
      },
    ),
  );

  // Compared as text, so typing in another item (which moves this one) does not redraw it.
  const itemText = createMemo(() => {
    const indexed = props.index();
    const span = indexed?.items?.[index()];
    return span && indexed.text.slice(span.offset, span.offset + span.length);
  });
  const result = createMemo(() => {
    const text = itemText();
    return text === undefined ? undefined : previewItem(text);
  });
  const preview = () => {
    const r = result();
    return r?.ok ? r.preview : undefined;
  };
  const problem = () => {
    const r = result();
    return r && !r.ok ? r.message : undefined;
  };

  const pickerId = createUniqueId();
  return (
    <section class="panel preview-panel" aria-label="Preview">
      <header class="panel-header">
        <h2>Preview</h2>
        <Show when={count() > 1}>
          <label for={pickerId}>Item</label>
          <Show
            when={count() <= selectLimit}
            fallback={
              <>
                <input
                  id={pickerId}
                  type="number"
                  min={1}
                  max={count()}
                  value={index() + 1}
                  onChange={(e) => {
                    const n = Number(e.currentTarget.value);
                    if (Number.isInteger(n)) setChosen(Math.min(Math.max(n, 1), count()) - 1);
                    // Show the item actually chosen (out-of-range or empty input snaps back).
                    e.currentTarget.value = String(index() + 1);
                  }}
                />
                <span class="muted">of {count().toLocaleString()}</span>
              </>
            }
          >
            <select id={pickerId} value={index()} onChange={(e) => setChosen(Number(e.currentTarget.value))}>
              <For each={Array.from({ length: count() }, (_, i) => i)}>{(i) => <option value={i}>{`${i + 1} of ${count()}`}</option>}</For>
            </select>
          </Show>
        </Show>
      </header>
      <Switch>
        <Match when={props.index() === undefined}>
          <p class="muted">Reading the body…</p>
        </Match>
        <Match when={items() === undefined}>
          <p class="muted">
            Nothing to preview: the body has no <code>{itemsListField}</code> list.
          </p>
        </Match>
        <Match when={count() === 0}>
          <p class="muted">
            The <code>{itemsListField}</code> list is empty.
          </p>
        </Match>
        <Match when={problem()}>{(message) => <p class="warning">{message()}</p>}</Match>
        <Match when={preview()}>{(shown) => <PreviewView preview={shown()} />}</Match>
      </Switch>
    </section>
  );
}

function PreviewView(props: { preview: ItemPreview }) {
  return (
    <div class="item-preview">
      <p class="preview-identity">
        <span>
          Event <code>{props.preview.eventId ?? "—"}</code>
        </span>
        <Show when={props.preview.occurredOn}>
          {(date) => (
            <Show when={date().iso} fallback={<span class="warning">{itemFields.occurredOn} {date().literal} is not a date</span>}>
              {(iso) => (
                <span>
                  on <time datetime={iso()}>{date().utc}</time>
                  <Show when={date().local !== date().utc}>
                    {" "}
                    <span class="muted">({date().local} here)</span>
                  </Show>
                </span>
              )}
            </Show>
          )}
        </Show>
      </p>
      <div class="preview-groups">
        <For each={props.preview.groups}>{(group) => <CounterGroup group={group} />}</For>
      </div>
      <For each={props.preview.customLists}>{(list) => <CustomCards list={list} />}</For>
      <For each={props.preview.rankings}>{(list) => <Ranking list={list} />}</For>
    </div>
  );
}

function CounterGroup(props: { group: PreviewGroup }) {
  const headingId = createUniqueId();
  return (
    <div class={`preview-group preview-${props.group.key}`} role="group" aria-labelledby={headingId}>
      <h3 id={headingId}>{props.group.title}</h3>
      <dl class="preview-counters">
        <For each={props.group.counters}>
          {(counter) => (
            <div class="preview-counter" title={counter.field}>
              <dt>{counter.label}</dt>
              <dd>{counter.text}</dd>
            </div>
          )}
        </For>
      </dl>
      <Show when={props.group.rates.length > 0}>
        <dl class="preview-rates">
          <For each={props.group.rates}>
            {(rate) => (
              <div class="preview-rate">
                <dt>
                  {rate.label} <span class="rate-formula">{rate.formula}</span>
                </dt>
                <dd>{rate.text}</dd>
              </div>
            )}
          </For>
        </dl>
      </Show>
    </div>
  );
}

function CustomCards(props: { list: PreviewList<CustomCard> }) {
  const headingId = createUniqueId();
  return (
    <Show when={props.list.entries.length > 0}>
      <div class="preview-custom" role="group" aria-labelledby={headingId}>
        <h3 id={headingId}>{props.list.title}</h3>
        <ul class="preview-cards">
          <For each={props.list.entries}>
            {(card) => (
              <li class="preview-card">
                <span class="card-name">{card.name}</span>
                <span class="card-value">{card.value}</span>
                <span class="card-tip muted">{card.toolTip}</span>
                <span class={card.understood ? "card-type muted" : "card-type warning"}>
                  {card.understood ? card.typeLabel : `${card.typeLabel}: shown as written`}
                </span>
              </li>
            )}
          </For>
        </ul>
      </div>
    </Show>
  );
}

function Ranking(props: { list: PreviewList<{ readonly name: string; readonly count: string }> }) {
  const headingId = createUniqueId();
  return (
    <Show when={props.list.entries.length > 0}>
      <div class="preview-ranking" role="group" aria-labelledby={headingId}>
        <h3 id={headingId}>{props.list.title}</h3>
        <ol>
          <For each={props.list.entries.slice(0, rankingLimit)}>
            {(entry) => (
              <li>
                <span class="ranking-name">{entry.name}</span> <span class="ranking-count">{entry.count}</span>
              </li>
            )}
          </For>
        </ol>
        <Show when={props.list.entries.length > rankingLimit}>
          <p class="muted">…and {props.list.entries.length - rankingLimit} more.</p>
        </Show>
      </div>
    </Show>
  );
}
