import { createMemo, Show } from "solid-js";
import { inspectToken } from "../core/token/inspect-token";
import type { AppState } from "./state/app-state";
import { ToolIcon } from "./ToolIcon";

/**
 * The access token: a password field with a reveal toggle, what the token's payload says (store,
 * expiry) read without verifying it, and where it is kept (this tab, or this device if asked).
 */
export function TokenField(props: { state: AppState }) {
  const revealed = () => props.state.target.tokenRevealed();
  const setRevealed = (value: boolean) => props.state.target.setTokenRevealed(value);
  return (
    <div class="field token-field">
      {/* Named by its label; the placeholder says the same where the bar has no room for both. */}
      <label for="access-token" class="visually-hidden">Access token</label>
      <input
        id="access-token"
        type={revealed() ? "text" : "password"}
        value={props.state.target.token()}
        placeholder={props.state.target.settings().kind === "sandbox" ? "Access token (not needed)" : "Access token (Bearer)"}
        autocomplete="off"
        spellcheck={false}
        aria-describedby="token-info"
        onInput={(e) => {
          props.state.target.setToken(e.currentTarget.value);
          // A stripped scheme may leave the signal as it was, and then Solid would not rewrite the field.
          if (e.currentTarget.value !== props.state.target.token()) e.currentTarget.value = props.state.target.token();
        }}
      />
      <button type="button" class="tool-button" aria-pressed={revealed()} title={revealed() ? "Hide the token" : "Show the token"} onClick={() => setRevealed(!revealed())}>
        <ToolIcon name={revealed() ? "eyeOff" : "eye"} />
        <span class="visually-hidden">{revealed() ? "Hide" : "Show"}</span>
      </button>
    </div>
  );
}

/**
 * Where the token is kept and what it says, on the line under the bar (so a long note never
 * widens the bar); the token field is described by it.
 */
export function TokenNotes(props: { state: AppState }) {
  const inspection = createMemo(() => inspectToken(props.state.target.token(), Date.now()));
  return (
    <div class="field token-notes">
      <label class="check">
        <input type="checkbox" checked={props.state.target.rememberToken()} onChange={(e) => props.state.target.setRememberToken(e.currentTarget.checked)} />
        Remember on this device
      </label>
      <span id="token-info" class="token-info" data-testid="token-info">
        <Show when={props.state.target.credentials.strippedScheme()}>
          {(scheme) => <span role="status">Removed “{scheme()}” from the pasted token: the app writes the scheme itself.</span>}
        </Show>
        <TokenSummary state={props.state} inspection={inspection()} />
        <WithheldToken state={props.state} />
      </span>
    </div>
  );
}

function TokenSummary(props: { state: AppState; inspection: ReturnType<typeof inspectToken> }) {
  const jwt = () => (props.inspection.kind === "jwt" ? props.inspection : undefined);
  return (
    <Show when={jwt()} fallback={props.inspection.kind === "malformed" ? <span class="warning">Not a readable JWT: {props.inspection.reason}</span> : null}>
      {(token) => (
        <>
          <Show when={token().domain}>
            <span>Store: {token().domain}</span>
          </Show>
          <Show when={token().storeHandle && token().storeHandle !== props.state.target.settings().storeHandle}>
            <button type="button" onClick={() => props.state.target.set({ kind: "store", storeHandle: token().storeHandle ?? "" })}>
              Use store {token().storeHandle}
            </button>
          </Show>
          <span class={token().expired ? "warning" : "muted"} role={token().expired ? "alert" : undefined}>
            {token().expired ? `Token ${token().expiryText}` : token().expiryText}
          </span>
        </>
      )}
    </Show>
  );
}

/** The target's host came from a link or an import: the token waits for the user's word. */
function WithheldToken(props: { state: AppState }) {
  const withheld = () => {
    const use = props.state.target.credentials.use();
    return use.kind === "confirm" ? use : undefined;
  };
  return (
    <Show when={withheld()}>
      {(use) => (
        <span class="warning" data-testid="token-withheld">
          Not sent to {use().host}: that address came from a link or an import, not from you.{" "}
          <button type="button" onClick={() => props.state.target.credentials.confirmOrigin(use().origin)}>
            Use my token with {use().host}
          </button>
        </span>
      )}
    </Show>
  );
}
