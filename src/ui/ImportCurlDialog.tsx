import { createSignal, For, onMount, Show } from "solid-js";
import { importCurl } from "../core/curl-import/import-curl";
import { targetApiVersion } from "../core/request/target";
import type { AppState } from "./state/app-state";

/**
 * Pasting a curl command (such as the endpoint page's own) fills the target, token and body;
 * what it cannot map it names. Keeps the user's body when the command carries none. Its opener
 * is CurlPanel's button (this loads with the first opening); `onMounted` gets the dialog to open.
 */
export function ImportCurlDialog(props: { state: AppState; onMounted: (dialog: HTMLDialogElement) => void; onClose: () => void }) {
  let dialog!: HTMLDialogElement;
  onMount(() => props.onMounted(dialog));
  const [command, setCommand] = createSignal("");
  const [outcome, setOutcome] = createSignal<{ error?: string; filled: string[]; unmapped: readonly string[] }>();

  const apply = () => {
    const result = importCurl(command());
    if (!result.ok) return setOutcome({ error: result.error, filled: [], unmapped: [] });
    const filled: string[] = [];
    if (result.target) {
      const { kind, storeHandle, baseUrl } = result.target;
      const apiVersion = targetApiVersion(result.target);
      // A command may come from anywhere: its host gets the token only with the token it carries, or once confirmed.
      props.state.target.setFromOutside(kind === "store" ? { kind, storeHandle, apiVersion } : kind === "custom" ? { kind, baseUrl, apiVersion } : { kind, apiVersion });
      filled.push(kind === "store" ? `store ${storeHandle}` : kind === "custom" ? `base URL ${baseUrl}` : "the sandbox target");
    }
    if (result.token !== undefined) {
      props.state.target.setToken(result.token);
      filled.push("the access token");
    }
    if (result.bodyText !== undefined) {
      props.state.body.replace(result.bodyText);
      filled.push("the body");
    }
    setOutcome({ filled, unmapped: result.unmapped });
  };

  return (
    <dialog ref={dialog} aria-labelledby="import-curl-title" onClose={() => props.onClose()}>
      <h2 id="import-curl-title">Import curl</h2>
      <label for="curl-command">curl command</label>
      <textarea id="curl-command" rows="10" cols="80" spellcheck={false} value={command()} onInput={(e) => setCommand(e.currentTarget.value)} />
      <div class="dialog-actions">
        <button type="button" class="primary" onClick={apply}>
          Import
        </button>
        <button type="button" onClick={() => dialog.close()}>
          Close
        </button>
      </div>
      <div role="status" data-testid="import-result">
        <Show when={outcome()}>
          {(o) => (
            <>
              <Show when={o().error}>
                <p class="invalid">{o().error}</p>
              </Show>
              <Show when={o().filled.length > 0}>
                <p>Filled {o().filled.join(", ")}.</p>
              </Show>
              <Show when={o().unmapped.length > 0}>
                <p>Not mapped:</p>
                <ul>
                  <For each={o().unmapped}>{(item) => <li>{item}</li>}</For>
                </ul>
              </Show>
            </>
          )}
        </Show>
      </div>
    </dialog>
  );
}
