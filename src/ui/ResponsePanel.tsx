import { ResponseBodyActions } from "./ResponseBodyActions";
import { ResponseBodyView } from "./ResponseBodyView";
import { For, Match, Show, Switch } from "solid-js";
import { durationText } from "../core/response/explain-network-failure";
import type { DisplayedResponse } from "../core/response/response-display";
import { endpoint } from "../endpoint/descriptor";
import { firstSteps } from "./first-steps";
import { basisText } from "../endpoint/rules";
import { copyText, downloadText } from "../services/clipboard";
import type { AppState } from "./state/app-state";
import type { SendOutcome } from "../services/send-request";
import type { SendController, SendResult } from "./send-controller";

/** Before the first answer on this device: what this page sends, and how to start, in one line. */
function FirstSteps() {
  return (
    <p class="first-steps" data-testid="first-steps">
      <strong>{firstSteps.title}</strong> <span class="muted">(scope <code>{firstSteps.scope}</code>)</span>. {firstSteps.howTo}
    </p>
  );
}

/** The answer: status and its meaning, success_count, traceId, time, headers, body, errors. */
export function ResponsePanel(props: { state: AppState; sender: SendController; onCopyCurl?: () => void; hasSent: () => boolean }) {
  return (
    <section class="panel response" aria-label="Response">
      <header class="panel-header">
        <h2>Response</h2>
        <Show when={props.sender.phase().kind !== "sending" && props.sender.result()?.inPage}>
          <span class="muted" data-testid="response-in-page">
            in-page Sandbox: answered inside this page, nothing went over the network
          </span>
        </Show>
      </header>
      <div aria-live="polite">
        <Switch fallback={props.hasSent() ? <p class="muted">No answer yet in this tab.</p> : <FirstSteps />}>
          <Match when={props.sender.phase().kind === "sending"}>
            <p class="muted">Waiting for the answer…</p>
          </Match>
          <Match when={props.sender.result()}>{(result) => <ResultView result={result()} state={props.state} onCopyCurl={props.onCopyCurl} />}</Match>
        </Switch>
      </div>
    </section>
  );
}

function ResultView(props: { result: SendResult; state: AppState; onCopyCurl: (() => void) | undefined }) {
  const outcome = () => props.result.outcome;
  return (
    <Switch>
      <Match when={failureOf(outcome())}>
        {(failure) => (
          <div class="response-error" data-testid="response-error" role="alert">
            <p class="title">{failure().failure.title}</p>
            <p>{failure().failure.explanation}</p>
            <p class="muted">Took {durationText(failure().durationMs)}. The same request can be sent from a terminal, where no browser rules apply:</p>
            <Show when={props.onCopyCurl}>
              <button type="button" onClick={() => props.onCopyCurl?.()}>
                Copy curl command
              </button>
            </Show>
          </div>
        )}
      </Match>
      <Match when={props.result.classified}>
        {(classified) => (
          <>
            <Classified response={classified()} outcome={outcome()} state={props.state} />
            <Show when={outcome().kind === "response" ? (outcome() as { body: Blob }).body : undefined}>{(body) => <ResponseBodyActions body={body()} />}</Show>
          </>
        )}
      </Match>
    </Switch>
  );
}

function Classified(props: { response: DisplayedResponse; outcome: SendOutcome; state: AppState }) {
  const r = () => props.response;
  const received = () => (props.outcome.kind === "response" ? props.outcome : undefined);
  const headers = () => received()?.headers ?? [];
  /** The whole body as received, however much of it is drawn. */
  const download = () => {
    const body = received()?.body ?? "";
    downloadText(`response-${r().status}.${r().bodyIsJson ? "json" : "txt"}`, body, r().bodyIsJson ? "application/json" : "text/plain");
  };
  const jumpTo = (field: string | undefined) => {
    const problem = props.state.body.validation()?.problems.find((p) => p.pathText === field);
    if (problem) props.state.body.editor()?.select(problem.offset, problem.length);
  };
  return (
    <div class={`response-view ${r().ok ? "ok" : "not-ok"}`}>
      <dl class="response-facts">
        <dt>Status</dt>
        <dd data-testid="response-status">
          <strong>{r().status}</strong> {r().statusMeaning}
          <Show when={r().advice}> — {r().advice}</Show>
        </dd>
        <dt>success_count</dt>
        <dd data-testid="response-success-count">{r().successCount ?? "—"}</dd>
        <dt>traceId</dt>
        <dd data-testid="response-trace-id">
          <Show
            when={r().traceId}
            fallback={
              <span class="warning">
                Not readable: the server did not expose the {endpoint.response.traceIdHeader} header to the browser (Access-Control-Expose-Headers), or sent none.
              </span>
            }
          >
            {(id) => (
              <>
                <code>{id()}</code>{" "}
                <button type="button" onClick={() => void copyText(id())} aria-label="Copy traceId">
                  Copy
                </button>
              </>
            )}
          </Show>
        </dd>
        <dt>Time</dt>
        <dd data-testid="response-time">{durationText(r().durationMs)}</dd>
      </dl>
      <Show when={r().sandboxRules.length > 0}>
        {/* What the sandbox based this answer on: SHOPLINE's documentation, or its own assumption. */}
        <ul class="sandbox-rules" aria-label="Sandbox rules" data-testid="response-sandbox-rules">
          <For each={r().sandboxRules}>{(entry) => <li class={`basis-${entry.rule.basis.kind}`}>Sandbox rule: {basisText(entry.rule)}</li>}</For>
        </ul>
      </Show>
      <Show when={r().errors.length > 0}>
        <h3>Errors</h3>
        <ul class="response-errors" data-testid="response-errors">
          <For each={r().errors}>
            {(error) => (
              <li>
                <Show when={error.field} fallback={<span>{error.messages.join("; ")}</span>}>
                  <button type="button" class="link" onClick={() => jumpTo(error.field)}>
                    <code>{error.field}</code>
                  </button>
                  : {error.messages.join("; ")}
                </Show>
              </li>
            )}
          </For>
        </ul>
        <Show when={r().errorsTotal > r().errors.length}>
          <p class="muted" data-testid="response-errors-more">
            The first {r().errors.length} of {r().errorsTotal.toLocaleString("en")} errors; the whole list is in the downloaded response.
          </p>
        </Show>
      </Show>
      <details>
        <summary>Headers the browser could read</summary>
        <pre data-testid="response-headers">{headers().map(([name, value]) => `${name}: ${value}`).join("\n")}</pre>
      </details>
      <h3>Body</h3>
      <p>
        <button type="button" onClick={download}>
          Download response
        </button>
        <Show when={r().prettyBodyTotalChars}>
          {(total) => (
            <span class="muted" data-testid="response-body-cut">
              {" "}
              Showing the first {charactersText(r().prettyBody.length)} of {charactersText(total())}: download the response for the whole body.
            </span>
          )}
        </Show>
      </p>
      {/* Whole bodies in a read-only editor (folding, find); a cut one stays plain text: the editor
          would fold and search only its start, and Download response has all of it. */}
      <Show
        when={r().prettyBody !== "" && r().prettyBodyTotalChars === undefined}
        fallback={
          <pre class="response-body" data-testid="response-body">
            {r().prettyBody || "(empty body)"}
          </pre>
        }
      >
        <ResponseBodyView text={r().prettyBody} json={r().bodyIsJson} />
      </Show>
    </div>
  );
}

/** 200000 → "200,000 characters". */
function charactersText(count: number): string {
  return `${count.toLocaleString("en")} characters`;
}

function failureOf(outcome: SendOutcome): Extract<SendOutcome, { kind: "failure" }> | undefined {
  return outcome.kind === "failure" ? outcome : undefined;
}
