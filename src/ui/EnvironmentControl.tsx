import { createSignal, createUniqueId, For, Show } from "solid-js";
import { requestUrl } from "../core/request/target";
import { downloadText } from "../services/clipboard";
import type { EnvironmentsState } from "./state/environments-state";
import type { Notices } from "./notices";
import { ToolIcon } from "./ToolIcon";
import "./workspace.css";

/**
 * The `Environment` select in the target bar and, behind "Manage environments", create / rename /
 * duplicate / delete, the production mark, and `Export environments` / `Import environments` (JSON, no tokens).
 */
export function EnvironmentControl(props: { environments: EnvironmentsState; notices: Notices }) {
  let fileInput: HTMLInputElement | undefined;
  let toggle: HTMLButtonElement | undefined;
  // An icon button and a panel under it (the row before Send has no room for a word); Esc closes it.
  const [menuOpen, setMenuOpen] = createSignal(false);
  const menuId = createUniqueId();
  const envs = () => props.environments;
  const importFile = async (file: File | undefined) => {
    if (!file) return;
    const result = envs().importText(await file.text());
    props.notices.notify(result.message, result.ok ? "info" : "error");
  };
  return (
    <div class="field environment-field">
      {/* Named by its label; the select shows the environment's name, its title the whole of it. */}
      <label for="environment" class="visually-hidden">Environment</label>
      <select
        id="environment"
        classList={{ production: envs().selected()?.production === true }}
        title={`Environment: ${envs().selected()?.name ?? "none"}${envs().selected()?.production ? " (production)" : ""}`}
        onChange={(e) => envs().select(e.currentTarget.value === "" ? null : e.currentTarget.value)}
      >
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
      <div class="environment-menu">
        <button
          type="button"
          ref={toggle}
          class="tool-button"
          aria-expanded={menuOpen()}
          aria-controls={menuId}
          title="Manage environments: new, rename, production, duplicate, delete, export, import"
          onClick={() => setMenuOpen(!menuOpen())}
        >
          <ToolIcon name="sliders" />
          <span class="visually-hidden">Manage environments</span>
        </button>
        <div
          id={menuId}
          class="environment-menu-panel"
          role="group"
          aria-label="Manage environments"
          hidden={!menuOpen()}
          onKeyDown={(e) => {
            if (e.key !== "Escape") return;
            e.preventDefault();
            setMenuOpen(false);
            toggle?.focus();
          }}
        >
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
      </div>
    </div>
  );
}

/**
 * Between the Environment select (which shows the environment's name) and Send: the store or
 * host the request goes to, cut short with an ellipsis and whole in its title; and, in a popover
 * under it, the once-a-session question before a send to an environment marked as production.
 */
export function SendDestination(props: { environments: EnvironmentsState }) {
  const destination = () => {
    const target = props.environments.state.target.settings();
    if (target.kind === "sandbox") return "in-page sandbox";
    const url = requestUrl(target);
    return url.ok ? new URL(url.url).host : target.kind === "store" ? "no store yet" : "no base URL yet";
  };
  const production = () => props.environments.selected()?.production === true;
  return (
    <span class="send-destination">
      <span
        class="host"
        classList={{ production: production() }}
        data-testid="send-destination"
        title={`Sends to ${destination()}${production() ? `, in “${props.environments.selected()?.name ?? ""}”, marked as production` : ""}`}
      >
        → {destination()}
      </span>
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
