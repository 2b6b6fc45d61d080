import { createMemo, createSignal, For, Show } from "solid-js";
import { itemFieldNames, type ColumnMapping } from "../../core/bulk/column-mapping";
import { readImport } from "../../core/bulk/read-import";
import { bodyWithItems, rowsToItems } from "../../core/bulk/rows-to-items";
import { formatPath, parsePath } from "../../core/json/json-path";
import type { AppState } from "../state/app-state";
import { browserTimezoneOffset, describeBrowserZone } from "../form/time-zone";

const notImported = "";
const shownProblems = 100;

/**
 * `Import rows`: a CSV/TSV file or paste, JSON Lines or a JSON array. The mapping (a control per
 * column), unmapped columns and every cell problem are shown before anything is written; the
 * items then replace the body as one edit through the editor (Ctrl+Z undoes it).
 */
export function ImportRows(props: { state: AppState }) {
  let dialog!: HTMLDialogElement;
  let opener!: HTMLButtonElement;
  let rowsBox!: HTMLTextAreaElement;
  const [text, setText] = createSignal("");
  /** The file the rows came from; its text is never copied into the Rows box (laying out a 10,000-line box costs a second). */
  const [fileName, setFileName] = createSignal<string>();
  const [zone, setZone] = createSignal<"browser" | "utc">("browser");
  const [overrides, setOverrides] = createSignal<ReadonlyMap<number, string>>(new Map());
  const input = createMemo(() => readImport(text()));
  const mapping = createMemo<readonly ColumnMapping[]>(() => {
    const read = input();
    if (read.kind !== "table") return [];
    const chosen = overrides();
    return read.mapping.map((m, i) => {
      const override = chosen.get(i);
      if (override === undefined) return m;
      return { ...m, path: override === notImported ? undefined : parsePath(override) };
    });
  });
  const result = createMemo(() => {
    const read = input();
    if (read.kind === "json") return { items: read.items, problems: [] };
    if (read.kind !== "table") return undefined;
    return rowsToItems(read.rows, mapping(), { timezoneOffset: zone() === "utc" ? 0 : browserTimezoneOffset });
  });
  const unmapped = () => mapping().filter((m) => m.path === undefined);

  const load = (value: string) => {
    setOverrides(new Map());
    setText(value);
  };
  const write = () => {
    const items = result()?.items;
    if (!items || items.length === 0) return;
    props.state.body.replace(bodyWithItems(items));
    dialog.close();
  };

  return (
    <>
      <button type="button" ref={opener} onClick={() => dialog.showModal()}>
        Import rows
      </button>
      <dialog ref={dialog} class="bulk-import" aria-labelledby="import-rows-title" onClose={() => opener.focus()}>
        <h2 id="import-rows-title">Import rows</h2>
        <p class="muted">CSV or TSV with a header row (a paste from a spreadsheet works), JSON Lines, or a JSON array of items. The items replace the body's items; Ctrl+Z in the editor undoes it.</p>
        <label>
          Rows file{" "}
          <input
            type="file"
            accept=".csv,.tsv,.txt,.json,.jsonl,.ndjson,text/csv,text/tab-separated-values,application/json"
            onChange={(e) => {
              const file = e.currentTarget.files?.[0];
              if (!file) return;
              void file.text().then((value) => {
                rowsBox.value = "";
                setFileName(file.name);
                load(value);
              });
            }}
          />
        </label>
        <label for="import-rows-text">Rows</label>
        <textarea
          id="import-rows-text"
          ref={rowsBox}
          rows="6"
          cols="80"
          spellcheck={false}
          placeholder={fileName() === undefined ? "Paste rows here" : `Rows from ${fileName() ?? ""}; or paste rows here instead`}
          onInput={(e) => {
            setFileName(undefined);
            load(e.currentTarget.value);
          }}
        />
        <Show when={input().kind === "error" && input()}>{(read) => <p class="invalid">{(read() as { error: string }).error}</p>}</Show>
        <Show when={input().kind === "table"}>
          <label>
            Time zone for dates without one{" "}
            <select value={zone()} onChange={(e) => setZone(e.currentTarget.value === "utc" ? "utc" : "browser")}>
              <option value="browser">{describeBrowserZone(Date.now())}</option>
              <option value="utc">UTC</option>
            </select>
          </label>
          <table class="bulk-mapping" aria-label="Column mapping">
            <thead>
              <tr>
                <th scope="col">Column</th>
                <th scope="col">Field</th>
                <th scope="col">Match</th>
              </tr>
            </thead>
            <tbody>
              <For each={mapping()}>
                {(m, i) => (
                  <tr>
                    <th scope="row">{m.column}</th>
                    <td>
                      <select
                        aria-label={`Field for column ${m.column}`}
                        value={m.path ? formatPath(m.path) : notImported}
                        onChange={(e) => setOverrides((all) => new Map(all).set(i(), e.currentTarget.value))}
                      >
                        <option value={notImported}>(not imported)</option>
                        <Show when={m.path && m.path.length > 1 && m.path}>{(path) => <option value={formatPath(path())}>{formatPath(path())}</option>}</Show>
                        <For each={itemFieldNames()}>{(name) => <option value={name}>{name}</option>}</For>
                      </select>
                    </td>
                    <td>{m.path ? (m.match === "exact" ? "exact" : m.match === "loose" ? "ignoring case and separators" : "chosen") : m.suggestion ? `did you mean ${m.suggestion}?` : "no such field"}</td>
                  </tr>
                )}
              </For>
            </tbody>
          </table>
          <Show when={unmapped().length > 0}>
            <p data-testid="import-unmapped">Not imported: {unmapped().map((m) => m.column).join(", ")}</p>
          </Show>
        </Show>
        <Show when={result()}>
          {(r) => (
            <>
              <p role="status">
                {r().items.length} items read{r().problems.length > 0 ? `; ${r().problems.length} cells have problems and are left out` : ""}.
              </p>
              <Show when={r().problems.length > 0}>
                <ul class="bulk-import-problems" aria-label="Cell problems">
                  <For each={r().problems.slice(0, shownProblems)}>{(p) => <li>Row {p.row}, {p.column}: {p.message}</li>}</For>
                  <Show when={r().problems.length > shownProblems}>
                    <li>… and {r().problems.length - shownProblems} more</li>
                  </Show>
                </ul>
              </Show>
            </>
          )}
        </Show>
        <div class="dialog-actions">
          <button type="button" class="primary" disabled={(result()?.items.length ?? 0) === 0} onClick={write}>
            Write items into the body
          </button>
          <button type="button" onClick={() => dialog.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
