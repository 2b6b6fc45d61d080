import { createSignal, For, onMount, Show } from "solid-js";
import { uniqueName } from "../core/workspace/environments";
import { searchSavedBodies, type SavedBody } from "../core/workspace/saved-bodies";
import { createSavedBodiesStore } from "../services/saved-bodies-store";
import { newHistoryId } from "../services/storage";
import type { AppState } from "./state/app-state";
import "./workspace.css";

/**
 * `Save body` under a name, and the list `Saved bodies`: search, open (the unsent draft goes to
 * history first, as opening a link does), rename, duplicate, delete. Kept in IndexedDB.
 */
export function SavedBodiesPanel(props: { state: AppState; now?: () => number }) {
  const store = createSavedBodiesStore((message) => props.state.notices.notify(message, "warning"));
  const now = () => (props.now ?? Date.now)();
  const [bodies, setBodies] = createSignal<readonly SavedBody[]>([]);
  const [query, setQuery] = createSignal("");
  const [name, setName] = createSignal("");
  const [renaming, setRenaming] = createSignal<string>();
  onMount(() => void store.list().then(setBodies));

  const put = async (body: SavedBody) => {
    setBodies((list) => [...list.filter((b) => b.id !== body.id), body]);
    await store.put(body);
  };
  const save = async () => {
    const base = name().trim() || "Untitled body";
    await put({ id: newHistoryId(), name: uniqueName(base, bodies()), bodyText: props.state.body.current(), savedAt: now() });
    setName("");
    props.state.notices.notify(`Body saved as “${base}”.`, "info");
  };
  const open = (body: SavedBody) => props.state.history.openShared({ bodyText: body.bodyText, target: props.state.target.settings() }, `opening saved body “${body.name}”`);
  const rename = async (body: SavedBody, next: string) => {
    setRenaming(undefined);
    const trimmed = next.trim();
    if (trimmed !== "" && trimmed !== body.name) await put({ ...body, name: trimmed });
  };
  const duplicate = (body: SavedBody) => put({ ...body, id: newHistoryId(), name: uniqueName(`${body.name} copy`, bodies()), savedAt: now() });
  const remove = async (body: SavedBody) => {
    setBodies((list) => list.filter((b) => b.id !== body.id));
    await store.remove(body.id);
  };

  return (
    <section class="panel saved-bodies" aria-labelledby="saved-bodies-heading">
      <details>
        <summary>
          <h2 id="saved-bodies-heading">Saved bodies</h2> <span class="count">{bodies().length}</span>
        </summary>
        <form
          class="row"
          onSubmit={(event) => {
            event.preventDefault();
            void save();
          }}
        >
          <label>
            Name for the body{" "}
            <input type="text" value={name()} onInput={(e) => setName(e.currentTarget.value)} autocomplete="off" />
          </label>
          <button type="submit">Save body</button>
        </form>
        <label>
          Search saved bodies <input type="search" value={query()} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <ul aria-label="Saved bodies">
          <For each={searchSavedBodies(bodies(), query())}>
            {(body) => (
              <li>
                <Show
                  when={renaming() === body.id}
                  fallback={
                    <span class="name" title={body.name}>
                      {body.name}
                    </span>
                  }
                >
                  <input
                    type="text"
                    class="name"
                    aria-label={`New name for ${body.name}`}
                    value={body.name}
                    ref={(input) => queueMicrotask(() => input.focus())}
                    onKeyDown={(e) => {
                      if (e.key === "Enter") void rename(body, e.currentTarget.value);
                      if (e.key === "Escape") setRenaming(undefined);
                    }}
                    onBlur={(e) => void rename(body, e.currentTarget.value)}
                  />
                </Show>
                <button type="button" aria-label={`Open ${body.name}`} onClick={() => open(body)}>
                  Open
                </button>
                <button type="button" aria-label={`Rename ${body.name}`} onClick={() => setRenaming(body.id)}>
                  Rename
                </button>
                <button type="button" aria-label={`Duplicate ${body.name}`} onClick={() => void duplicate(body)}>
                  Duplicate
                </button>
                <button type="button" aria-label={`Delete ${body.name}`} onClick={() => void remove(body)}>
                  Delete
                </button>
              </li>
            )}
          </For>
        </ul>
      </details>
    </section>
  );
}
