import { For, Show } from "solid-js";
import type { HistoryEntry } from "../core/stored-state/history-entry";
import type { AppState } from "./state/app-state";
import { CompareDialog } from "./CompareDialog";

/** The last 50 sends (and drafts kept before opening a link); picking one restores it. */
export function HistoryPanel(props: { state: AppState }) {
  const entries = () => props.state.history.entries().entries;
  // A send went where the user sent it; a kept draft may hold a link's target, whose host stays unconfirmed.
  const restore = (entry: HistoryEntry) =>
    props.state.history.openShared({ bodyText: entry.request.body, target: entry.target }, "restoring from history", { trusted: entry.label === undefined });
  return (
    <section class="panel history" aria-label="History">
      <details>
        <summary>
          <h2>History</h2>{" "}
          <span class="count" data-testid="history-count">
            {entries().length}
          </span>
        </summary>
        <Show when={entries().length > 0} fallback={<p class="muted">Sends appear here (without the token).</p>}>
          <ol class="history-list">
            <For each={entries()}>
              {(entry) => (
                <li>
                  <button type="button" onClick={() => restore(entry)} aria-label={`Restore ${describe(entry)}`}>
                    Restore
                  </button>
                  <span>{describe(entry)}</span>
                  <Show when={props.state.history.notStored().has(entry.id)}>
                    <span class="muted">(this tab only: too large to keep on this device)</span>
                  </Show>
                </li>
              )}
            </For>
          </ol>
          <button type="button" onClick={() => props.state.history.clear()}>
            Clear history
          </button>
          <CompareDialog state={props.state} />
        </Show>
      </details>
    </section>
  );
}

function describe(entry: HistoryEntry): string {
  const when = new Date(entry.time).toLocaleString();
  if (entry.label) return `${entry.label}, ${when}`;
  const status = entry.status === null ? "no answer" : `status ${entry.status}`;
  const count = entry.successCount === null ? "" : `, success_count ${entry.successCount}`;
  const trace = entry.traceId === null ? "" : `, traceId ${entry.traceId}`;
  // The in-page sandbox answers without a network: its URL is only where the sandbox server would be.
  const where = entry.target.kind === "sandbox" ? "in-page Sandbox" : entry.request.url;
  return `${when}: ${status}${count}${trace} → ${where}`;
}
