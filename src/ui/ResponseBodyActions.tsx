import { createSignal, Show } from "solid-js";
import { copyText, downloadText } from "../services/clipboard";
import "./workspace.css";

/** `Copy response body` and `Download response`: the body exactly as received, never re-read as numbers. */
export function ResponseBodyActions(props: { bodyText: string; status: number }) {
  const [copied, setCopied] = createSignal<string>();
  return (
    <div class="response-body-actions">
      <button type="button" onClick={() => void copyText(props.bodyText).then((ok) => setCopied(ok ? "Response body copied." : "The browser refused the clipboard."))}>
        Copy response body
      </button>
      <button type="button" onClick={() => downloadText(`sync_data-response-${props.status}.json`, props.bodyText)}>
        Download response
      </button>
      <Show when={copied()}>
        <span class="muted" role="status">
          {copied()}
        </span>
      </Show>
    </div>
  );
}
