import { createSignal, onCleanup, type Accessor } from "solid-js";
import type { PreparedRequest } from "../core/request/build-request";
import { readTimeoutSeconds } from "../core/request/timeout";
import type { DisplayedResponse } from "../core/response/response-display";
import { readResponse } from "../services/read-response";
import { sendRequest, type SendOutcome } from "../services/send-request";
import type { AppState } from "./app-state";

export interface SendResult {
  readonly request: PreparedRequest;
  readonly outcome: SendOutcome;
  readonly classified?: DisplayedResponse;
}

export type SendPhase = { readonly kind: "idle" } | { readonly kind: "confirm"; readonly errors: number } | { readonly kind: "sending" };

export interface SendController {
  readonly phase: Accessor<SendPhase>;
  /** Milliseconds since the running send started, ticking while it runs. */
  readonly elapsedMs: Accessor<number>;
  readonly result: Accessor<SendResult | undefined>;
  readonly timeoutSeconds: Accessor<number>;
  /** Why the timeout field's text is refused (the last good timeout stays), or undefined. */
  readonly timeoutProblem: Accessor<string | undefined>;
  /** The timeout field's text: taken when in range, else refused with a problem. */
  setTimeoutText(text: string): void;
  /** Sends, or first asks when the body has errors (testing a bad body is a real use). */
  send(): void;
  /** "Send anyway" after the question. */
  confirm(): void;
  /** Dismisses the question, or aborts the running request. */
  cancel(): void;
}

export const defaultTimeoutSeconds = 30;

export function createSendController(state: AppState): SendController {
  const [phase, setPhase] = createSignal<SendPhase>({ kind: "idle" });
  const [elapsedMs, setElapsed] = createSignal(0);
  const [result, setResult] = createSignal<SendResult>();
  const [timeoutSeconds, setTimeoutSeconds] = createSignal(defaultTimeoutSeconds);
  const [timeoutProblem, setTimeoutProblem] = createSignal<string>();
  let abort: AbortController | undefined;
  /** A send waiting for the validation of the text it will send. */
  let deciding = false;
  let ticker: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(ticker));

  const run = async (): Promise<void> => {
    state.editor()?.flush();
    const built = state.request();
    // Inputs the request cannot carry are said as such, before anything is sent.
    const problem = built.ok ? timeoutProblem() : built.error;
    if (!built.ok || problem !== undefined) {
      state.notices.notify(problem ?? "The request could not be built.", "error");
      setPhase({ kind: "idle" });
      return;
    }
    abort = new AbortController();
    setPhase({ kind: "sending" });
    const started = performance.now();
    setElapsed(0);
    ticker = setInterval(() => setElapsed(performance.now() - started), 100);
    const outcome = await sendRequest(built.request, {
      targetKind: state.target().kind,
      timeoutMs: timeoutSeconds() * 1000,
      signal: abort.signal,
    });
    const classified = outcome.kind === "response" ? await readResponse(outcome) : undefined;
    clearInterval(ticker);
    abort = undefined;
    setResult({ request: built.request, outcome, ...(classified ? { classified } : {}) });
    setPhase({ kind: "idle" });
    state.recordSend({
      request: built.request,
      status: classified?.status ?? null,
      successCount: classified?.successCount ?? null,
      traceId: classified?.traceId ?? null,
      durationMs: outcome.durationMs,
    });
  };

  return {
    phase,
    elapsedMs,
    result,
    timeoutSeconds,
    timeoutProblem,
    setTimeoutText(text) {
      const read = readTimeoutSeconds(text);
      if (read.ok) setTimeoutSeconds(read.seconds);
      setTimeoutProblem(read.ok ? undefined : `${read.error} Nothing is sent until it is.`);
    },
    send() {
      if (phase().kind === "sending" || deciding) return;
      // Judge the text being sent, not the last one checked: a paste then Ctrl+Enter must not
      // ask about the errors of the body it replaced.
      deciding = true;
      void state.whenValidated().then((result) => {
        deciding = false;
        if (phase().kind === "sending") return;
        if (result.errors > 0 && phase().kind !== "confirm") setPhase({ kind: "confirm", errors: result.errors });
        else void run();
      });
    },
    confirm() {
      if (phase().kind === "confirm") void run();
    },
    cancel() {
      if (phase().kind === "confirm") setPhase({ kind: "idle" });
      else abort?.abort();
    },
  };
}
