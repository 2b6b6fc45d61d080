import { createSignal, Show } from "solid-js";
import { describeLinkLength, makeShareLink } from "../core/permalink/share-link";
import { pickSharedState } from "../core/permalink/shared-state";
import { copyText, downloadText } from "../services/clipboard";
import type { AppState } from "./state/app-state";
import { ToolIcon } from "./ToolIcon";

/**
 * Copy permalink (the body and non-secret settings in the URL fragment; never the token).
 * `onCopyAction` receives the copy action once, for the Ctrl/Cmd+S shortcut to call.
 */
export function ShareControls(props: { state: AppState; onCopyAction?: ((copy: () => void) => void) | undefined }) {
  const [status, setStatus] = createSignal<{ message: string; tooLong: boolean }>();
  const copy = async () => {
    const link = makeShareLink(location.href, pickSharedState({ bodyText: props.state.body.current(), target: props.state.target.settings() }));
    const advice = describeLinkLength(link);
    const copied = await copyText(link);
    const what = copied ? `Permalink copied (${advice.length.toLocaleString("en-US")} characters).` : "The browser refused the clipboard; copy the link from the address bar.";
    if (!copied) history.replaceState(null, "", link);
    setStatus({ message: advice.message ? `${what} ${advice.message}` : what, tooLong: advice.tooLong });
  };
  props.onCopyAction?.(() => void copy());
  return (
    <div class="share-controls">
      <button type="button" class="tool-button" onClick={() => void copy()} aria-keyshortcuts="Control+S Meta+S" title="Copy permalink (Ctrl/Cmd+S)">
        <ToolIcon name="link" />
        <span class="visually-hidden">Copy permalink</span>
      </button>
      <Show when={status()}>
        {(s) => (
          // A toast, out of the document flow: a long link's warning must not push the workspace down.
          <p class={`toast permalink-toast ${s().tooLong ? "warning" : "info"}`} role="status" data-testid="permalink-status">
            <span>{s().message}</span>
            <Show when={s().tooLong}>
              <button type="button" onClick={() => downloadText("sync_data-body.json", props.state.body.text())}>
                Download body as .json
              </button>
            </Show>
            <button type="button" aria-label="Dismiss the permalink message" onClick={() => setStatus(undefined)}>
              ×
            </button>
          </p>
        )}
      </Show>
    </div>
  );
}
