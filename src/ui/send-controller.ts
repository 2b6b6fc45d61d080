import { createSignal, onCleanup, type Accessor } from "solid-js";
import type { PreparedRequest } from "../core/request/build-request";
import { classifyResponse, type ClassifiedResponse } from "../core/response/classify-response";
import { sendRequest, type SendOutcome } from "../services/send-request";
import type { AppState } from "./app-state";

export interface SendResult {
  readonly request: PreparedRequest;
  readonly outcome: SendOutcome;
  readonly classified?: ClassifiedResponse;
}

export type SendPhase = { readonly kind: "idle" } | { readonly kind: "confirm"; readonly errors: number } | { readonly kind: "sending" };

export interface SendController {
  readonly phase: Accessor<SendPhase>;
  /** Milliseconds since the running send started, ticking while it runs. */
  readonly elapsedMs: Accessor<number>;
  readonly result: Accessor<SendResult | undefined>;
  readonly timeoutSeconds: Accessor<number>;
  setTimeoutSeconds(seconds: number): void;
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
  let abort: AbortController | undefined;
  /** A send waiting for the validation of the text it will send. */
  let deciding = false;
  let ticker: ReturnType<typeof setInterval> | undefined;
  onCleanup(() => clearInterval(ticker));

  const run = async (): Promise<void> => {
    state.editor()?.flush();
    const built = state.request();
    if (!built.ok) {
      state.notices.notify(built.error, "error");
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
      sandboxBehaviour: state.sandboxBehaviour(),
      timeoutMs: timeoutSeconds() * 1000,
      signal: abort.signal,
    });
    clearInterval(ticker);
    abort = undefined;
    const classified = outcome.kind === "response" ? classifyResponse(outcome) : undefined;
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
    setTimeoutSeconds: (seconds) => setTimeoutSeconds(Number.isFinite(seconds) && seconds > 0 ? seconds : defaultTimeoutSeconds),
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
