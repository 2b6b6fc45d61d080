import type { AppState } from "./app-state";
import { HistoryPanel } from "./HistoryPanel";
import { ResponsePanel } from "./ResponsePanel";
import type { SendController } from "./send-controller";

/** The right side: the request as snippets, the response, and the history of sends. */
export function OutputPane(props: { state: AppState; sender: SendController; hidden?: boolean }) {
  return (
    <section class="output-pane" aria-label="Output" hidden={props.hidden}>
      <ResponsePanel state={props.state} sender={props.sender} />
      <HistoryPanel state={props.state} />
    </section>
  );
}
