import { createMemo, createSignal, For, Show } from "solid-js";
import type { ReportRow } from "../../core/bulk/bulk-report";

/** `Bulk results`: one row per request; a filter to failures (failed or unknown). */
export function BulkResults(props: { rows: readonly ReportRow[] }) {
  const [onlyFailures, setOnlyFailures] = createSignal(false);
  const shown = createMemo(() => (onlyFailures() ? props.rows.filter((r) => r.outcome === "failed" || r.outcome === "unknown") : props.rows));
  return (
    <>
      <label>
        <input type="checkbox" checked={onlyFailures()} onChange={(e) => setOnlyFailures(e.currentTarget.checked)} /> Only failures
      </label>
      <div class="bulk-results-scroll">
        <table class="bulk-results" aria-label="Bulk results">
          <thead>
            <tr>
              <th scope="col">#</th>
              <th scope="col">Items</th>
              <th scope="col">Status</th>
              <th scope="col">Meaning</th>
              <th scope="col">success_count</th>
              <th scope="col">traceId</th>
              <th scope="col">Time</th>
              <th scope="col">Retries</th>
            </tr>
          </thead>
          <tbody>
            <For each={shown()}>
              {(row) => (
                <tr data-outcome={row.outcome}>
                  <td>{row.request}</td>
                  <td>{row.items}</td>
                  <td>{row.httpStatus ?? "—"}</td>
                  <td>{row.meaning}</td>
                  <td>
                    {row.successCount ?? ""}
                    <Show when={row.countDiffers}>
                      <span class="invalid" title={`${row.itemsSent} items were sent`}> ≠ {row.itemsSent} sent</span>
                    </Show>
                  </td>
                  <td class="mono">{row.traceId ?? ""}</td>
                  <td>{row.timeMs === null ? "" : `${row.timeMs} ms`}</td>
                  <td>{row.retries}</td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </div>
    </>
  );
}
