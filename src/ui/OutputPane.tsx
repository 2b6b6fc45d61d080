import type { AppState } from "./state/app-state";
import { CurlPanel } from "./CurlPanel";
import { PreviewPanel } from "./PreviewPanel";
import type { FieldFocus } from "./DocsPanel";
import { curlTarget } from "../core/snippets/curl";
import { copyText } from "../services/clipboard";
import { HistoryPanel } from "./HistoryPanel";
import { ResponsePanel } from "./ResponsePanel";
import { SavedBodiesPanel } from "./SavedBodiesPanel";
import type { SendController } from "./send-controller";

/** The right side: the request as snippets, the response, and the history of sends. */
export function OutputPane(props: { state: AppState; sender: SendController; focus: FieldFocus; hasSent: () => boolean; hidden?: boolean }) {
  return (
    <section class="output-pane" aria-label="Output" hidden={props.hidden}>
      <CurlPanel state={props.state} />
      <ResponsePanel state={props.state} sender={props.sender} onCopyCurl={() => void copyCurl(props.state)} hasSent={props.hasSent} />
      {/* History (a collapsed line) before the preview, whose height is only known once the body
          is read: last, its growth moves nothing on the page. */}
      <HistoryPanel state={props.state} />
      <SavedBodiesPanel state={props.state} />
      <PreviewPanel index={props.state.body.itemsIndex} focus={props.focus} />
    </section>
  );
}

/** The way out when a browser refuses: the same request, runnable from a terminal. */
async function copyCurl(state: AppState): Promise<void> {
  const built = state.requestNow();
  if (!built.ok) return;
  const copied = await copyText(curlTarget.generate(built.request, { tokenMode: "literal" }));
  state.notices.notify(copied ? "curl command copied: paste it into a terminal." : "The browser refused the clipboard: use Copy curl in the curl panel.", copied ? "info" : "warning");
}
