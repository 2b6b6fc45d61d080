import { For, Show } from "solid-js";
import { requestUrl } from "../core/request/target";
import { downloadText } from "../services/clipboard";
import type { EnvironmentsState } from "./state/environments-state";
import type { Notices } from "./notices";
import "./workspace.css";

/**
 * The `Environment` select in the target bar and, behind "Manage", create / rename / duplicate /
 * delete, the production mark, and `Export environments` / `Import environments` (JSON, no tokens).
 */
export function EnvironmentControl(props: { environments: EnvironmentsState; notices: Notices }) {
  let fileInput: HTMLInputElement | undefined;
  const envs = () => props.environments;
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = envs().importText(await file.text());
    props.notices.notify(result.message, result.ok ? "info" : "error");
  };
  return (
    <div class="field environment-field">
      <label for="environment">Environment</label>
      <select id="environment" onChange={(e) => envs().select(e.currentTarget.value === "" ? null : e.currentTarget.value)}>
        <option value="" selected={envs().selected() === undefined}>
          No environment
        </option>
        <For each={envs().list()}>
          {(environment) => (
            <option value={environment.id} selected={envs().selected()?.id === environment.id}>
              {environment.name}
              {environment.production ? " (production)" : ""}
            </option>
          )}
        </For>
      </select>
      <details class="environment-menu">
        <summary>Manage</summary>
        <div role="group" aria-label="Manage environments">
          <button type="button" onClick={() => envs().create()}>
            New environment
          </button>
          <Show when={envs().selected()}>
            {(current) => (
              <>
                <label>
                  Environment name{" "}
                  <input type="text" value={current().name} onChange={(e) => envs().rename(e.currentTarget.value)} autocomplete="off" />
                </label>
                <label class="check">
                  <input type="checkbox" checked={current().production} onChange={(e) => envs().setProduction(e.currentTarget.checked)} />
                  Production (ask once a session before sending)
                </label>
                <button type="button" onClick={() => envs().duplicate()}>
                  Duplicate environment
                </button>
                <button type="button" onClick={() => envs().remove()}>
                  Delete environment
                </button>
              </>
            )}
          </Show>
          <button type="button" disabled={envs().list().length === 0} onClick={() => downloadText("sync-data-environments.json", envs().exportText())}>
            Export environments
          </button>
          <button type="button" onClick={() => fileInput?.click()}>
            Import environments
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".json,application/json"
            hidden
            aria-label="Environments file to import"
            onChange={(e) => {
              void importFile(e.currentTarget.files?.[0]);
              e.currentTarget.value = "";
            }}
          />
        </div>
      </details>
    </div>
  );
}

/**
 * Next to Send: which environment and which store the request goes to, and the once-a-session
 * question before a send to an environment marked as production.
 */
export function SendDestination(props: { environments: EnvironmentsState }) {
  const destination = () => {
    const target = props.environments.state.target.settings();
    if (target.kind === "sandbox") return "in-page sandbox";
    const url = requestUrl(target);
    return url.ok ? new URL(url.url).host : target.kind === "store" ? "no store yet" : "no base URL yet";
  };
  return (
    <span class="send-destination" data-testid="send-destination">
      <Show when={props.environments.selected()}>
        {(environment) => <span class={environment().production ? "production" : undefined}>{environment().name}</span>}
      </Show>
      <span class="muted">→ {destination()}</span>
      <Show when={props.environments.askingProduction()}>
        {(environment) => (
          <span class="confirm" role="alertdialog" aria-label="Send to production?">
            <span>Send to “{environment().name}”, marked as production?</span>
            <button type="button" class="primary" onClick={() => props.environments.answerProduction(true)}>
              Send to production
            </button>
            <button type="button" onClick={() => props.environments.answerProduction(false)}>
              Don't send
            </button>
          </span>
        )}
      </Show>
    </span>
  );
}
