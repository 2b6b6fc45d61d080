import { createMemo, createSignal, Show } from "solid-js";
import { endpoint } from "../../endpoint/descriptor";
import { splitIntoBatches } from "../../core/bulk/batches";
import { indexItems } from "../../core/body/items-index";
import { bulkScript } from "../../core/bulk/bulk-script";
import { progress } from "../../core/bulk/bulk-run";
import { reportCsv, reportJson, reportRows } from "../../core/bulk/bulk-report";
import { durationText } from "../../core/response/explain-network-failure";
import { buildRequest } from "../../core/request/build-request";
import { downloadText } from "../../services/clipboard";
import type { AppState } from "../state/app-state";
import { createBulkSession, defaultItemsPerRequest } from "./bulk-session";
import { BulkResults } from "./BulkResults";
import { ImportRows } from "./ImportRows";
import "./bulk.css";

/**
 * The `Bulk` view: rows in (Import rows writes items into the body), the body's items out as
 * paced requests of `Items per request`, with progress, results, a report and a script.
 */
export function BulkPanel(props: { state: AppState }) {
  const session = createBulkSession(props.state);
  const [askUnknown, setAskUnknown] = createSignal(false);
  const phase = () => session.run()?.phase;
  const stats = createMemo(() => {
    const run = session.run();
    return run ? progress(run, session.now()) : undefined;
  });
  const requests = () => session.run()?.requests ?? [];
  const hasRows = () => session.run() !== undefined && session.batches().length > 0;
  /** The report, built when asked for (the table builds its rows one by one). */
  const rows = () => reportRows(session.batches(), requests());

  const retryFailed = () => {
    if ((stats()?.unknown ?? 0) > 0) setAskUnknown(true);
    else session.retryFailed(false);
  };

  const downloadScript = () => {
    const built = buildRequest({ target: props.state.target.settings(), token: "", bodyText: "" });
    if (!built.ok) return;
    const text = props.state.body.current();
    const batches = splitIntoBatches(text, indexItems(text) ?? [], session.itemsPerRequest());
    downloadText("sync_data-bulk.sh", bulkScript({ request: built.request, batches, perSecond: session.perSecond(), maxRetries: 5 }), "text/x-shellscript");
  };

  return (
    <div class="bulk-panel">
      <Show when={session.interrupted()}>
        {(found) => (
          <div class="bulk-interrupted" role="status">
            <Show
              when={found().bodyMatches}
              fallback={
                <>
                  <p>A bulk run was interrupted, but the body has changed since: its requests no longer match. Start a fresh run instead.</p>
                  <button type="button" onClick={() => session.discardInterrupted()}>
                    Start fresh
                  </button>
                </>
              }
            >
              <p>
                A bulk run was interrupted: {found().stored.requests.filter((r) => r.status === "acknowledged").length} of {found().stored.requests.length} requests acknowledged.
                Acknowledged requests are never sent again.
              </p>
              <button type="button" class="primary" onClick={() => session.resumeInterrupted()}>
                Resume run
              </button>
              <button type="button" onClick={() => session.discardInterrupted()}>
                Discard run
              </button>
            </Show>
          </div>
        )}
      </Show>
      <div class="bulk-settings">
        <ImportRows state={props.state} />
        <label>
          Items per request{" "}
          <input type="number" min="1" step="1" value={session.itemsPerRequest()} disabled={phase() === "running" || phase() === "paused"} onChange={(e) => session.setItemsPerRequest(e.currentTarget.valueAsNumber)} />
        </label>
        <span class="muted">
          Default {defaultItemsPerRequest} is an assumption: SHOPLINE documents no cap for this endpoint; a sibling bulk endpoint documents 100.
        </span>
        <label>
          Requests per second{" "}
          <input type="number" min="0.1" step="any" value={session.perSecond()} disabled={phase() === "running" || phase() === "paused"} onChange={(e) => session.setPerSecond(e.currentTarget.valueAsNumber)} />
        </label>
        <span class="muted">
          Documented limit: {endpoint.rateLimit.perSecond}/s, bucket of {endpoint.rateLimit.bucketSize}.
        </span>
        <label>
          <input type="checkbox" checked={session.stopOnFailure()} onChange={(e) => session.setStopOnFailure(e.currentTarget.checked)} /> Stop at the first failure
        </label>
      </div>
      <div class="bulk-actions">
        <button type="button" class="primary" disabled={phase() === "running" || phase() === "paused"} onClick={() => session.sendAll()}>
          Send all
        </button>
        <button type="button" disabled={phase() !== "running"} onClick={() => session.pause()}>
          Pause
        </button>
        <button type="button" disabled={phase() !== "paused" && phase() !== "stopped"} onClick={() => session.resume()}>
          Resume
        </button>
        <button type="button" disabled={phase() !== "running" && phase() !== "paused" && phase() !== "stopped"} onClick={() => session.cancel()}>
          Cancel run
        </button>
        <button type="button" disabled={!stats() || phase() === "running" || (stats()?.failed ?? 0) + (stats()?.unknown ?? 0) === 0} onClick={retryFailed}>
          Retry failed
        </button>
        <button type="button" disabled={!hasRows()} onClick={() => downloadText("sync_data-bulk-report.csv", reportCsv(rows()), "text/csv")}>
          Download report
        </button>
        <button type="button" disabled={!hasRows()} onClick={() => downloadText("sync_data-bulk-report.json", reportJson(rows()))}>
          Download report as JSON
        </button>
        <button type="button" onClick={downloadScript}>
          Download script
        </button>
      </div>
      <Show when={session.problem()}>{(message) => <p class="invalid" role="alert">{message()}</p>}</Show>
      <Show when={askUnknown()}>
        <div role="alertdialog" aria-label="Re-send unknown requests" class="bulk-confirm">
          <p>{stats()?.unknown} requests were cut off or cancelled in flight and may have been processed: sending them again may count their items twice.</p>
          <button type="button" onClick={() => (setAskUnknown(false), session.retryFailed(true))}>
            Re-send them too
          </button>
          <button type="button" onClick={() => (setAskUnknown(false), session.retryFailed(false))}>
            Only failed ones
          </button>
        </div>
      </Show>
      <Show when={stats()}>
        {(s) => (
          <div
            class="bulk-progress"
            role="progressbar"
            aria-label="Bulk progress"
            aria-valuemin={0}
            aria-valuemax={s().total}
            aria-valuenow={s().done}
            aria-valuetext={`${s().done} of ${s().total} requests done, ${s().itemsAcknowledged} items acknowledged`}
          >
            <div class="bulk-progress-bar" style={{ width: `${s().total === 0 ? 0 : (100 * s().done) / s().total}%` }} />
            <p data-testid="bulk-progress-text">
              {s().done} / {s().total} requests · {s().itemsAcknowledged} items acknowledged · {s().rate.toFixed(2)} req/s · elapsed {durationText(s().elapsedMs)}
              {s().etaMs !== undefined && s().done < s().total ? ` · ETA ${durationText(s().etaMs ?? 0)}` : ""}
              {s().failed > 0 ? ` · ${s().failed} failed` : ""}
              {s().unknown > 0 ? ` · ${s().unknown} unknown` : ""} · {phase()}
            </p>
          </div>
        )}
      </Show>
      <Show when={hasRows()}>
        <BulkResults batches={session.batches} requests={requests} />
      </Show>
    </div>
  );
}
