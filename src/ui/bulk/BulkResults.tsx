import { createMemo, createSignal, Index, Show, type Accessor } from "solid-js";
import type { Batch } from "../../core/bulk/batches";
import { reportRow } from "../../core/bulk/bulk-report";
import type { RequestState } from "../../core/bulk/bulk-run";

/**
 * `Bulk results`: one row per request; a filter to failures (failed or unknown). Each row follows
 * its own request: an answer re-renders that row only, never the whole table (the run's state
 * changes a few times a second while the person may be typing in the editor).
 */
export function BulkResults(props: { batches: Accessor<readonly Batch[]>; requests: Accessor<readonly RequestState[]> }) {
  const [onlyFailures, setOnlyFailures] = createSignal(false);
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
            <Index each={props.batches()}>
              {(batch, i) => {
                // The request's state object changes only when that request does.
                const request = createMemo(() => props.requests()[i]);
                const row = createMemo(() => reportRow(batch(), i, request()));
                const shown = () => !onlyFailures() || row().outcome === "failed" || row().outcome === "unknown";
                return (
                  <Show when={shown()}>
                    <tr data-outcome={row().outcome}>
                      <td>{row().request}</td>
                      <td>{row().items}</td>
                      <td>{row().httpStatus ?? "—"}</td>
                      <td>{row().meaning}</td>
                      <td>
                        {row().successCount ?? ""}
                        <Show when={row().countDiffers}>
                          <span class="invalid" title={`${row().itemsSent} items were sent`}> ≠ {row().itemsSent} sent</span>
                        </Show>
                      </td>
                      <td class="mono">{row().traceId ?? ""}</td>
                      <td>{row().timeMs === null ? "" : `${row().timeMs} ms`}</td>
                      <td>{row().retries}</td>
                    </tr>
                  </Show>
                );
              }}
            </Index>
          </tbody>
        </table>
      </div>
    </>
  );
}
