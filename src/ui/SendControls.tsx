import { Show } from "solid-js";
import { timeoutRangeSeconds } from "../core/request/timeout";
import { durationText } from "../core/response/explain-network-failure";
import type { AppState } from "./state/app-state";
import type { SendController, SendPhase } from "./send-controller";

/**
 * Send (Ctrl/Cmd+Enter); Cancel (Esc) while it runs and the questions before a send show in a
 * popover under it, so Send itself never moves.
 */
export function SendControls(props: { state: AppState; sender: SendController }) {
  const sending = () => props.sender.phase().kind === "sending";
  const asking = () => {
    const phase = props.sender.phase();
    return phase.kind === "confirm" ? phase : undefined;
  };
  const askingOrigin = () => {
    const phase = props.sender.phase();
    return phase.kind === "confirm-origin" ? phase : undefined;
  };
  return (
    <div class="send-controls">
      <button type="button" class="primary" onClick={() => props.sender.send()} disabled={sending()} aria-keyshortcuts="Control+Enter Meta+Enter">
        Send
      </button>
      <div class="send-popover">
      <Show when={sending()}>
        <button type="button" onClick={() => props.sender.cancel()} aria-keyshortcuts="Escape">
          Cancel
        </button>
        <span class="elapsed" role="status">
          Sending… {durationText(props.sender.elapsedMs())}
        </span>
      </Show>
      <Show when={askingOrigin()}>
        {(phase) => (
          <div class="confirm" role="alertdialog" aria-label={`Send your access token to ${phase().host}?`}>
            <span>
              This target's address, <strong>{phase().host}</strong>, came from a link or an import, not from you. Your access token was not entered
              for it. Send your access token to {phase().host}?
            </span>
            <button type="button" onClick={() => props.sender.confirmOrigin()}>
              Send my token to {phase().host}
            </button>
            <button type="button" onClick={() => props.sender.sendWithoutToken()}>
              Send without the token
            </button>
            <button type="button" class="primary" onClick={() => props.sender.cancel()}>
              Don't send
            </button>
          </div>
        )}
      </Show>
      <Show when={asking()}>
        {(phase) => (
          <div class="confirm" role="alertdialog" aria-label={questionName(phase())}>
            <span>{questionText(phase())} — send anyway?</span>
            <button type="button" class="primary" onClick={() => props.sender.confirm()}>
              Send anyway
            </button>
            <button type="button" onClick={() => props.sender.cancel()}>
              Don't send
            </button>
          </div>
        )}
      </Show>
      </div>
    </div>
  );
}

/** How long a send may take before it is abandoned. */
export function TimeoutField(props: { sender: SendController }) {
  return (
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
  );
}

type Question = Extract<SendPhase, { kind: "confirm" }>;

function questionName(phase: Question): string {
  if (phase.errors > 0 && phase.missingToken) return "Send with errors and without a token?";
  return phase.errors > 0 ? "Send with errors?" : "Send without a token?";
}

function questionText(phase: Question): string {
  const parts: string[] = [];
  if (phase.errors > 0) parts.push(`${phase.errors} ${phase.errors === 1 ? "error" : "errors"} in the body`);
  if (phase.missingToken) parts.push("no access token: the server will answer 401 Unauthorized");
  return parts.join("; ");
}
