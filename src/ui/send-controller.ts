import { createSignal, onCleanup, type Accessor } from "solid-js";
import type { PreparedRequest } from "../core/request/build-request";
import { readTimeoutSeconds } from "../core/request/timeout";
import type { DisplayedResponse } from "../core/response/response-display";
import { readResponse } from "../services/read-response";
import { responseLimits } from "../core/stored-state/recorded-response";
import { sendRequest, type SendOutcome } from "../services/send-request";
import type { AppState } from "./state/app-state";

export interface SendResult {
  readonly request: PreparedRequest;
  /** Answered by the in-page sandbox: nothing went over the network. */
  readonly inPage: boolean;
  readonly outcome: SendOutcome;
  readonly classified?: DisplayedResponse;
}

export type SendPhase =
  | { readonly kind: "idle" }
  /** The target's host came from a link or an import: may the token go there? */
  | { readonly kind: "confirm-origin"; readonly host: string; readonly origin: string; readonly errors: number }
  /** The body has errors, or a network target gets no token: send anyway? */
  | { readonly kind: "confirm"; readonly errors: number; readonly missingToken: boolean }
  | { readonly kind: "sending" };

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
  /**
   * Sends, or first asks: whether the token may go to a host that came from a link, and whether to
   * send a body with errors or without a token (testing a bad body or a 401 is a real use).
   */
  send(): void;
  /** "Send anyway" after the question. */
  confirm(): void;
  /** The user confirmed the host: the token goes there, now and later. */
  confirmOrigin(): void;
  /** This once, send to the unconfirmed host without the token. */
  sendWithoutToken(): void;
  /** Dismisses the question, or aborts the running request. */
  cancel(): void;
}

export const defaultTimeoutSeconds = 30;

/**
 * The body as history keeps it for Compare, or `null` when it is surely too long to keep
 * (a character takes at least one byte, at most four): a 15 MB answer is never decoded here.
 */
async function readForHistory(body: Blob): Promise<string | null> {
  return body.size > responseLimits.keptChars * 4 ? null : body.text();
}

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
    const built = state.requestNow();
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
      targetKind: state.target.settings().kind,
      sandboxBehaviour: state.target.sandboxBehaviour(),
      timeoutMs: timeoutSeconds() * 1000,
      signal: abort.signal,
    });
    const classified = outcome.kind === "response" ? await readResponse(outcome) : undefined;
    const responseText = outcome.kind === "response" ? await readForHistory(outcome.body) : undefined;
    clearInterval(ticker);
    abort = undefined;
    setResult({ request: built.request, inPage: state.target.settings().kind === "sandbox", outcome, ...(classified ? { classified } : {}) });
    setPhase({ kind: "idle" });
    state.history.recordSend({
      request: built.request,
      status: classified?.status ?? null,
      successCount: classified?.successCount ?? null,
      traceId: classified?.traceId ?? null,
      durationMs: outcome.durationMs,
      ...(responseText === undefined ? {} : { responseText }),
    });
  };

  /** After the token question: asks about errors and a missing token, or sends. */
  const askOrRun = (errors: number, tokenlessChosen: boolean): void => {
    const built = state.request();
    const missingToken = !tokenlessChosen && state.target.settings().kind !== "sandbox" && built.ok && !built.request.hasToken;
    if (errors > 0 || missingToken) setPhase({ kind: "confirm", errors, missingToken });
    else void run();
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
      void state.body.whenValidated().then((result) => {
        deciding = false;
        const current = phase();
        if (current.kind === "sending") return;
        // Send again while asked about errors sends anyway; the token question needs its own answer.
        if (current.kind === "confirm") return void run();
        if (current.kind === "confirm-origin") return;
        const use = state.target.credentials.use();
        if (use.kind === "confirm") setPhase({ kind: "confirm-origin", host: use.host, origin: use.origin, errors: result.errors });
        else askOrRun(result.errors, false);
      });
    },
    confirm() {
      if (phase().kind === "confirm") void run();
    },
    confirmOrigin() {
      const current = phase();
      if (current.kind !== "confirm-origin") return;
      state.target.credentials.confirmOrigin(current.origin);
      askOrRun(current.errors, false);
    },
    sendWithoutToken() {
      const current = phase();
      if (current.kind === "confirm-origin") askOrRun(current.errors, true);
    },
    cancel() {
      const current = phase();
      if (current.kind === "confirm" || current.kind === "confirm-origin") setPhase({ kind: "idle" });
      else abort?.abort();
    },
  };
}
