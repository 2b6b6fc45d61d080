import { createSignal, Match, Switch, type JSX } from "solid-js";
import { defaultBasePath, requestUrl, sandboxServerOrigin, targetApiVersion, withApiVersion, type TargetKind } from "../core/request/target";
import { readCustomBaseUrl } from "../core/request/custom-base-url";
import { readSandboxServerOrigin } from "../core/request/sandbox-server";
import { endpoint, isApiVersion } from "../endpoint/descriptor";
import { behaviourChoices, behaviourOfChoice } from "../sandbox/sandbox-behaviour";
import type { AppState } from "./state/app-state";
import type { SendController } from "./send-controller";
import { SendControls, TimeoutField } from "./SendControls";
import { ShareControls } from "./ShareControls";
import { TokenField, TokenNotes } from "./TokenField";

const targetChoices: readonly { value: TargetKind; label: string }[] = [
  { value: "sandbox", label: "In-page sandbox" },
  { value: "store", label: "SHOPLINE store" },
  { value: "custom", label: "Custom base URL" },
];

/** Where the request goes and with which token, the Send button, and the full request URL. */
export function TargetBar(props: {
  state: AppState;
  sender: SendController;
  tools?: JSX.Element;
  /** The `Environment` control, in row one right before Send. */
  environment?: JSX.Element;
  /** Where the request goes (the store's host), between the environment and Send. */
  destination?: JSX.Element;
  /** Receives Copy permalink's action (for Ctrl/Cmd+S). */
  onCopyPermalinkAction?: (copy: () => void) => void;
}) {
  // The request value knows the sandbox server setting; an invalid setting falls back to the default.
  const url = () => {
    const built = props.state.request();
    return built.ok ? { ok: true as const, url: built.request.url } : requestUrl(props.state.target.settings());
  };
  // Below 900 px the settings line and the secondary tools fold behind one button.
  const [moreOpen, setMoreOpen] = createSignal(false);
  return (
    <header class="top-bar" classList={{ "more-open": moreOpen() }}>
      {/* Row one, never wrapping, read like an address bar: the address, the target, the token, the
          environment and where it sends, then Send and the page tools. Everything after the address
          has a fixed width (the address takes what is left), so nothing that changes with the
          state — target, token, environment, a long name or host — moves Send. */}
      <div class="bar-row" data-testid="target-bar-row">
        <h1>Sync Data Playground</h1>
        <p class="request-url" data-testid="request-url" title={url().ok ? (url() as { url: string }).url : undefined}>
          <span class="method">{endpoint.method}</span>{" "}
          {url().ok ? <code>{(url() as { url: string }).url}</code> : <span class="invalid" role="alert">{(url() as { error: string }).error}</span>}
        </p>
        <button type="button" class="more-button" aria-expanded={moreOpen()} aria-controls="target-settings" onClick={() => setMoreOpen(!moreOpen())}>
          More
        </button>
        <div class="field target-field">
          <label for="target" class="visually-hidden">Target</label>
          <select id="target" value={props.state.target.settings().kind} onChange={(e) => props.state.target.set({ kind: e.currentTarget.value as TargetKind })}>
            {targetChoices.map((choice) => (
              <option value={choice.value}>{choice.label}</option>
            ))}
          </select>
        </div>
        <TokenField state={props.state} />
        <div class="environment-group">
          {props.environment}
          {props.destination}
        </div>
        <SendControls state={props.state} sender={props.sender} />
        <div class="tools" role="group" aria-label="Page tools">
          <ShareControls state={props.state} onCopyAction={props.onCopyPermalinkAction} />
          {props.tools}
        </div>
      </div>
      {/* Row two: the settings of the chosen target, and the notes about the address and the token
          on one line that scrolls sideways rather than wrapping. */}
      <div class="settings-row" id="target-settings" data-testid="target-settings">
        <div class="field">
          <label for="api-version">API version</label>
          <select
            id="api-version"
            value={targetApiVersion(props.state.target.settings())}
            onChange={(e) => {
              const version = e.currentTarget.value;
              if (isApiVersion(version)) props.state.target.set(withApiVersion(props.state.target.settings(), version));
            }}
          >
            {endpoint.versions.map((version) => (
              <option value={version}>{version}</option>
            ))}
          </select>
        </div>
        <Switch>
          <Match when={props.state.target.settings().kind === "sandbox"}>
            <SandboxBehaviourField state={props.state} />
            <SandboxServerField state={props.state} />
          </Match>
          <Match when={props.state.target.settings().kind === "store"}>
            <div class="field">
              <label for="store-handle">Store handle</label>
              <input
                id="store-handle"
                value={props.state.target.settings().storeHandle}
                placeholder="open001"
                spellcheck={false}
                autocomplete="off"
                onInput={(e) => props.state.target.set({ storeHandle: e.currentTarget.value })}
              />
              <span class="suffix">{endpoint.storeHostSuffix}</span>
            </div>
          </Match>
          <Match when={props.state.target.settings().kind === "custom"}>
            <div class="field grow">
              <label for="base-url">Base URL</label>
              <input
                id="base-url"
                type="url"
                value={props.state.target.settings().baseUrl}
                placeholder={`http://127.0.0.1:8787/admin/openapi/${targetApiVersion(props.state.target.settings())}`}
                spellcheck={false}
                onInput={(e) => props.state.target.set({ baseUrl: e.currentTarget.value })}
              />
            </div>
          </Match>
        </Switch>
        <TimeoutField sender={props.sender} />
        <TokenNotes state={props.state} />
        <p class="bar-notes">
          {props.state.target.settings().kind === "sandbox" ? (
            <span class="hint">
              In-page: answered by the sandbox inside this page, nothing leaves your machine (a stand-in for SHOPLINE; copied commands go to the
              sandbox server <code>npm run sandbox</code> starts).
            </span>
          ) : null}
          <BaseUrlAdvice state={props.state} />
        </p>
      </div>
    </header>
  );
}

/** What the Custom base URL field was read as, when that is more than it says; offers to complete an unusual path. */
function BaseUrlAdvice(props: { state: AppState }) {
  const note = () => {
    if (props.state.target.settings().kind !== "custom") return null;
    const read = readCustomBaseUrl(props.state.target.settings().baseUrl, basePath());
    return read.ok ? read.note : null;
  };
  const basePath = () => defaultBasePath(targetApiVersion(props.state.target.settings()));
  return (
    <Switch>
      <Match when={note()?.kind === "origin-completed"}>
        <span class="hint" data-testid="base-url-advice"> Only an origin was given: {basePath()} is added.</span>
      </Match>
      <Match when={note()?.kind === "full-url"}>
        <span class="hint" data-testid="base-url-advice"> Read from the whole request URL you gave.</span>
      </Match>
      <Match when={(() => { const n = note(); return n?.kind === "unusual-path" ? n : undefined; })()}>
        {(n) => (
          <span class="warning" data-testid="base-url-advice">
            This path does not end in {basePath()}, so the request goes to the URL above.{" "}
            <button type="button" onClick={() => props.state.target.set({ baseUrl: n().completed })}>
              Complete to {n().completed}
            </button>
          </span>
        )}
      </Match>
    </Switch>
  );
}

/** Where the sandbox server runs: copied commands for the Sandbox target go there (Send stays in the page). */
function SandboxServerField(props: { state: AppState }) {
  const problem = () => {
    const read = readSandboxServerOrigin(props.state.target.sandboxServerUrl());
    return read.ok ? undefined : read.error;
  };
  return (
    <div class="field">
      <label for="sandbox-server-url">Sandbox server URL</label>
      <input
        id="sandbox-server-url"
        type="url"
        value={props.state.target.sandboxServerUrl()}
        placeholder={sandboxServerOrigin}
        spellcheck={false}
        aria-describedby="sandbox-server-url-problem"
        onInput={(e) => props.state.target.setSandboxServerUrl(e.currentTarget.value)}
      />
      <span id="sandbox-server-url-problem" class="invalid">
        {problem() ?? ""}
      </span>
      </div>
    );
}

/** Faults for the in-page sandbox: any documented error status, a failure rate, slow answers. */
function SandboxBehaviourField(props: { state: AppState }) {
  const current = () => behaviourChoices.find((choice) => choice.behaviour === props.state.target.sandboxBehaviour())?.value ?? "documented";
  return (
    <div class="field">
      <label for="sandbox-behaviour">Sandbox behaviour</label>
      <select id="sandbox-behaviour" value={current()} onChange={(e) => props.state.target.setSandboxBehaviour(behaviourOfChoice(e.currentTarget.value))}>
        {behaviourChoices.map((choice) => (
          <option value={choice.value}>{choice.label}</option>
        ))}
      </select>
    </div>
  );
}
