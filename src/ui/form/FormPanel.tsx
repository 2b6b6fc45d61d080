import { Show } from "solid-js";
import type { AppState } from "../state/app-state";
import "./form.css";
import { createFormSession } from "./form-session";
import { FormStatus } from "./FormStatus";
import { ItemsList } from "./ItemsList";
import { UndocumentedEntries } from "./UndocumentedEntries";

/**
 * The body as a form generated from the schema. Every change is a minimal text edit applied
 * through the editor (Ctrl+Z there undoes it); the form follows the text, never the reverse.
 * While the text does not parse, the last version that did is shown read-only.
 */
export function FormPanel(props: { state: AppState }) {
  const session = createFormSession(props.state);
  return (
    <div class="form-panel" data-testid="form-panel">
      <FormStatus state={props.state} session={session} />
      <Show when={session.shown()}>
        {(shown) => (
          <fieldset class="form-fields" disabled={!session.editable()} data-testid="form-fields">
            <ItemsList session={session} model={() => shown().model} />
            <UndocumentedEntries session={session} entries={() => shown().model.undocumented} />
          </fieldset>
        )}
      </Show>
    </div>
  );
}
