import { createSignal, Show } from "solid-js";
import { copyText } from "../services/clipboard";
import "./workspace.css";

/**
 * `Copy response body`: the body exactly as received, never re-read as numbers. (`Download
 * response`, beside the body, saves the same bytes.) Decoded only when copied: a large answer is
 * kept as a Blob.
 */
export function ResponseBodyActions(props: { body: Blob }) {
  const [copied, setCopied] = createSignal<string>();
  const copy = async (): Promise<void> => {
    const ok = await copyText(await props.body.text());
    setCopied(ok ? "Response body copied." : "The browser refused the clipboard.");
  };
  return (
    <div class="response-body-actions">
      <button type="button" onClick={() => void copy()}>
        Copy response body
      </button>
      <Show when={copied()}>
        <span class="muted" role="status">
          {copied()}
        </span>
      </Show>
    </div>
  );
}
