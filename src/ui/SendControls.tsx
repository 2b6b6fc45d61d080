import { Show } from "solid-js";
import { timeoutRangeSeconds } from "../core/request/timeout";
import { durationText } from "../core/response/explain-network-failure";
import type { AppState } from "./app-state";
import type { SendController } from "./send-controller";

/** Send (Ctrl/Cmd+Enter), Cancel (Esc) while it runs, the timeout, and the "send anyway?" question. */
export function SendControls(props: { state: AppState; sender: SendController }) {
  const sending = () => props.sender.phase().kind === "sending";
  const confirming = () => {
    const phase = props.sender.phase();
    return phase.kind === "confirm" ? phase.errors : 0;
  };
  return (
    <div class="send-controls">
      <div class="field">
        <label for="timeout">Timeout (s)</label>
        <input
          id="timeout"
          type="number"
          min={timeoutRangeSeconds.min}
          max={timeoutRangeSeconds.max}
          value={props.sender.timeoutSeconds()}
          aria-invalid={props.sender.timeoutProblem() !== undefined}
          aria-describedby="timeout-problem"
          onChange={(e) => props.sender.setTimeoutText(e.currentTarget.value)}
        />
        <Show when={props.sender.timeoutProblem()}>
          {(problem) => (
            <span id="timeout-problem" class="invalid" role="alert">
              {problem()}
            </span>
          )}
        </Show>
      </div>
      <button type="button" class="primary" onClick={() => props.sender.send()} disabled={sending()} aria-keyshortcuts="Control+Enter Meta+Enter">
        Send
      </button>
      <Show when={sending()}>
        <button type="button" onClick={() => props.sender.cancel()} aria-keyshortcuts="Escape">
          Cancel
        </button>
        <span class="elapsed" role="status">
          Sending… {durationText(props.sender.elapsedMs())}
        </span>
      </Show>
      <Show when={confirming() > 0}>
        <div class="confirm" role="alertdialog" aria-label="Send with errors?">
          <span>
            {confirming()} {confirming() === 1 ? "error" : "errors"} in the body — send anyway?
          </span>
          <button type="button" class="primary" onClick={() => props.sender.confirm()}>
            Send anyway
          </button>
          <button type="button" onClick={() => props.sender.cancel()}>
            Don't send
          </button>
        </div>
      </Show>
    </div>
  );
}
