import { Match, Switch, type JSX } from "solid-js";
import { requestUrl, type TargetKind } from "../core/request/target";
import { endpoint } from "../endpoint/descriptor";
import type { AppState } from "./app-state";
import type { SendController } from "./send-controller";
import { SendControls } from "./SendControls";
import { ShareControls } from "./ShareControls";
import { TokenField } from "./TokenField";

const targetChoices: readonly { value: TargetKind; label: string }[] = [
  { value: "sandbox", label: "Sandbox (in this page)" },
  { value: "store", label: "SHOPLINE store" },
  { value: "custom", label: "Custom base URL" },
];

/** Where the request goes and with which token, the Send button, and the full request URL. */
export function TargetBar(props: { state: AppState; sender: SendController; tools?: JSX.Element; environment?: JSX.Element; destination?: JSX.Element }) {
  const url = () => requestUrl(props.state.target());
  return (
    <header class="top-bar">
      <h1>Sync Data Playground</h1>
      {props.environment}
      <div class="field">
        <label for="target">Target</label>
        <select id="target" value={props.state.target().kind} onChange={(e) => props.state.setTarget({ kind: e.currentTarget.value as TargetKind })}>
          {targetChoices.map((choice) => (
            <option value={choice.value}>{choice.label}</option>
          ))}
        </select>
      </div>
      <Switch>
        <Match when={props.state.target().kind === "store"}>
          <div class="field">
            <label for="store-handle">Store handle</label>
            <input
              id="store-handle"
              value={props.state.target().storeHandle}
              placeholder="open001"
              spellcheck={false}
              autocomplete="off"
              onInput={(e) => props.state.setTarget({ storeHandle: e.currentTarget.value })}
            />
            <span class="suffix">{endpoint.storeHostSuffix}</span>
          </div>
        </Match>
        <Match when={props.state.target().kind === "custom"}>
          <div class="field grow">
            <label for="base-url">Base URL</label>
            <input
              id="base-url"
              type="url"
              value={props.state.target().baseUrl}
              placeholder={`http://127.0.0.1:8787/admin/openapi/${endpoint.version}`}
              spellcheck={false}
              onInput={(e) => props.state.setTarget({ baseUrl: e.currentTarget.value })}
            />
          </div>
        </Match>
      </Switch>
      <TokenField state={props.state} />
      {props.destination}
      <SendControls state={props.state} sender={props.sender} />
      <ShareControls state={props.state} />
      <div class="tools">{props.tools}</div>
      <p class="request-url" data-testid="request-url">
        <span class="method">{endpoint.method}</span>{" "}
        {url().ok ? <code>{(url() as { url: string }).url}</code> : <span class="invalid" role="alert">{(url() as { error: string }).error}</span>}
        {props.state.target().kind === "sandbox" ? (
          <span class="hint"> — answered by the sandbox inside this page, nothing leaves your machine (a stand-in for SHOPLINE; the URL is the one `npm run sandbox` serves).</span>
        ) : null}
      </p>
    </header>
  );
}
