import { Match, Show, Switch } from "solid-js";
import type { AppState } from "../state/app-state";
import type { FormSession } from "./form-session";

/** Whether the text is only whitespace; stops at the first other character (`trim()` would copy 1 MB bodies on every change). */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9) return false;
  }
  return true;
}

/**
 * Why the form is read-only (the body does not parse: where to fix it), and the refusal of the
 * last operation. The text itself is never touched here.
 */
export function FormStatus(props: { state: AppState; session: FormSession }) {
  const model = () => props.session.snapshot().model;
  const syntax = () => {
    const current = model();
    return !current.ok && current.reason === "syntax" ? current : undefined;
  };
  const otherProblem = () => {
    const current = model();
    return !current.ok && current.reason !== "syntax" ? current.message : undefined;
  };
  return (
    <div class="form-status">
      <Switch>
        <Match when={isBlank(props.state.body.text())}>
          <div class="form-alert" role="status">
            The body is empty.{" "}
            <button
              type="button"
              disabled={props.state.body.editor() === undefined}
              onClick={() => {
                // Only whitespace is replaced: there is nothing here to lose.
                const text = props.state.body.text();
                if (isBlank(text)) props.state.body.editor()?.applyEdits([{ offset: 0, length: text.length, text: "{}" }]);
              }}
            >
              Start with {"{}"}
            </button>
          </div>
        </Match>
        <Match when={syntax()}>
          {(broken) => (
            <div class="form-alert error" role="alert" data-testid="form-syntax-error">
              <strong>
                Fix line {broken().syntaxError.line}, column {broken().syntaxError.column}
              </strong>{" "}
              in the JSON view. {broken().message}
              <Show when={props.session.shown()}> The form below shows the last version that parsed.</Show>
            </div>
          )}
        </Match>
        <Match when={otherProblem()}>
          {(message) => (
            <div class="form-alert error" role="alert">
              {message()} The form is read-only.
            </div>
          )}
        </Match>
        <Match when={props.state.body.editor() === undefined}>
          <p class="form-note" role="status">
            Waiting for the editor…
          </p>
        </Match>
      </Switch>
      <Show when={props.session.refusal()}>
        {(reason) => (
          <p class="form-alert warning" role="status">
            {reason()}
          </p>
        )}
      </Show>
    </div>
  );
}
