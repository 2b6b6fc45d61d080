import { ResponseBodyActions } from "./ResponseBodyActions";
import { For, Match, Show, Switch } from "solid-js";
import { durationText } from "../core/response/explain-network-failure";
import type { ClassifiedResponse } from "../core/response/classify-response";
import { endpoint } from "../endpoint/descriptor";
import { copyText } from "../services/clipboard";
import type { AppState } from "./app-state";
import type { SendOutcome } from "../services/send-request";
import type { SendController, SendResult } from "./send-controller";

/** The answer: status and its meaning, success_count, traceId, time, headers, body, errors. */
export function ResponsePanel(props: { state: AppState; sender: SendController; onCopyCurl?: () => void }) {
  return (
    <section class="panel response" aria-label="Response">
      <header class="panel-header">
        <h2>Response</h2>
      </header>
      <div aria-live="polite">
        <Switch fallback={<p class="muted">Press Send (Ctrl+Enter) to send the body to the target.</p>}>
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
            <Classified response={classified()} headers={outcome().kind === "response" ? (outcome() as { headers: readonly (readonly [string, string])[] }).headers : []} state={props.state} />
            <ResponseBodyActions bodyText={outcome().kind === "response" ? (outcome() as { bodyText: string }).bodyText : ""} status={classified().status} />
          </>
        )}
      </Match>
    </Switch>
  );
}

function Classified(props: { response: ClassifiedResponse; headers: readonly (readonly [string, string])[]; state: AppState }) {
  const r = () => props.response;
  const jumpTo = (field: string | undefined) => {
    const problem = props.state.validation()?.problems.find((p) => p.pathText === field);
    if (problem) props.state.editor()?.select(problem.offset, problem.length);
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
      <Show when={r().errors.length > 0}>
        <h3>Errors</h3>
        <ul class="response-errors" data-testid="response-errors">
          <For each={r().errors.slice(0, 200)}>
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
      </Show>
      <details>
        <summary>Headers the browser could read</summary>
        <pre data-testid="response-headers">{props.headers.map(([name, value]) => `${name}: ${value}`).join("\n")}</pre>
      </details>
      <h3>Body</h3>
      <pre class="response-body" data-testid="response-body">{r().prettyBody || "(empty body)"}</pre>
    </div>
  );
}

function failureOf(outcome: SendOutcome): Extract<SendOutcome, { kind: "failure" }> | undefined {
  return outcome.kind === "failure" ? outcome : undefined;
}
